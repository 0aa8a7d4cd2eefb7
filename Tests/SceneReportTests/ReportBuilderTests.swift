import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SceneTestSupport
import Testing
import SceneBundle
@testable import SceneReport

@Suite struct ReportBuilderTests {
    @Test func buildsSiteAndCIOutputs() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        let site = ReportFixture.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: site) }
        let bundle = try ReportFixture.bundle(at: root)
        let result = try ReportBuilder().build(bundle: bundle, into: site)
        #expect(result.warnings.isEmpty)
        let fm = FileManager.default
        for name in ["index.html", "data/index.js", "assets/report/report.css", "assets/report/dashboard.js", "assets/report/viewer.js",
                     "summary.json", "junit.xml", "summary.md",
                     "x/home_7edefault_7edesktop_7echromium.html", "x/home_7edefault_7edesktop_7echromium/observed.png",
                     "x/home_7edefault_7edesktop_7echromium/frames/frame1.jpg", "x/home_7edefault_7edesktop_7echromium/trace.zip"] {
            #expect(fm.fileExists(atPath: site.appendingPathComponent(name).path), "\(name) missing")
        }
        let summary = try BundleIO.readJSON(ReportSummary.self, from: site.appendingPathComponent("summary.json"))
        #expect(summary.schemaVersion == 1)
        #expect(summary.counts.total == 5)
        #expect(summary.counts.notRun == 1)
        #expect(summary.counts.failing == 3)
        #expect(summary.failures.first?.id == "home~default~desktop~chromium")
        #expect(summary.counts.byStatus["failed"] == 2)
        #expect(summary.counts.byLevel["major"] == 1)
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        let site = ReportFixture.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: site) }
        try ReportBuilder().build(bundle: try ReportFixture.bundle(at: root), into: site)
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("x").path).filter { $0.hasSuffix(".html") }
        #expect(pages.count == 5)
        for name in pages + ["../index.html"] {
            let html = try String(contentsOf: site.appendingPathComponent("x/\(name)"), encoding: .utf8)
            #expect(!html.contains("<script>alert"), "\(name) holds a raw script tag")
            #expect(!html.contains("<img src=x"), "\(name) holds a raw img tag")
            #expect(!html.contains("<svg onload"), "\(name) holds a raw svg tag")
            #expect(!html.lowercased().contains("href=\"javascript:"), "\(name) links a javascript: URL")
            #expect(!html.contains(" style="), "\(name) has an inline style attribute")
            #expect(!html.contains("<script>"), "\(name) has an inline script")
            #expect(html.contains("Content-Security-Policy"))
        }
        let evil = try String(contentsOf: site.appendingPathComponent("x/evil_22_3cb_3e_7edefault_7edesktop_7echromium.html"), encoding: .utf8)
        #expect(evil.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;onerror=alert(1)"))
        let junit = try String(contentsOf: site.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(!junit.contains("<script>"))
        #expect(junit.contains("classname=\"evil&quot;&lt;b&gt;\""))
        let parsed = try XMLDocumentCheck.countTestcases(site.appendingPathComponent("junit.xml"))
        #expect(parsed.testcases == 5)
        #expect(parsed.failures == 2)
        #expect(parsed.errors == 1)
        let md = try String(contentsOf: site.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(!md.contains("<b>"))
        #expect(md.contains("| [evil\"&lt;b&gt;](x/evil_22_3cb_3e_7edefault_7edesktop_7echromium.html)"))
    }

    @Test func linkBaseMakesAbsoluteCILinks() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        let site = ReportFixture.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: site) }
        try ReportBuilder(ReportOptions(linkBase: "https://ci.example/artifacts/run-7")).build(bundle: try ReportFixture.bundle(at: root), into: site)
        let junit = try String(contentsOf: site.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(junit.contains("https://ci.example/artifacts/run-7/x/home_7edefault_7edesktop_7echromium.html"))
    }

    @Test func refusesToOverwriteAForeignFolder() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        let site = ReportFixture.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: site) }
        try Data("mine".utf8).write(to: site.appendingPathComponent("notes.txt"))
        #expect(throws: ReportError.self) { try ReportBuilder().build(bundle: try ReportFixture.bundle(at: root), into: site) }
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("notes.txt").path))
    }

    @Test func rebuildReplacesPreviousReport() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        let site = ReportFixture.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: site) }
        let bundle = try ReportFixture.bundle(at: root)
        try ReportBuilder().build(bundle: bundle, into: site)
        try FileManager.default.removeItem(at: bundle.executionDirectory("about~default~mobile~chromium"))
        // A folder left by an interrupted build is cleared too.
        try FileManager.default.createDirectory(at: site.appendingPathComponent(".scene-report-previous/x"), withIntermediateDirectories: true)
        try ReportBuilder().build(bundle: bundle, into: site)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("x/about_7edefault_7emobile_7echromium.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("x/home_7edefault_7edesktop_7echromium.html").path))
        let left = try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
        #expect(left == [".scene-report", "assets", "data", "index.html", "junit.xml", "summary.json", "summary.md", "x"], "previous pages not deleted: \(left)")
    }

    @Test func missingOrCorruptManifestIsAClearError() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("out")
        do {
            try ReportBuilder().build(bundle: RunBundle(root: root), into: site)
            Issue.record("expected an error")
        } catch let e as ReportError {
            #expect(e.description.contains("run.json: error: cannot read run manifest"))
        }
        try Data("{\"schemaVersion\":1,".utf8).write(to: root.appendingPathComponent("run.json"))
        #expect(throws: ReportError.self) { try ReportBuilder().build(bundle: RunBundle(root: root), into: site) }
    }

    @Test func unsafeArtifactPathsAreIgnored() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        let site = ReportFixture.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: site) }
        let bundle = RunBundle(root: root)
        var r = ExecutionRecord(key: ExecutionKey(page: "p", task: "t", viewport: "v", browser: "b"), url: "http://x/", status: .passed)
        r.artifacts = Artifacts(observed: "../../../../etc/passwd", baseline: "/etc/hostname", thumbnail: "thumb.jpg", trace: "a/../../b")
        try bundle.writeExecution(r)
        try FileManager.default.createSymbolicLink(atPath: bundle.executionDirectory(r.id).appendingPathComponent("thumb.jpg").path,
                                                   withDestinationPath: "/etc/hostname")
        try bundle.writeManifest(RunManifest(runId: "r", project: "p", batch: "b", configDigest: "", shard: nil, startedAt: Date(),
                                             sceneVersion: "0", plannedExecutionIds: [r.id]))
        // A record whose id is not its folder name would read artifacts from elsewhere.
        var moved = ExecutionRecord(key: ExecutionKey(page: "..", task: "..", viewport: "..", browser: "etc"), url: "http://x/", status: .passed)
        moved.artifacts = Artifacts(observed: "passwd")
        try FileManager.default.createDirectory(at: bundle.executionDirectory("q~t~v~b"), withIntermediateDirectories: true)
        try BundleIO.writeJSON(moved, to: bundle.executionRecordURL("q~t~v~b"))
        let result = try ReportBuilder().build(bundle: bundle, into: site)
        #expect(result.warnings.count == 1 && result.warnings[0].contains("lives in folder 'q~t~v~b'"))
        #expect(result.summary.counts.total == 1)
        let html = try String(contentsOf: site.appendingPathComponent("x/p_7et_7ev_7eb.html"), encoding: .utf8)
        #expect(!html.contains("passwd"))
        #expect(!html.contains("hostname"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("x/p_7et_7ev_7eb/a").path))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: site.appendingPathComponent("x/p_7et_7ev_7eb/thumb.jpg").path)) == nil,
                "a symbolic link in the bundle must not be carried into the site")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("x/p_7et_7ev_7eb/thumb.jpg").path))
    }

    /// Mustache looks a missing name up in the enclosing context: a step without an
    /// error must not show the execution's error, an action without a URL not the page's.
    @Test func absentRowFieldsDoNotInheritPageFields() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        let site = ReportFixture.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: site) }
        let bundle = RunBundle(root: root)
        var r = ExecutionRecord(key: ExecutionKey(page: "p", task: "t", viewport: "v", browser: "b"), url: "http://page-url.test/", status: .error)
        r.error = "EXECUTION-ERROR"
        r.steps = [StepResult(index: 0, description: "open", status: "passed", durationMs: 1)]
        r.trace = TraceSummary(traceVersion: 10, playwrightVersion: nil, actions: [ActionRecord(index: 0, kind: "click", locator: "#a")],
                               missing: [], notPerformed: [], coverage: nil)
        try bundle.writeExecution(r)
        try bundle.writeManifest(RunManifest(runId: "r", project: "p", batch: "b", configDigest: "", shard: nil, startedAt: Date(),
                                             sceneVersion: "0", plannedExecutionIds: [r.id]))
        try ReportBuilder().build(bundle: bundle, into: site)
        let html = try String(contentsOf: site.appendingPathComponent("x/p_7et_7ev_7eb.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "EXECUTION-ERROR").count == 2)
        #expect(html.components(separatedBy: "http://page-url.test/").count == 3) // the URL row: href + text
    }

    @Test func runawayRecordsAreCappedOrSkipped() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        let site = ReportFixture.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: site) }
        let bundle = RunBundle(root: root)
        var r = ExecutionRecord(key: ExecutionKey(page: "p", task: "t", viewport: "v", browser: "b"), url: "http://x/", status: .passed)
        r.title = String(repeating: "T", count: 5000)
        r.trace = TraceSummary(traceVersion: 10, playwrightVersion: nil,
                               actions: (0..<600).map { ActionRecord(index: $0, kind: "click", locator: String(repeating: "L", count: 3000)) },
                               missing: [], notPerformed: [], coverage: nil)
        try bundle.writeExecution(r)
        let huge = bundle.executionRecordURL("q~t~v~b")
        try FileManager.default.createDirectory(at: huge.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(RunBundle.maxRecordBytes + 1))
        try handle.close()
        try bundle.writeManifest(RunManifest(runId: "r", project: "p", batch: "b", configDigest: "", shard: nil, startedAt: Date(),
                                             sceneVersion: "0", plannedExecutionIds: [r.id]))
        let result = try ReportBuilder().build(bundle: bundle, into: site)
        #expect(result.warnings.count == 1 && result.warnings[0].contains("larger than"))
        let html = try String(contentsOf: site.appendingPathComponent("x/p_7et_7ev_7eb.html"), encoding: .utf8)
        #expect(html.contains("100 more step, action, frame or healing row(s) not shown"))
        #expect(html.components(separatedBy: "<td>click</td>").count == 501)
        #expect(html.utf8.count < 1_200_000)
        #expect(!html.contains(String(repeating: "T", count: 1001)))
    }

    @Test func safeNamesAreInjectiveAndPlain() {
        let ids = ["a~b~c~d", "a_7eb~c~d", "A~b~c~d", ".x~y~z~w", "é~/~..~\\", String(repeating: "long", count: 80)]
        let names = ReportBuilder.uniqueSafeNames(ids)
        #expect(Set(names.map { $0.lowercased() }).count == ids.count)
        for n in names {
            #expect(n.utf8.count <= 140)
            #expect(n.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
            #expect(!n.hasPrefix("."))
        }
        #expect(SafeName.of("a~b") == "a_7eb")
    }
}

/// Parses junit.xml with the platform's XML parser, so a malformed file fails the test.
enum XMLDocumentCheck {
    static func countTestcases(_ url: URL) throws -> (testcases: Int, failures: Int, errors: Int) {
        final class Counter: NSObject, XMLParserDelegate {
            var testcases = 0, failures = 0, errors = 0
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if name == "testcase" { testcases += 1 } else if name == "failure" { failures += 1 } else if name == "error" { errors += 1 }
            }
        }
        let parser = XMLParser(data: try Data(contentsOf: url))
        let counter = Counter()
        parser.delegate = counter
        guard parser.parse() else { throw ReportFixture.PythonFailure(description: "junit.xml does not parse: \(String(describing: parser.parserError))") }
        return (counter.testcases, counter.failures, counter.errors)
    }
}

@Suite struct HistoryTests {
    @Test func historyIndexesRunsWithChartsAndLinks() throws {
        let runs = ReportFixture.temporaryDirectory("runs")
        let out = ReportFixture.temporaryDirectory("history")
        defer { try? FileManager.default.removeItem(at: runs); try? FileManager.default.removeItem(at: out) }
        let first = try ReportFixture.bundle(at: runs.appendingPathComponent("night-1"))
        let second = try ReportFixture.bundle(at: runs.appendingPathComponent("night-2"))
        var manifest = try second.readManifest()
        manifest.runId = "night-2 <b>"
        manifest.startedAt = manifest.startedAt.addingTimeInterval(86_400)
        try second.writeManifest(manifest)
        try Data("{broken".utf8).write(to: runs.appendingPathComponent("night-3/run.json"), createDirs: true)
        _ = first
        let summaries = try ReportBuilder().buildHistory(runs: runs, into: out)
        #expect(summaries.map(\.run.runId) == ["2026-11-21T01-00-00Z", "night-2 <b>"])
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("href=\"runs/night-1/index.html\""))
        #expect(html.contains("href=\"runs/night-2/index.html\""))
        #expect(html.contains("night-2 &lt;b&gt;"))
        #expect(!html.contains("night-2 <b>"))
        #expect(html.components(separatedBy: "<rect ").count == 5) // 2 runs x 2 charts
        #expect(html.contains("night-3"), "an unreadable run is listed as a problem")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("runs/night-1/x/home_7edefault_7edesktop_7echromium.html").path))
        // A second build reuses the run reports that are up to date.
        let stamp = ReportBuilder.modified(out.appendingPathComponent("runs/night-1/summary.json"))
        try ReportBuilder().buildHistory(runs: runs, into: out)
        #expect(ReportBuilder.modified(out.appendingPathComponent("runs/night-1/summary.json")) == stamp)
    }
}

extension Data {
    func write(to url: URL, createDirs: Bool) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try write(to: url)
    }
}
