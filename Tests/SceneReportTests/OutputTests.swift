import Foundation
import SceneTestSupport
import Testing
import SceneBundle
@testable import SceneReport

@Suite struct OutputTests {
    @Test(arguments: [
        ("https://example.com/a", true), ("http://x/", true), ("HTTPS://X/", true),
        ("javascript:alert(1)", false), ("JaVaScRiPt:alert(1)", false), ("  javascript:alert(1)", false),
        ("\tjavascript:alert(1)", false), ("data:text/html,<script>", false), ("file:///etc/passwd", false), ("//evil.example", false),
    ])
    func onlyHTTPURLsBecomeLinks(url: String, linkable: Bool) {
        #expect(Escaping.isLinkable(url) == linkable)
    }

    @Test func htmlInterpolationEscapesTextButNotMarkup() {
        let hostile = "<script>alert('x')</script>\"onerror=\u{301}\"\u{301} & é"
        let inner: HTML = "<b>\(hostile)</b>"
        let page: HTML = "<p title=\"\(hostile)\">\(inner)\(Optional<String>.none)\(3)</p>"
        // A quote followed by a combining mark is one Character, yet it ends an attribute: escaped too.
        let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;onerror=\u{301}&quot;\u{301} &amp; é"
        #expect(page.text == "<p title=\"\(escaped)\"><b>\(escaped)</b>3</p>")
    }

    @Test func dashboardDataIsValidJSONForHostileText() throws {
        var r = ExecutionRecord(key: ExecutionKey(page: "p\"\\q", task: "t\u{2028}", viewport: "v\n", browser: "b\u{1}"),
                                url: "https://x/\u{7}\"", status: .failed)
        r.title = "</script><script>alert(1)</script> 🎉 \u{2029}"
        r.durationMs = .nan
        let script = DashboardData.script(records: [r], safeNames: [SafeName.of(r.id)], thumbnails: ["store/ab/cd.jpg"],
                                          run: ["runId": "r\"1", "project": "p", "batch": "b"])
        #expect(script.hasPrefix("window.SCENE_INDEX = ") && script.hasSuffix(";\n"))
        let json = script.dropFirst("window.SCENE_INDEX = ".count).dropLast(2)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(doc["fields"] as? [String] == DashboardData.fields)
        #expect((doc["run"] as? [String: String])?["runId"] == "r\"1")
        let row = try #require((doc["rows"] as? [[Any]])?.first)
        #expect(row.count == DashboardData.fields.count)
        #expect(row[1] as? String == "p\"\\q" && row[2] as? String == "t\u{2028}" && row[3] as? String == "v\n" && row[4] as? String == "b\u{1}")
        #expect(row[9] as? Int == 0, "NaN duration has no JSON form")
        #expect(row[10] as? String == r.title && row[11] as? String == r.url && row[12] as? String == "store/ab/cd.jpg")
        #expect(!script.contains("\u{2028}") && !script.contains("\u{2029}"))
        #expect(row[DashboardData.fields.firstIndex(of: "review")!] as? Int == 0, "no screenshot: nothing to approve")
    }

    @Test(arguments: [
        ("observed.png", true), ("frames/f1.jpg", true), ("...", true), (".hidden", true), ("a..b", true),
        ("", false), ("/etc/passwd", false), ("../x", false), ("a/../b", false), ("a/./b", false), (".", false), ("..", false),
        ("a//b", false), ("a/", false), ("a\\b", false), ("a\u{0}b", false),
    ])
    func onlyContainedArtifactPathsAreUsed(name: String, safe: Bool) {
        #expect(SiteFiles.isSafeRelativePath(name) == safe)
    }

    @Test func urlPathsAndNumbersAreFormattedWithoutFoundation() {
        #expect(SiteFiles.urlPath("frames/f1.jpg") == "frames/f1.jpg")
        #expect(SiteFiles.urlPath("a b/é#?.png") == "a%20b/%C3%A9%23%3F.png")
        #expect(Formatting.fixed(1.26, 1) == "1.3" && Formatting.fixed(7, 0) == "7")
        #expect(Formatting.fixed(0.5, 3) == "0.500" && Formatting.fixed(12.345678, 2) == "12.35" && Formatting.fixed(-0.004, 2) == "0.00")
        #expect(Formatting.fixed(-2.5, 0) == "-3" && Formatting.fixed(.nan, 2) == "–")
        #expect(Formatting.percent(3.14159) == "3.14 %" && Formatting.duration(1234) == "1.2 s")
    }

    @Test func xmlEscapingDropsForbiddenControlCharacters() {
        #expect(Escaping.xml("a<b>&\"'\u{1}\u{0}c\n") == "a&lt;b&gt;&amp;&quot;&apos;c\n")
    }

    @Test func consoleLogIsParsedTolerantlyAndCapped() throws {
        let dir = ReportFixture.temporaryDirectory("console")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("console.jsonl")
        var lines = [#"{"level":"warning","message":"old style","location":"app.js:1"}"#,
                     #"{"type":"error","text":"x","location":{"url":"http://h/a.js","lineNumber":9}}"#,
                     "[1,2]", "plain text",
                     #"{"time":1.5,"kind":"pageerror","level":"error","text":"boom","url":"http://h/p"}"#, #"{"type":"log","text":"\#(String(repeating: "y", count: 50))"}"#]
        lines += (0..<20).map { #"{"type":"log","text":"line \#($0)"}"# }
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        let (parsed, more) = ConsoleLog.read(url.path, limit: 10, textLimit: 20)
        #expect(parsed.count == 10)
        #expect(more == 16)
        #expect(parsed[0].level == "warning" && parsed[0].text == "old style" && parsed[0].location == "app.js:1")
        #expect(parsed[1].location == "http://h/a.js:9")
        #expect(parsed[2].level == "log" && parsed[2].text == "[1,2]")
        #expect(parsed[3].text == "plain text")
        #expect(parsed[4].level == "pageerror" && parsed[4].text == "boom" && parsed[4].location == "http://h/p")
        #expect(parsed[5].text.hasPrefix(String(repeating: "y", count: 20) + "… [30 more"))
        #expect(ConsoleLog.read(dir.appendingPathComponent("absent.jsonl").path, limit: 10, textLimit: 10).lines.isEmpty)
    }

    static func summary(_ records: [ExecutionRecord], planned extra: [String] = [], timeout: String? = nil, level: DiffLevel? = nil) -> ReportSummary {
        var m = RunManifest(runId: "r1", project: "p|roj", batch: "nightly", configDigest: "", shard: ShardSpec(index: 2, total: 3),
                            startedAt: Date(timeIntervalSince1970: 0), sceneVersion: "0", plannedExecutionIds: records.map(\.id) + extra)
        m.finishedAt = Date(timeIntervalSince1970: 90)
        m.timeoutReason = timeout
        m.level = level
        return ReportSummary(manifest: m, records: records, report: nil, pageHref: { "x/\(SafeName.of($0.id)).html" }, now: Date(timeIntervalSince1970: 100))
    }

    static func record(_ page: String, _ status: ExecutionStatus, level: DiffLevel = .none, pct: Double = 0) -> ExecutionRecord {
        var r = ExecutionRecord(key: ExecutionKey(page: page, task: "t", viewport: "v", browser: "b"), url: "http://x/", status: status)
        if level != .none || pct > 0 {
            r.baselineDiff = DiffRecord(identical: false, width: 1, height: 1, expectedWidth: 1, expectedHeight: 1, diffPixels: Int(pct * 100),
                                        diffPercentage: pct, shiftAwareDiffPixels: 0, maxDelta: 1, level: level, regions: [], bands: [])
        }
        return r
    }

    @Test func summaryOrdersFailuresWorstFirstAndCountsEveryStatus() {
        let s = Self.summary([Self.record("a", .failed, level: .minor, pct: 9), Self.record("b", .failed, level: .major, pct: 1),
                              Self.record("c", .error), Self.record("d", .passed), Self.record("e", .cancelled)], planned: ["z~t~v~b"])
        #expect(s.failures.map(\.page) == ["b", "a", "c"])
        #expect(s.counts.byStatus.count == ExecutionStatus.allCases.count)
        #expect(s.counts.byStatus["cancelled"] == 1 && s.counts.byStatus["flaky"] == 0)
        #expect(s.counts.notRun == 1 && s.counts.planned == 6 && s.counts.failing == 3)
        #expect(s.run.durationMs == 90_000)
        #expect(s.totals.maxDiffPercentage == 9)
    }

    @Test func junitMapsStatusesToFailureErrorAndSkipped() throws {
        var broken = Self.record("c", .timedOut)
        broken.error = "navigation timeout ]]> <x>"
        let s = Self.summary([Self.record("a", .failed, level: .major, pct: 3), broken, Self.record("d", .passed), Self.record("e", .cancelled)])
        let xml = CIOutputs.junit(s)
        #expect(xml.contains(#"tests="4" failures="1" errors="1" skipped="1""#))
        #expect(xml.contains(#"<failure type="visual-major""#))
        #expect(xml.contains(#"<error type="timedOut" message="navigation timeout ]]&gt; &lt;x&gt;""#))
        #expect(xml.contains(#"<skipped message="cancelled"/>"#))
        let dir = ReportFixture.temporaryDirectory("junit")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(xml.utf8).write(to: dir.appendingPathComponent("junit.xml"))
        let counts = try XMLDocumentCheck.countTestcases(dir.appendingPathComponent("junit.xml"))
        #expect(counts.testcases == 4 && counts.failures == 1 && counts.errors == 1)
    }

    @Test func markdownPutsFailuresFirstWithMessagesAndEscapes() {
        var error = Self.record("down", .error)
        error.error = "net::ERR_CONNECTION_REFUSED at http://x/ | <b>"
        var unstable = Self.record("clock", .failed, level: .minor, pct: 0.5)
        unstable.unstable = "observed: page still changing after 3 screenshots"
        var healed = Self.record("healed", .passed)
        healed.warn("healed step(s): step 2: getByText('Go') → getByRole('button', { name: 'Go' })")
        healed.warn("web fonts still loading after 5 s")
        let s = Self.summary([Self.record("a|b<i>", .failed, level: .major, pct: 3), error, unstable, Self.record("ok", .passed), healed],
                             planned: ["z~t~v~b"], timeout: "batch limit 2h", level: .major)
        let md = CIOutputs.markdown(s, indexLink: "index.html", changes: [s.executions[0].id: "inserted 50 rows at y=66"])
        #expect(md.hasPrefix("## ❌ Scene — p\\|roj / nightly"))
        #expect(md.contains("shard 2/3") && md.contains("**1** planned but not run") && md.contains("[report](index.html)"))
        #expect(md.contains("> Timed out: batch limit 2h"))
        // Failures come before the count tables; an execution that could not run comes first.
        let failures = md.range(of: "### Failing executions (3)")!, tables = md.range(of: "| Status | Count |")!
        let warnings = md.range(of: "### Warnings (1 execution)")!
        #expect(failures.lowerBound < warnings.lowerBound && warnings.lowerBound < tables.lowerBound)
        #expect(md.contains("` · run level `major` · duration"))
        let lines = md.components(separatedBy: "\n")
        let items = lines.filter { $0.hasPrefix("- ") }
        #expect(items.count == 4)
        #expect(items[3] == "- **healed** · t · v · b — passed — [open](x/healed_7et_7ev_7eb.html)")
        #expect(md.contains("  > web fonts still loading after 5 s"))
        #expect(s.run.level == "major" && s.executions.first { $0.page == "healed" }?.warnings?.count == 2)
        #expect(CIOutputs.junit(s).contains("warning: web fonts still loading after 5 s"))
        #expect(items[0] == "- **down** · t · v · b — error — [open](x/down_7et_7ev_7eb.html)")
        #expect(items[1] == "- **a\\|b&lt;i&gt;** · t · v · b — major visual difference, 3.00 % (300 px) — [open](x/a_7cb_3ci_3e_7et_7ev_7eb.html)")
        #expect(md.contains("  > net::ERR_CONNECTION_REFUSED at http://x/ \\| &lt;b&gt;"))
        #expect(md.contains("  > inserted 50 rows at y=66"))
        #expect(md.contains("  > unstable: observed: page still changing after 3 screenshots"))
        let green = CIOutputs.markdown(Self.summary([Self.record("a", .passed)]), indexLink: "https://ci/x y/index.html")
        #expect(green.hasPrefix("## ✅"))
        #expect(!green.contains("Failing executions"))
        #expect(green.contains("(https://ci/x%20y/index.html)"))
    }

    @Test func markdownNamesTheTopChangeKeepingOnlyItsOwnCode() {
        var r = Self.record("a", .failed, level: .major, pct: 3)
        let finding = { (summary: String, visible: Bool) in
            LayoutFinding(kind: .text, element: ElementLabel(selector: "p.price", path: "body>p"), summary: summary, changes: [],
                          box: nil, baselineBox: nil, visible: visible)
        }
        r.baselineDiff?.explanation = LayoutExplanation(
            findings: [finding("hidden, not named", false), finding("`p.a|b` “<img src=x onerror=alert(1)>|[x](javascript:y)”: color #1f2937 → #ea580c", true)],
            unexplained: [], baselineElements: 3, observedElements: 3, matchedElements: 3)
        let s = Self.summary([r])
        #expect(s.executions.first?.change?.hasPrefix("`p.a|b`") == true, "the first visible finding, as it is, for scripts")
        let md = CIOutputs.markdown(s, indexLink: "index.html")
        #expect(md.contains("  > what changed: `p.a\\|b` “&lt;img src=x onerror=alert(1)&gt;\\|\\[x\\](javascript:y)”: color #1f2937 → #ea580c\n"), "\(md)")
        #expect(Escaping.markdownCode("odd ` count <b>") == "odd ' count &lt;b&gt;")
    }

    @Test func trendChartEscapesLabelsAndScalesBars() {
        let svg = TrendChart.svg([], color: "#000", unit: "px")
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        let s = Self.summary([Self.record("a", .failed, level: .major, pct: 3)])
        var evil = s
        evil.run.runId = "<script>alert(1)</script>"
        let chart = TrendChart.svg([.init(run: evil.run, value: 10), .init(run: s.run, value: 5)], color: "#c00", unit: "failing")
        #expect(!chart.contains("<script>"))
        #expect(chart.contains("&lt;script&gt;"))
        #expect(chart.components(separatedBy: "<rect ").count == 3)
    }
}
