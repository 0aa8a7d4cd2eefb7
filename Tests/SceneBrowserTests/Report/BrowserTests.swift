import Foundation
import SceneTestSupport
import Testing
import SceneBundle
@testable import SceneReport

/// The generated site in real Chromium (Playwright), from file:// and from a loopback
/// server sending the strict CSP header: three nights published side by side, the last
/// one's history linking to the others. Set SCENE_REPORT_SHOTS=DIR to keep screenshots.
@Suite struct BrowserTests {
    struct Observations: Decodable {
        struct Origin: Decodable {
            var external: [String]; var console: [String]; var pageErrors: [String]; var dialogs: [String]; var csp: [String]
            var dashboard: Dashboard; var viewer: Viewer; var hostile: Hostile; var history: History
        }
        struct Dashboard: Decodable {
            var shownAll: Int; var matrixCells: Int; var matrixThumbsLoaded: Int; var shownFailed: Int; var shownSearch: Int
            var shownFailuresOnly: Int; var firstBySize: String; var hash: String
            var afterReload: Reload; var hostileTitleText: [String]; var historyLink: String?
            var warningBadges: [String]; var runLevel: String?
            struct Reload: Decodable { var shown: Int; var failures: Bool; var sort: String; var listVisible: Bool }
        }
        struct History: Decodable {
            var bars: Int; var runLinks: [String]; var gridRows: Int; var openedRunURL: String; var openedRunShows: Int; var stripOpened: String
        }
        struct Image: Decodable { var cls: String; var ok: Bool; var asked: Int; var strips: Int }
        struct Mode: Decodable { var mode: String?; var images: [Image]; var fill: [Double] }
        struct Zoom: Decodable { var before: [String]; var after: [String]; var level: String }
        struct Viewer: Decodable {
            var sideFill: [Double]; var sideImages: [Image]; var fillAfterResize: [Double]; var bandButtons: [String]; var unstable: String?; var warnings: String?
            var keysHidden: Bool; var keysShown: Bool; var keysHiddenAgain: Bool; var keysButton: Bool; var strip: [String?]
            var diffMarks: String; var zoomKeptOnSwitch: [Double]
            var modes: [String: Mode]
            var sliderAfterDrag: Int; var clipAfterDrag: String; var layersAligned: Bool; var sliderAfterKeys: Int; var urlAfterSliderKeys: String
            var onionOpacity: String; var heatmapVisible: Bool; var zoom: Zoom; var regionTransform: [String]
            var activeBoxes: Int; var bands: Int; var traceLink: String?; var traceDownload: String?; var frames: Int; var notPerformed: Int; var missing: Int
            var failedActions: Int; var consoleLines: Int; var consoleText: [String]; var reproBlocks: Int; var copyLabel: String
            var modeBeforeRight: String; var afterRight: String; var afterEscape: String
        }
        struct Hostile: Decodable {
            var titleText: String; var javascriptLinks: Int; var scriptsInBody: [String?]; var injectedElements: Int; var errorText: String
            var traceText: String
        }
        var file: Origin
        var http: Origin
    }

    @Test func siteWorksInChromiumFromFileAndUnderCSP() throws {
        let work = ReportFixture.temporaryDirectory("browser")
        defer { try? FileManager.default.removeItem(at: work) }
        let published = work.appendingPathComponent("public"), bundles = work.appendingPathComponent("bundles")
        try ReportFixture.night("night-1", in: published, bundles: bundles, day: 1)
        try ReportFixture.night("night-2", in: published, bundles: bundles, day: 2)
        try ReportFixture.night("night-3", in: published, bundles: bundles, day: 3, history: [published])
        var args = [published.path, "night-3", SafeName.of("home~default~desktop~chromium"), SafeName.of("evil\"<b>~default~desktop~chromium")]
        if let shots = ProcessInfo.processInfo.environment["SCENE_REPORT_SHOTS"] { args += ["--shots", shots] }
        let data = try ReportFixture.runPython("Tests/SceneBrowserTests/Report/drive_report.py", args, timeout: 400)
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
            #expect(d.historyLink == "history.html")
            #expect(d.runLevel == "run level: major")
            #expect(d.warningBadges.count == 1 && d.warningBadges.first?.hasPrefix("healed step(s)") == true, "\(d.warningBadges)")
            let v = r.viewer
            let fits = { (fill: [Double]) in !fill.isEmpty && fill.allSatisfy { abs($0 - 1) < 0.01 } }
            #expect(fits(v.sideFill), "\(name): side by side does not fill its panes: \(v.sideFill)")
            // Only what is on screen: the top strip of each image, not the rest of the page.
            #expect(v.sideImages.count == 2 && v.sideImages.allSatisfy { $0.ok && $0.asked >= 1 && $0.asked < $0.strips },
                    "\(name): strips asked for at entry \(v.sideImages)")
            for mode in ["side", "slider", "onion", "heatmap", "diff", "single"] {
                let m = try #require(v.modes[mode], "\(name): mode \(mode) not observed")
                #expect(m.mode == mode)
                #expect(!m.images.isEmpty && m.images.allSatisfy(\.ok), "\(name): \(mode) images \(m.images)")
                #expect(fits(m.fill), "\(name): \(mode) after side by side does not fill the pane: \(m.fill)")
            }
            #expect(v.modes["side"]?.images.count == 2)
            #expect(v.modes["diff"]?.images.map(\.cls) == ["layer faded", "layer marks"])
            #expect(v.diffMarks == "pixelated")
            #expect(fits(v.fillAfterResize), "\(name): after a resize \(v.fillAfterResize)")
            #expect(v.bandButtons.count == 1 && v.bandButtons.first?.hasPrefix("inserted") == true,
                    "\(name): one inserted block gives one band: \(v.bandButtons)")
            #expect(v.unstable?.contains("still changing after 3 screenshots") == true && v.unstable?.contains("mask") == true)
            #expect(v.warnings?.contains("healed step(s)") == true, "\(v.warnings ?? "")")
            #expect(v.keysHidden && v.keysShown && v.keysHiddenAgain && v.keysButton)
            #expect(v.strip.count == 3, "\(name): history strip \(v.strip)")
            #expect(v.strip.first??.hasPrefix("../../night-1/x/") == true && v.strip.last??.hasPrefix(".././x/") == true, "\(v.strip)")
            #expect(v.zoomKeptOnSwitch.allSatisfy { $0 > 1.05 }, "\(name): a zoomed view is kept when the mode changes: \(v.zoomKeptOnSwitch)")
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
            #expect(v.activeBoxes == 1, "regions are in observed rows: not drawn over a baseline the content shifted in")
            #expect(v.bands == 2, "one block, marked in both panes")
            #expect(v.traceLink?.hasPrefix("../store/") == true && v.traceLink?.hasSuffix(".zip") == true && v.traceDownload == "trace.zip")
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
            #expect(h.scriptsInBody == ["../data/history.js", "../assets/report/history.js", "../assets/report/review.js", "../assets/report/viewer.js"])
            #expect(h.injectedElements == 0)
            #expect(h.errorText == ReportFixture.hostile)
            #expect(!h.traceText.contains("coverage"), "a page without steps shows no coverage: \(h.traceText)")
            #expect(r.history.bars == 6)
            #expect(r.history.runLinks == ["./index.html", "../night-2/index.html", "../night-1/index.html"])
            #expect(r.history.gridRows >= 2)
            #expect(r.history.openedRunURL.hasSuffix("/night-1/index.html") && r.history.openedRunShows == 5)
            #expect(r.history.stripOpened.contains("/night-1/x/home_7edefault_7edesktop_7echromium.html"), "\(r.history.stripOpened)")
        }
    }
}
