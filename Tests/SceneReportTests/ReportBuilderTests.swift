import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SceneTestSupport
import Testing
import SceneBundle
import SceneImaging
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
                     "assets/report/review.js", "assets/report/history.js", "summary.json", "junit.xml", "summary.md", "x/home_7edefault_7edesktop_7echromium.html"] {
            #expect(fm.fileExists(atPath: site.appendingPathComponent(name).path), "\(name) missing")
        }
        #expect(!fm.fileExists(atPath: site.appendingPathComponent("x/home_7edefault_7edesktop_7echromium").path), "no folder per execution")
        let summary = try BundleIO.readJSON(ReportSummary.self, from: site.appendingPathComponent("summary.json"))
        #expect(summary.schemaVersion == 1)
        // The Changes view: the hostile execution's three fingerprinted changes (the main one's come from a real
        // comparison of the fixture images, which no fingerprint pass has seen).
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<section class=\"changes\""))
        #expect(index.components(separatedBy: "<article class=\"change-card\">").count == 4)
        #expect(index.contains("scene approve runs/\(summary.run.runId) --group a1b2c3d4e5f60718"))
        #expect(index.contains("1 change · 1 page · 1 viewport · 1 browser · 1 execution"), "\(index)")
        // The reviewer's boxes (review.js): per change, and per execution with its id escaped; the copyable command.
        #expect(index.contains(#"<input type="checkbox" class="pick-group" data-fingerprint="a1b2c3d4e5f60718">"#))
        #expect(index.contains(#"<input type="checkbox" class="pick-flaky" data-fingerprint="a1b2c3d4e5f60718">"#))
        #expect(index.contains(#"class="pick-x" data-id="evil&"#) && !index.contains(#"data-id="evil""#))
        #expect(index.contains("<code id=\"review-command\">scene approve runs/\(summary.run.runId) --from approvals.json</code>"))
        #expect(index.contains(#"<script src="assets/report/review.js"></script>"#))
        let failedPage = try String(contentsOf: site.appendingPathComponent("x/home_7edefault_7edesktop_7echromium.html"), encoding: .utf8)
        #expect(failedPage.contains("<body class=\"execution\" data-run-id=\"\(summary.run.runId)\">"))
        #expect(failedPage.contains(#"id="review-pick"><label><input type="checkbox" class="pick-x" data-id="home~default~desktop~chromium">"#))
        let passedPage = try String(contentsOf: site.appendingPathComponent("x/about_7edefault_7edesktop_7echromium.html"), encoding: .utf8)
        #expect(!passedPage.contains("review-pick"), "a passing execution has nothing to approve")
        #expect(summary.counts.total == 5)
        #expect(summary.counts.notRun == 1)
        #expect(summary.counts.failing == 3)
        #expect(summary.failures.first?.id == "home~default~desktop~chromium")
        #expect(summary.counts.byStatus["failed"] == 2)
        #expect(summary.counts.byLevel["major"] == 1)
        #expect(summary.executions.first { $0.id == "home~default~desktop~chromium" }?.unstable?.contains("still changing") == true)
        // The run's level and the executions' warnings, where a reviewer looks first.
        #expect(summary.run.level == "major")
        #expect(summary.executions.first { $0.id == "home~default~desktop~chromium" }?.warnings?.first?.hasPrefix("healed step(s)") == true)
        let dashboard = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(dashboard.contains(#"id="run-level" title="run level (thresholds.runMajorPercent)">run level: major</span>"#))
        #expect(dashboard.contains(#"<summary>Warnings on 1 execution(s)</summary><ul><li><a href="x/home_7edefault_7edesktop_7echromium.html">home~default~desktop~chromium</a>: healed step(s)"#))
        #expect(try String(contentsOf: site.appendingPathComponent("data/index.js"), encoding: .utf8).contains("\"healed step(s): 1;"))
        // Everything the pages reference is in the store, and the store holds nothing else.
        let referenced = try Self.storeReferences(site)
        #expect(!referenced.isEmpty)
        for path in referenced { #expect(fm.fileExists(atPath: site.appendingPathComponent(path).path), "\(path) missing") }
        #expect(Set(try Self.storeFiles(site)) == referenced)
    }

    /// Every `store/...` path named by a page or data/index.js.
    static func storeReferences(_ site: URL) throws -> Set<String> {
        var texts = [try String(contentsOf: site.appendingPathComponent("data/index.js"), encoding: .utf8)]
        for name in try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("x").path) {
            texts.append(try String(contentsOf: site.appendingPathComponent("x/\(name)"), encoding: .utf8))
        }
        let pattern = try NSRegularExpression(pattern: "store/[0-9a-f]{2}/[0-9a-f]{30}(-[0-9]+)?\\.[a-z]+")
        return Set(texts.flatMap { text in
            pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) }
        })
    }

    static func storeFiles(_ site: URL) throws -> [String] {
        let store = site.appendingPathComponent("store")
        return try FileManager.default.subpathsOfDirectory(atPath: store.path).filter { $0.contains(".") }.map { "store/" + $0 }
    }

    /// What makes a report small: passing executions carry their first screen only, images
    /// are stored once by content, display images are JPEG strips, the diff's marks a PNG.
    @Test func storesOnceByContentAndKeepsFullImagesForChangedExecutions() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        let site = ReportFixture.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: site) }
        let bundle = try ReportFixture.bundle(at: root)
        var passingRecord = try bundle.readExecution("about~default~desktop~chromium")
        passingRecord.artifacts.trace = "trace.zip"
        passingRecord.trace = TraceSummary(traceVersion: 10, playwrightVersion: "1.65.2", actions: [ActionRecord(index: 0, kind: "navigate")],
                                           missing: [], notPerformed: [], coverage: 1)
        try bundle.writeExecution(passingRecord)
        try ReportBuilder().build(bundle: bundle, into: site)
        let page = { (id: String) in try String(contentsOf: site.appendingPathComponent("x/\(SafeName.of(id)).html"), encoding: .utf8) }
        let main = try page("home~default~desktop~chromium"), passing = try page("about~default~desktop~chromium")
        #expect(main.contains("id=\"viewer\"") && main.contains("data-marks=\"") && main.contains(".jpg"))
        #expect(main.contains("id=\"trace-link\"") && main.contains("class=\"filmstrip\""))
        #expect(!passing.contains("id=\"viewer\"") && passing.contains("First screen") && !passing.contains("trace-link"))
        #expect(passing.contains("it is in the run bundle (executions/about~default~desktop~chromium/)"))
        // The five executions hold the same screenshots: one set of strips serves every page that shows them.
        let observed = { (html: String) in html.components(separatedBy: "data-observed=\"")[1].components(separatedBy: "\"")[0] }
        #expect(observed(main) == observed(try page("evil\"<b>~default~desktop~chromium")))
        let files = try Self.storeFiles(site)
        let thumbnails = Set(try String(contentsOf: site.appendingPathComponent("data/index.js"), encoding: .utf8)
            .components(separatedBy: "\"store/").dropFirst().map { $0.prefix(36) })
        #expect(thumbnails.count == 1, "one thumbnail file for four executions with the same screenshot")
        #expect(files.filter { $0.hasSuffix(".png") }.allSatisfy { $0.contains("-") }, "PNGs are only the diff's marks (strips) without --originals")
        #expect(files.filter { $0.hasSuffix(".zip") }.count == 1, "trace.zip of the one changed execution that has one")
        // --originals adds the lossless screenshots for download; --detail all gives passing executions full images too.
        try ReportBuilder(ReportOptions(detail: .all, originals: true)).build(bundle: bundle, into: site)
        let full = try page("about~default~desktop~chromium")
        #expect(full.contains("id=\"viewer\"") && full.contains("Lossless originals"))
        #expect(try Self.storeFiles(site).contains { !$0.contains("-") && $0.hasSuffix(".png") })
        #expect(Set(try Self.storeFiles(site)) == (try Self.storeReferences(site)), "a rebuild leaves no unused file behind")
    }

    /// Older bundles hold full-height thumbnails; the report shows the first screen only.
    @Test func tallThumbnailsAreCutToTheFirstScreen() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        let site = ReportFixture.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: site) }
        let bundle = try ReportFixture.oneExecution(at: root) { r, folder in
            r.artifacts = Artifacts(thumbnail: "thumb.jpg")
            try ImageEncoder.writeJPEG(RGBAImage(width: 320, height: 6000, fill: (90, 120, 200, 255)), to: folder.appendingPathComponent("thumb.jpg"))
        }
        try ReportBuilder().build(bundle: bundle, into: site)
        let files = try Self.storeFiles(site)
        #expect(files.count == 1)
        let thumb = try ImageReader.decode(site.appendingPathComponent(files[0]))
        #expect(thumb.width == 320 && thumb.height == 240)
    }

    /// A screenshot the report cannot decode is named on its page; the rest of the report is built.
    @Test func unreadableImagesAreNamedNotFatal() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        let site = ReportFixture.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: site) }
        let bundle = try ReportFixture.oneExecution(at: root, status: .error) { r, folder in
            r.artifacts = Artifacts(observed: "observed.png")
            try Data("\u{89}PNG\r\n\u{1a}\nnot really".utf8).write(to: folder.appendingPathComponent("observed.png"))
        }
        try ReportBuilder().build(bundle: bundle, into: site)
        let html = try String(contentsOf: site.appendingPathComponent("x/p_7et_7ev_7eb.html"), encoding: .utf8)
        #expect(html.contains("Images that could not be shown: observed.png:"))
        #expect(!html.contains(root.path), "no absolute path of the bundle on the page")
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
        // The trace comparison with the baseline's trace, and the element each action acted on.
        #expect(evil.contains("Since the baseline&#39;s trace") || evil.contains("Since the baseline's trace"))
        #expect(evil.contains("2 step(s) changed, 3 unchanged"))
        #expect(evil.contains("removed: step 2 click getByRole(&#39;button&#39;, { name: &#39;Save&#39; })"))
        #expect(evil.contains("new console error: &lt;script&gt;alert(&#39;x&#39;)"))
        #expect(evil.contains("&lt;input placeholder=") || evil.contains("&lt;input"))
        let junit = try String(contentsOf: site.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(!junit.contains("<script>"))
        #expect(junit.contains("classname=\"evil&quot;&lt;b&gt;\""))
        let parsed = try XMLDocumentCheck.countTestcases(site.appendingPathComponent("junit.xml"))
        #expect(parsed.testcases == 5)
        #expect(parsed.failures == 2)
        #expect(parsed.errors == 1)
        let md = try String(contentsOf: site.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(!md.contains("<b>"))
        #expect(md.contains("- **evil\"&lt;b&gt;** · default · desktop · chromium — minor visual difference, 0.29 % (900 px) — [open](x/evil_22_3cb_3e_7edefault_7edesktop_7echromium.html)"))
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
        #expect(left == [".scene-report", "assets", "data", "index.html", "junit.xml", "store", "summary.json", "summary.md", "x"], "previous pages not deleted: \(left)")
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
        #expect(try Self.storeFiles(site).isEmpty, "neither an unsafe path nor a symbolic link in the bundle is carried into the site")
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
    @Test func historyIndexesEarlierReportsByReference() throws {
        let work = ReportFixture.temporaryDirectory("history")
        defer { try? FileManager.default.removeItem(at: work) }
        let published = work.appendingPathComponent("published"), bundles = work.appendingPathComponent("bundles")
        try ReportFixture.night("night-1", in: published, bundles: bundles, day: 1)
        try ReportFixture.night("night-2", in: published, bundles: bundles, day: 2) { $0.status = .failed; $0.baselineDiff = ReportFixture.diff(level: .major, pixels: 900, percentage: 3) }
        try ReportFixture.night("smoke-2", in: published, bundles: bundles, day: 2, batch: "smoke")
        try Data("{broken".utf8).write(to: published.appendingPathComponent("night-0/summary.json"), createDirs: true)
        let result = try ReportFixture.night("night-3", in: published, bundles: bundles, day: 3, history: [published])
        let site = published.appendingPathComponent("night-3")
        let index = try BundleIO.readJSON(HistoryIndex.self, from: site.appendingPathComponent("history.json"))
        #expect(index.runs.map(\.run.runId) == ["night-3", "night-2", "night-1"])
        #expect(index.runs.map(\.report) == ["./", "../night-2/", "../night-1/"])
        let about = try #require(index.ids.firstIndex(of: "about~default~desktop~chromium"))
        #expect(index.runs.map { Array($0.statuses)[about] } == ["p", "F", "p"])
        #expect(index.runs.map { Array($0.levels)[about] } == ["0", "2", "0"])
        #expect(index.pages[about] == "x/about_7edefault_7edesktop_7echromium.html")
        #expect(result.warnings.contains { $0.contains("night-0/summary.json") }, "an unreadable report is named: \(result.warnings)")
        let html = try String(contentsOf: site.appendingPathComponent("history.html"), encoding: .utf8)
        #expect(html.contains("href=\"../night-1/index.html\"") && html.contains("href=\"./index.html\""))
        #expect(html.contains("1 run(s) of other projects or batches are not shown"))
        #expect(html.contains("../night-0/summary.json") && !html.contains(work.path), "the published page names files relative to the report")
        #expect(html.components(separatedBy: "<rect ").count == 7, "3 runs × 2 charts")
        let dashboard = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(dashboard.contains("href=\"history.html\""))
        let page = try String(contentsOf: site.appendingPathComponent("x/about_7edefault_7edesktop_7echromium.html"), encoding: .utf8)
        #expect(page.contains("id=\"history-strip\"") && page.contains("../data/history.js"))
        // By reference: nothing of the earlier reports is in this one.
        let files = try FileManager.default.subpathsOfDirectory(atPath: site.path)
        #expect(!files.contains { $0.contains("night-1") || $0.contains("night-2") })
        let script = try String(contentsOf: site.appendingPathComponent("data/history.js"), encoding: .utf8)
        #expect(script.hasPrefix("window.SCENE_HISTORY = {") && script.hasSuffix("};\n"))
    }

    /// The next night needs only the previous report: its history.json brings the nights before.
    @Test func historyIsCarriedForwardAndShardsOfAMergedRunAppearOnce() throws {
        let work = ReportFixture.temporaryDirectory("history")
        defer { try? FileManager.default.removeItem(at: work) }
        let published = work.appendingPathComponent("published"), bundles = work.appendingPathComponent("bundles")
        try ReportFixture.night("night-1", in: published, bundles: bundles, day: 1, linkBase: "https://reports.example/night-1")
        try ReportFixture.night("night-2", in: published, bundles: bundles, day: 2, history: [published.appendingPathComponent("night-1")])
        // Night 3 ran in two shards, each with its own report, then merged.
        try ReportFixture.night("night-3-shard-1", in: published, bundles: bundles, day: 3, runId: "s1", shard: ShardSpec(index: 1, total: 2))
        try ReportFixture.night("night-3-shard-2", in: published, bundles: bundles, day: 3, runId: "s2", shard: ShardSpec(index: 2, total: 2))
        try ReportFixture.night("night-3", in: published, bundles: bundles, day: 3, mergedFrom: ["s1", "s2"],
                       history: [published.appendingPathComponent("night-2"), published.appendingPathComponent("night-3-shard-1"),
                                 published.appendingPathComponent("night-3-shard-2")])
        let later = try ReportFixture.night("night-4", in: published, bundles: bundles, day: 4, history: [published.appendingPathComponent("night-3")])
        #expect(later.warnings.isEmpty, "\(later.warnings)")
        let index = try BundleIO.readJSON(HistoryIndex.self, from: published.appendingPathComponent("night-4/history.json"))
        #expect(index.runs.map(\.run.runId) == ["night-4", "night-3", "night-2", "night-1"], "the shards appear once, as their merged run")
        #expect(index.runs.map(\.report) == ["./", "../night-3/", "../night-2/", "https://reports.example/night-1/"])
        let limited = try ReportFixture.night("night-5", in: published, bundles: bundles, day: 5, history: [published.appendingPathComponent("night-4")])
        _ = limited
        let five = try ReportBuilder(ReportOptions(history: [published.appendingPathComponent("night-4")], historyLimit: 2))
            .build(bundle: RunBundle(root: bundles.appendingPathComponent("night-5")), into: published.appendingPathComponent("night-5"))
        _ = five
        let two = try BundleIO.readJSON(HistoryIndex.self, from: published.appendingPathComponent("night-5/history.json"))
        #expect(two.runs.map(\.run.runId) == ["night-5", "night-4"])
    }
}

extension Data {
    func write(to url: URL, createDirs: Bool) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try write(to: url)
    }
}
