import Foundation
import SceneBundle
@testable import SceneReport
import SceneTestSupport
import Testing

/// What changed, in words, for real: every single change of changes.json (and the shift case, and a
/// page with hostile text) is a page of one scene.yml, run by the `scene` binary in Chromium twice —
/// against the unchanged sites (baselines), then against the changed copies. The top finding of
/// each comparison must name the expected element and property; the report must show the findings
/// escaped, under the strict CSP. Prints the confusion table (category × top finding).
@Suite(.serialized) struct ExplainCorpusTests {
    struct Corpus: Decodable {
        var sites: [String: String]
        var changes: [Change]
        var shift: Change
    }
    struct Edit: Decodable { var file: String; var find: String; var replace: String }
    struct Change: Decodable {
        var id: String, site: String, page: String
        var category: String?
        var heldOut: Bool?
        var edits: [Edit]
        var expect: Expect
    }
    struct Expect: Decodable {
        var kind: String?
        var selector: Selectors?
        var text: String?
        var property: String?
        /// The shift case: the inserted element's selector, and how many more elements moved.
        var added: String?
        var moved: Int?
    }
    /// One selector, or a list of acceptable ones.
    struct Selectors: Decodable {
        var all: [String]
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let list = try? c.decode([String].self) { all = list } else { all = [try c.decode(String.self)] }
        }
    }

    static let corpusURL = repositoryRoot.appendingPathComponent("Tests/SceneBrowserTests/Explain/changes.json")
    static let hostileId = "hostile-text"

    /// Both sides of every change under one folder: `original/<id>/` and `changed/<id>/`.
    static func makeSites(_ corpus: Corpus, in root: URL) throws {
        let fm = FileManager.default
        for change in corpus.changes + [corpus.shift] {
            let site = repositoryRoot.appendingPathComponent(try #require(corpus.sites[change.site]))
            let original = root.appendingPathComponent("original/\(change.id)"), changed = root.appendingPathComponent("changed/\(change.id)")
            try fm.createDirectory(at: original.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.createDirectory(at: changed.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.copyItem(at: site, to: original)
            try fm.copyItem(at: site, to: changed)
            for edit in change.edits {
                let file = changed.appendingPathComponent(edit.file)
                let text = try String(contentsOf: file, encoding: .utf8)
                let range = try #require(text.range(of: edit.find), "\(change.id): \(edit.file) does not contain \(edit.find)")
                try text.replacingCharacters(in: range, with: edit.replace).write(to: file, atomically: true, encoding: .utf8)
            }
        }
        // A page whose text and class names turn hostile between the runs: findings quote both.
        func page(_ paragraph: String) -> String {
            """
            <!doctype html><html><head><meta charset="utf-8"><title>Notes</title>
            <style>body { font: 16px sans-serif; margin: 20px; } .note { color: #1d2430; }</style></head>
            <body><h1>Notes</h1>\(paragraph)<p>Footer</p></body></html>
            """
        }
        let escaped = ReportFixture.hostile.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        for (side, paragraph) in [("original", "<p class=\"note\">Welcome</p>"),
                                  ("changed", "<p class=\"note &quot;&gt;&lt;img src=x onerror=alert(3)&gt;\" style=\"color: #b91c1c\">\(escaped)</p>")] {
            let folder = root.appendingPathComponent("\(side)/\(hostileId)")
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            try page(paragraph).write(to: folder.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        }
    }

    static func config(_ corpus: Corpus) -> String {
        let pages = (corpus.changes + [corpus.shift]).map { "  - id: \($0.id)\n    url: \($0.id)/\($0.page)\n" }.joined()
            + "  - id: \(hostileId)\n    url: \(hostileId)/index.html\n"
        return """
        project:
          name: explain-corpus
          baseURL: http://127.0.0.1:9/
        viewports:
          - name: desktop
            width: 1280
            height: 800
        pages:
        \(pages)batches:
          - id: corpus
            concurrency: 2
            retries: 0
            executionTimeout: 90s
            thresholds:
              minor: 0
              major: 1
              failOn: minor

        """
    }

    /// The category of a finding, as a column of the confusion table.
    static func predicted(_ f: LayoutFinding?) -> String {
        guard let f else { return "none" }
        switch f.kind {
        case .style: return "style:" + (f.changes.first?.property ?? "?")
        case .content: return f.changes.contains { $0.property == "src" } ? "content:src" : "content:pixels"
        default: return f.kind.rawValue
        }
    }

    /// Whether the top finding says what the change did.
    static func names(_ top: LayoutFinding?, _ e: Expect) -> Bool {
        guard let top, top.kind.rawValue == e.kind else { return false }
        func base(_ s: String) -> String { s.replacingOccurrences(of: #":nth-of-type\(\d+\)$"#, with: "", options: .regularExpression) }
        guard let selectors = e.selector?.all, selectors.map(base).contains(base(top.element.selector)) else { return false }
        if let text = e.text, !(top.element.text ?? "").contains(text) { return false }
        switch e.property {
        case nil: return true
        case "pixels": return !top.changes.contains { $0.property == "src" } && top.summary.contains("content changed")
        case let p?: return top.changes.contains { $0.property == p }
        }
    }

    @Test(.timeLimit(.minutes(40))) func everySingleChangeIsNamedByItsTopFinding() throws {
        let environment = try browserEnvironment()
        let corpus = try JSONDecoder().decode(Corpus.self, from: Data(contentsOf: Self.corpusURL))
        #expect(corpus.changes.count >= 30)
        #expect(Set(corpus.changes.map(\.site)).count >= 3)
        let root = try temporaryDirectory("explain")
        defer { try? FileManager.default.removeItem(at: root) }
        let sites = root.appendingPathComponent("sites")
        try Self.makeSites(corpus, in: sites)
        let server = try TestServer(copying: sites)
        defer { server.stop() }
        let config = root.appendingPathComponent("scene.yml")
        try Self.config(corpus).write(to: config, atomically: true, encoding: .utf8)

        // Baselines from the unchanged sites, then the changed ones against them.
        let first = try SceneExecutable.run(["run", "--config", config.path, "--no-report"] + SceneExecutable.recordMissingBaselines,
                                            environment: environment.merging(["SCENE_BASE_URL": server.base + "/original/"]) { $1 })
        #expect(first.status == 0, "first run: \(first.stderr.suffix(2000))")
        let second = try SceneExecutable.run(["run", "--config", config.path, "--json"],
                                             environment: environment.merging(["SCENE_BASE_URL": server.base + "/changed/"]) { $1 })
        #expect(second.status == 1, "every page changed: \(second.stderr.suffix(2000))")
        struct Document: Decodable { var runDirectory: String; var report: String? }
        let document = try JSONDecoder().decode(Document.self, from: Data(second.stdout.utf8))
        let bundle = RunBundle(root: URL(fileURLWithPath: document.runDirectory))
        let records = Dictionary(uniqueKeysWithValues: bundle.readExecutions().records.map { ($0.key.page, $0) })

        // The changes, each named by its top finding.
        var rows: [String: [String: Int]] = [:]
        var score: [Bool: (right: Int, all: Int)] = [false: (0, 0), true: (0, 0)]
        var bySite: [String: (right: Int, all: Int)] = [:]
        var lines: [String] = []
        for change in corpus.changes {
            let record = records[change.id]
            let top = record?.baselineDiff?.explanation?.top
            let right = Self.names(top, change.expect)
            let held = change.heldOut ?? false
            func count(_ tally: inout (right: Int, all: Int)) { tally = (tally.right + (right ? 1 : 0), tally.all + 1) }
            count(&score[held, default: (0, 0)])
            count(&bySite[change.site, default: (0, 0)])
            rows[change.category ?? "?", default: [:]][Self.predicted(top), default: 0] += 1
            lines.append("\(right ? "ok " : "BAD") \(change.id): \(top?.summary ?? "no finding (status \(record?.status.rawValue ?? "none"))")")
        }
        let columns = Set(rows.values.flatMap(\.keys)).sorted()
        var table = "| change \\ top finding | " + columns.joined(separator: " | ") + " |\n|---|" + columns.map { _ in "---:|" }.joined() + "\n"
        for (category, row) in rows.sorted(by: { $0.key < $1.key }) {
            table += "| \(category) | " + columns.map { row[$0].map(String.init) ?? "" }.joined(separator: " | ") + " |\n"
        }
        let tuned = score[false]!, held = score[true]!
        print(lines.joined(separator: "\n") + "\n\ntop finding right: \(tuned.right + held.right)/\(tuned.all + held.all) "
              + "(tuning sites \(tuned.right)/\(tuned.all), held-out \(held.right)/\(held.all))\nby site: "
              + bySite.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.right)/\($0.value.all)" }.joined(separator: ", ") + "\n\n" + table)
        #expect(Double(tuned.right + held.right) >= 0.9 * Double(tuned.all + held.all), "\(lines.filter { $0.hasPrefix("BAD") })")
        #expect(Double(held.right) >= 0.9 * Double(held.all), "held-out: \(held.right)/\(held.all)")

        // One block inserted above fifty entries: one `added` and one `moved` finding.
        let shift = try #require(records[corpus.shift.id]?.baselineDiff?.explanation)
        let visible = shift.findings.filter(\.visible)
        #expect(visible.map(\.kind) == [.added, .moved], "\(shift.findings.map(\.summary))")
        #expect(visible.first?.element.selector == corpus.shift.expect.added)
        #expect(visible.last?.related == corpus.shift.expect.moved && visible.last?.summary.contains("moved down") == true,
                "\(visible.last?.summary ?? "")")

        // The baseline's layout came along with its screenshot, and the observed one was kept.
        let sample = try #require(records[corpus.changes[0].id])
        #expect(sample.artifacts.layout == ExecutionFiles.layout && sample.artifacts.baselineLayout == ExecutionFiles.baselineLayout)

        // Hostile page text in findings (its text and its class names): text in the report, under the
        // strict CSP too. Findings clip a page's text, so the parts that would run are what is looked for.
        let hostile = try #require(records[Self.hostileId]?.baselineDiff?.explanation?.top)
        let dangerous = ["<script>alert('x')</script>", "\"><img"]
        #expect(dangerous.allSatisfy(hostile.summary.contains), "\(hostile.summary)")
        let report = try #require(document.report)
        let pages = [SafeName.of(records[Self.hostileId]!.id), SafeName.of(records[corpus.shift.id]!.id)]
        var arguments = [URL(fileURLWithPath: report).deletingLastPathComponent().path] + pages
        if let shots = ProcessInfo.processInfo.environment["SCENE_REPORT_SHOTS"] { arguments += ["--shots", shots] }
        let observed = try ReportFixture.runPython("Tests/SceneBrowserTests/Explain/drive_findings.py", arguments, timeout: 300)
        struct Origin: Decodable {
            struct Page: Decodable {
                var findings: [String]; var injected: Int; var scripts: [String?]; var panes: Int
                var boxesOnHover: Int?; var boxesAfterLeave: Int?; var zoomedOnClick: Bool?
            }
            var external: [String]; var console: [String]; var pageErrors: [String]; var dialogs: [String]; var csp: [String]
            var pages: [String: Page]
        }
        let origins = try JSONDecoder().decode([String: Origin].self, from: observed)
        for (name, o) in origins {
            #expect(o.dialogs.isEmpty && o.csp.isEmpty && o.console.isEmpty && o.pageErrors.isEmpty && o.external.isEmpty,
                    "\(name): dialogs \(o.dialogs), CSP \(o.csp), console \(o.console), errors \(o.pageErrors), external \(o.external)")
            let page = try #require(o.pages[pages[0]])
            #expect(dangerous.allSatisfy { page.findings.first?.contains($0) == true }, "\(name): \(page.findings)")
            #expect(page.injected == 0)
            // Every script is a file of the report's own (the history's when the run has one), findings.js last.
            #expect(page.scripts.last == "../assets/report/findings.js" && page.scripts.contains("../assets/report/viewer.js")
                    && page.scripts.allSatisfy { $0?.hasPrefix("../") == true }, "\(page.scripts)")
            #expect(page.boxesOnHover == page.panes && page.panes == 2, "\(name): a box in each side-by-side pane")
            #expect(page.boxesAfterLeave == 0 && page.zoomedOnClick == true)
            let shifted = try #require(o.pages[pages[1]])
            #expect(shifted.findings.count == 2 && shifted.findings.last?.contains("moved down") == true, "\(shifted.findings)")
        }
        let markdown = try String(contentsOf: URL(fileURLWithPath: report).deletingLastPathComponent().appendingPathComponent("summary.md"),
                                  encoding: .utf8)
        #expect(markdown.contains("  > what changed: `p.price` “$29”: color"), "summary.md names the top finding")
        // Outside code spans (which Markdown shows as they are) the page's text is escaped.
        let prose = markdown.replacingOccurrences(of: "`[^`\n]*`", with: "", options: .regularExpression)
        #expect(!prose.contains("<img") && !prose.contains("<script") && prose.contains("&lt;script&gt;alert('x')&lt;/script&gt;"),
                "hostile text is escaped in summary.md")
    }
}
