import Foundation
import SceneTestSupport
import Testing
import SceneBundle
@testable import SceneReport

/// The generated site in real Chromium (Playwright), from file:// and from a loopback
/// server sending the strict CSP header. Set SCENE_REPORT_SHOTS=DIR to keep screenshots.
@Suite struct BrowserTests {
    struct Observations: Decodable {
        struct Origin: Decodable {
            var external: [String]; var console: [String]; var pageErrors: [String]; var dialogs: [String]; var csp: [String]
            var dashboard: Dashboard; var viewer: Viewer; var hostile: Hostile; var history: History
        }
        struct Dashboard: Decodable {
            var shownAll: Int; var matrixCells: Int; var matrixThumbsLoaded: Int; var shownFailed: Int; var shownSearch: Int
            var shownFailuresOnly: Int; var firstBySize: String; var hash: String
            var afterReload: Reload; var hostileTitleText: [String]
            struct Reload: Decodable { var shown: Int; var failures: Bool; var sort: String; var listVisible: Bool }
        }
        struct History: Decodable { var bars: Int; var runLinks: [String]; var openedRunShows: Int }
        struct Image: Decodable { var cls: String; var ok: Bool }
        struct Mode: Decodable { var mode: String?; var images: [Image] }
        struct Zoom: Decodable { var before: [String]; var after: [String]; var level: String }
        struct Viewer: Decodable {
            var modes: [String: Mode]
            var sliderAfterDrag: Int; var clipAfterDrag: String; var layersAligned: Bool; var sliderAfterKeys: Int; var urlAfterSliderKeys: String
            var onionOpacity: String; var heatmapVisible: Bool; var zoom: Zoom; var regionTransform: [String]
            var activeBoxes: Int; var bands: Int; var traceLink: String?; var frames: Int; var notPerformed: Int; var missing: Int
            var failedActions: Int; var consoleLines: Int; var consoleText: [String]; var reproBlocks: Int; var copyLabel: String
            var modeBeforeRight: String; var afterRight: String; var afterEscape: String
        }
        struct Hostile: Decodable {
            var titleText: String; var javascriptLinks: Int; var scriptsInBody: [String?]; var injectedElements: Int; var errorText: String
        }
        var file: Origin
        var http: Origin
    }

    @Test func siteWorksInChromiumFromFileAndUnderCSP() throws {
        let root = ReportFixture.temporaryDirectory("bundle")
        let site = ReportFixture.temporaryDirectory("site")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: site) }
        let bundle = try ReportFixture.bundle(at: root)
        try ReportBuilder().build(bundle: bundle, into: site)
        let runs = root.appendingPathComponent("runs")
        try FileManager.default.createDirectory(at: runs, withIntermediateDirectories: true)
        _ = try ReportFixture.bundle(at: runs.appendingPathComponent("night-1"))
        _ = try ReportFixture.bundle(at: runs.appendingPathComponent("night-2"))
        try ReportBuilder().buildHistory(runs: runs, into: site.appendingPathComponent("history"))
        var args = [site.path, SafeName.of("home~default~desktop~chromium"), SafeName.of("evil\"<b>~default~desktop~chromium")]
        if let shots = ProcessInfo.processInfo.environment["SCENE_REPORT_SHOTS"] { args += ["--shots", shots] }
        let data = try ReportFixture.runPython("Tests/SceneBrowserTests/Report/drive_report.py", args)
        let o = try JSONDecoder().decode(Observations.self, from: data)
        for (name, r) in [("file", o.file), ("http", o.http)] {
            #expect(r.external.isEmpty, "\(name): external requests \(r.external)")
            #expect(r.console.isEmpty, "\(name): console \(r.console)")
            #expect(r.pageErrors.isEmpty, "\(name): page errors \(r.pageErrors)")
            #expect(r.dialogs.isEmpty, "\(name): injected script ran: \(r.dialogs)")
            #expect(r.csp.isEmpty, "\(name): CSP violations \(r.csp)")
            let d = r.dashboard
            #expect(d.shownAll == 5)
            #expect(d.matrixCells == 5)
            #expect(d.matrixThumbsLoaded == 4)
            #expect(d.shownFailed == 2)
            #expect(d.shownSearch == 2)
            #expect(d.shownFailuresOnly == 3)
            #expect(d.firstBySize == "home~default~desktop~chromium")
            #expect(d.hash.contains("fo=1") && d.hash.contains("sort=diff") && d.hash.contains("view=list"))
            #expect(d.afterReload.shown == 3 && d.afterReload.failures && d.afterReload.sort == "diff" && d.afterReload.listVisible)
            #expect(d.hostileTitleText.contains(ReportFixture.hostile))
            let v = r.viewer
            for mode in ["side", "slider", "onion", "heatmap", "diff", "single"] {
                let m = try #require(v.modes[mode], "\(name): mode \(mode) not observed")
                #expect(m.mode == mode)
                #expect(!m.images.isEmpty && m.images.allSatisfy(\.ok), "\(name): \(mode) images \(m.images)")
            }
            #expect(v.modes["side"]?.images.count == 2)
            #expect((20...30).contains(v.sliderAfterDrag), "\(name): slider at \(v.sliderAfterDrag) after drag")
            #expect(v.clipAfterDrag.hasPrefix("inset("))
            #expect(v.layersAligned, "\(name): slider layers are not on top of each other")
            #expect(v.sliderAfterKeys == v.sliderAfterDrag + 10)
            #expect(v.urlAfterSliderKeys.contains(SafeName.of("home~default~desktop~chromium")), "arrow keys on the slider must not navigate")
            #expect(v.onionOpacity == "0.8")
            #expect(v.heatmapVisible)
            #expect(v.zoom.after.count == 2 && v.zoom.after[0] == v.zoom.after[1], "\(name): panes out of sync \(v.zoom.after)")
            #expect(v.zoom.after != v.zoom.before)
            #expect(v.zoom.level != "100%")
            #expect(v.regionTransform.count == 2 && v.regionTransform[0] == v.regionTransform[1] && v.regionTransform != v.zoom.after)
            #expect(v.activeBoxes == 2)
            #expect(v.bands == 2)
            #expect(v.traceLink?.hasSuffix("/trace.zip") == true)
            #expect(v.frames == 2)
            #expect(v.notPerformed == 1 && v.missing == 1 && v.failedActions == 1)
            #expect(v.consoleLines == 4)
            #expect(v.consoleText.contains(ReportFixture.hostile))
            #expect(v.reproBlocks == 3)
            #expect(v.copyLabel == "Copied")
            let right = v.afterRight.split(separator: "#")
            #expect(right.first?.hasSuffix(".html") == true && !v.afterRight.contains("home_7edefault_7edesktop"), "\(name): right arrow went to \(v.afterRight)")
            #expect(right.last?.contains("m=\(v.modeBeforeRight)") == true, "the next execution opens in the same mode")
            #expect(v.afterEscape.hasSuffix("index.html#status=failed"), "Esc returns to the dashboard selection: \(v.afterEscape)")
            let h = r.hostile
            #expect(h.titleText == ReportFixture.hostile)
            #expect(h.javascriptLinks == 0)
            #expect(h.scriptsInBody == ["../assets/report/viewer.js"])
            #expect(h.injectedElements == 0)
            #expect(h.errorText == ReportFixture.hostile)
            #expect(r.history.bars == 4)
            #expect(r.history.runLinks == ["runs/night-2/index.html", "runs/night-1/index.html"])
            #expect(r.history.openedRunShows == 5)
        }
    }
}
