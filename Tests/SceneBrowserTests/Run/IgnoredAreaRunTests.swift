import Foundation
import SceneBundle
import SceneConfig
import SceneImaging
import SceneReport
@testable import SceneRun
import SceneTestSupport
import Testing

/// Ignored areas that stay visible, in real Chromium: an ad slot whose content changes passes
/// without a tolerance and fails over one; a change outside the area still fails; a fixed box
/// over a clock passes within its ratio. The screenshot keeps the area's pixels, and the report's
/// viewer outlines each area (red when over its tolerance), from file:// and under the strict CSP.
@Suite(.serialized) struct IgnoredAreaRunTests {
    static func page(ad: String, clock: String = "12:00", welcome: String = "Welcome") -> String {
        """
        <!doctype html><html><head><title>Shop</title><style>
        body { margin: 0; font: 16px sans-serif } header { height: 56px; background: #234; color: #fff; padding: 0 16px; line-height: 56px }
        .ad { width: 300px; height: 100px; margin: 20px; background: #fc0; color: #000; font: bold 20px sans-serif }
        </style></head><body><header>Northwind <span class="clock">\(clock)</span></header>
        <div class="ad">\(ad)</div><p style="margin: 20px">\(welcome)</p></body></html>
        """
    }

    @Test func areasAreMeasuredNotCountedAndStayVisible() async throws {
        let environment = try browserEnvironment()
        let before = Self.page(ad: "Ad: shoes")
        let dots = "<!doctype html><body style=\"margin:0\">" + String(repeating: "<i class=\"dot\" style=\"display:inline-block;width:4px;height:4px;background:#36c;margin:1px\"></i>", count: 600) + "</body>"
        let server = try TestServer(pages: ["ad.html": before, "strict.html": before, "both.html": before, "clock.html": before, "many.html": dots])
        defer { server.stop() }
        let root = try temporaryDirectory("ignored")
        defer { try? FileManager.default.removeItem(at: root) }
        func visit(_ name: String, _ areas: [IgnoredArea]) -> PlannedExecution {
            var e = execution(name, url: "\(server.base)/\(name).html")
            e.page.ignore = areas
            return e
        }
        let executions = [
            visit("ad", [IgnoredArea(selector: ".ad")]),
            visit("strict", [IgnoredArea(selector: ".ad", maxDiffPixels: 10)]),
            visit("both", [IgnoredArea(selector: ".ad")]),
            visit("clock", [IgnoredArea(box: PageBox(x: 0, y: 0, width: 640, height: 56), maxDiffRatio: 0.5)]),
            visit("many", [IgnoredArea(selector: ".dot")]),
        ]
        let runner = BatchRunner(RunnerEnvironment(environment: environment))
        var request = makeRequest(executions, root: root)
        request.runId = "1-record"
        let first = try await runner.run(request)
        #expect(first.records.allSatisfy { $0.status == .newBaseline }, "\(first.records.map { "\($0.id) \($0.status) \($0.error ?? "")" })")

        let changedAd = Self.page(ad: "Ad: sunglasses -40%")
        for (name, html) in ["ad": changedAd, "strict": changedAd, "both": Self.page(ad: "Ad: sunglasses -40%", welcome: "Welcome back, Ada"),
                             "clock": Self.page(ad: "Ad: shoes", clock: "12:01")] {
            try Data(html.utf8).write(to: server.root.appendingPathComponent("\(name).html"))
        }
        request.runId = "2-changed"
        let second = try await runner.run(request)
        let records = Dictionary(uniqueKeysWithValues: second.records.map { ($0.key.page, $0) })
        let summary = "\(second.records.map { "\($0.id) \($0.status) \($0.baselineDiff?.ignoredAreas ?? []) \($0.warnings ?? [])" })"

        let ad = try #require(records["ad"]), area = try #require(ad.baselineDiff?.ignoredAreas?.first)
        #expect(ad.status == .passed && ad.baselineDiff?.diffPixels == 0, "\(summary)")
        #expect(area.changedPixels > 50 && !area.exceeded, "\(summary)")
        #expect((area.x, area.y, area.width, area.height) == (20, 76, 300, 100), "the element's box where it was shot: \(area)")
        #expect(ad.capture?.ignoredAreas == [[[20, 76, 300, 100]]])
        // The area's pixels are in the screenshot: the ad's yellow, not a mask's magenta.
        let shot = try ImageReader.decode(second.bundle.executionDirectory(ad.id).appendingPathComponent(try #require(ad.artifacts.observed)))
        let i = (150 * shot.width + 300) * 4
        #expect(Array(shot.pixels[i..<(i + 3)]) == [255, 204, 0], "\(shot.pixels[i..<(i + 4)])")

        let strict = try #require(records["strict"])
        #expect(strict.status == .failed && strict.baselineDiff?.exceededAreas.count == 1, "\(summary)")
        #expect(strict.warnings?.contains { $0.contains("'.ad'") && $0.contains("more than maxDiffPixels 10") } == true, "\(summary)")

        let both = try #require(records["both"])
        #expect(both.status == .failed && (both.baselineDiff?.diffPixels ?? 0) > 0 && both.baselineDiff?.exceededAreas.isEmpty == true, "\(summary)")
        #expect(both.baselineDiff?.regions.allSatisfy { $0.y >= 176 } == true, "only the text below the ad counts: \(summary)")

        let clock = try #require(records["clock"])
        #expect(clock.status == .passed && (clock.baselineDiff?.ignoredAreas?.first?.changedPixels ?? 0) > 0, "\(summary)")
        #expect(clock.baselineDiff?.ignoredAreas?.first.map { ($0.x, $0.y, $0.width, $0.height) } ?? (0, 0, 0, 0) == (0, 0, 640, 56), "\(summary)")

        // A selector matching 600 elements: the first 500 are areas, and the record says so.
        let many = try #require(records["many"])
        #expect(many.status == .passed && many.capture?.ignoredAreas?.first?.count == 500, "\(summary)")
        #expect(many.warnings?.contains { $0.contains("ignore selector .dot matches more than 500 visible elements") } == true, "\(summary)")

        // The report lists and outlines them in a real browser.
        let site = try ReportBuilder().build(bundle: second.bundle, into: second.bundle.reportURL).site
        // A passing page is a light one (no viewer): it lists the areas that changed, not counted.
        let adPage = try String(contentsOf: site.appendingPathComponent("x/\(SafeName.of(ad.id)).html"), encoding: .utf8)
        #expect(adPage.contains("ignored area &#39;.ad&#39; at 20,76 300×100: \(area.changedPixels) changed pixel(s), not counted"), "\(adPage)")
        let strictName = SafeName.of(strict.id)
        let observed = try ReportFixture.runPython("Tests/SceneBrowserTests/Run/drive_ignored.py", [site.path, strictName], timeout: 300)
        struct Origin: Decodable {
            struct Page: Decodable { var listed: [String]; var boxes: Int; var exceededBoxes: Int; var panes: Int }
            var console: [String]; var pageErrors: [String]; var csp: [String]; var pages: [String: Page]
        }
        let origins = try JSONDecoder().decode([String: Origin].self, from: observed)
        #expect(origins.count == 2)
        for (name, o) in origins {
            #expect(o.csp.isEmpty && o.pageErrors.isEmpty && o.console.isEmpty, "\(name): \(o.csp) \(o.pageErrors) \(o.console)")
            let page = try #require(o.pages[strictName])
            #expect(page.listed.count == 1 && page.listed[0].contains("'.ad' at 20,76 300×100") && page.listed[0].contains("more than maxDiffPixels 10"),
                    "\(name): \(page.listed)")
            #expect(page.panes > 0 && page.exceededBoxes >= page.panes && page.boxes == page.exceededBoxes, "\(name): every pane outlines the area: \(page)")
        }
    }
}
