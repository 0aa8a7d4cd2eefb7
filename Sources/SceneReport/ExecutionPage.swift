import Foundation
import SceneBundle

/// Everything one execution page shows. Values are raw text: `html(head:)` escapes them,
/// and URLs become links only when `Escaping.isLinkable` allows it (`urlLink`, `referenceLink`).
struct ExecutionPage {
    struct Link { var href: String; var label: String }
    struct Comparison {
        var name: String
        var expected: String
        var diff: String?
        var heatmap: String?
        var width: Int, height: Int, expectedWidth: Int, expectedHeight: Int
        var level: String
        var diffPixels: String
        var diffPercentage: String
        var shiftAwareDiffPixels: String
        var sizeChanged: Bool
        var regions: [RegionRow]
        var bands: [BandRow]
    }
    struct RegionRow { var number: Int; var x: Int; var y: Int; var width: Int; var height: Int; var pixels: String }
    struct BandRow { var kind: String; var y: Int; var height: Int; var fromY: Int? }
    struct StepRow { var index: Int; var description: String; var status: String; var duration: String; var error: String?; var resolvedLocator: String?; var healed: Bool }
    struct ActionRow {
        var index: Int; var kind: String; var locator: String?; var value: String?; var url: String?
        var start: String; var duration: String; var status: String; var error: String?; var addedFromTrace: Bool
        var failed = false
    }
    struct MissingRow { var kind: String; var locator: String?; var value: String?; var position: Int }
    struct FrameRow { var src: String; var time: String }
    struct ConsoleRow { var level: String; var text: String; var location: String? }
    struct ReproRow { var name: String; var file: String; var href: String; var text: String; var anchor: String }
    struct HealingRow { var step: Int; var failedLocator: String; var chosenLocator: String?; var score: String; var runnerUp: String?; var runnerUpScore: String?; var reason: String }

    var title: String
    var id: String
    var safe: String
    var page: String, task: String, viewport: String, browser: String
    var url: String
    var urlLink: String?
    var referenceURL: String?
    var referenceLink: String?
    var status: String
    var level: String
    var duration: String
    var attempts: Int
    var startedAt: String
    var error: String?
    var timeoutReason: String?
    var runTitle: String
    var prev: Link?
    var next: Link?
    var observed: String?
    var observedWidth: Int, observedHeight: Int
    var baseline: String?
    var reference: String?
    var comparisons: [Comparison]

    var steps: [StepRow]
    var actions: [ActionRow]
    var missing: [MissingRow]
    var notPerformed: [MissingRow]

    var coverage: String?
    var playwrightVersion: String?
    var frames: [FrameRow]
    var console: [ConsoleRow]
    var consoleMore: Int
    var consoleErrors: Int
    var pageErrors: Int
    var repro: [ReproRow]
    var healing: [HealingRow]
    var trace: String?
    var truncatedText: String?
}

/// Builds an `ExecutionPage` from a record and the files its execution folder holds,
/// placing the artifacts it references into the site as it goes.
struct ExecutionPageMaker {
    /// Rows kept per table: a runaway trace must not make a page of megabytes.
    static let rowLimit = 500
    /// `executions/` of the bundle and `x/` of the site, as paths: joined with plain
    /// string appends per artifact (see `SiteFiles.place`).
    let executionsPath: String
    let pagesPath: String
    let options: ReportOptions
    let runTitle: String

    init(bundle: RunBundle, site: URL, options: ReportOptions, runTitle: String) {
        executionsPath = bundle.executionsURL.path
        pagesPath = site.path + "/x"
        self.options = options
        self.runTitle = runTitle
    }

    /// One execution's folders: its artifacts in the bundle and in the site.
    struct Folders { var source: String; var target: String; var safe: String }

    /// Places `name` (relative to the execution folder) into `x/<safe>/` and returns its
    /// URL relative to the execution page, or nil when absent or unsafe.
    func place(_ name: String?, _ f: Folders) throws -> String? {
        guard let name, SiteFiles.isSafeRelativePath(name) else { return nil }
        guard try SiteFiles.place(f.source + "/" + name, at: f.target + "/" + name) else { return nil }
        return f.safe + "/" + SiteFiles.urlPath(name)
    }

    func make(_ r: ExecutionRecord, safe: String, prev: ExecutionPage.Link?, next: ExecutionPage.Link?) throws -> ExecutionPage {
        let a = r.artifacts
        let f = Folders(source: executionsPath + "/" + r.id, target: pagesPath + "/" + safe, safe: safe)
        try SiteFiles.makeDirectory(f.target)
        let observed = try place(a.observed, f)
        let baseline = try place(a.baseline, f)
        let reference = try place(a.reference, f)
        _ = try place(a.thumbnail, f)
        var comparisons: [ExecutionPage.Comparison] = []
        for (name, diff, expected) in [("baseline", r.baselineDiff, baseline), ("reference", r.referenceDiff, reference)] {
            guard let diff, let expected else { continue }
            comparisons.append(try comparison(name, diff, expected: expected, f))
        }
        let limit = options.textLimit
        let dims = r.baselineDiff ?? r.referenceDiff
        let console = a.console.flatMap { name -> (lines: [ConsoleLine], more: Int)? in
            guard SiteFiles.isSafeRelativePath(name) else { return nil }
            return ConsoleLog.read(f.source + "/" + name, limit: options.consoleLimit, textLimit: limit)
        } ?? ([], 0)
        let trace = r.trace
        let frames = try (trace?.frames ?? []).prefix(Self.rowLimit).compactMap { frame -> ExecutionPage.FrameRow? in
            guard let src = try place(frame.file, f) else { return nil }
            return .init(src: src, time: Formatting.duration(frame.timeMs))
        }
        var page = ExecutionPage(
            title: Escaping.truncate(r.title ?? "", 1000), id: r.id, safe: safe,
            page: r.key.page, task: r.key.task, viewport: r.key.viewport, browser: r.key.browser,
            url: Escaping.truncate(r.url, 4000), urlLink: Escaping.isLinkable(r.url) && r.url.count <= 4000 ? r.url : nil,
            referenceURL: r.referenceURL, referenceLink: r.referenceURL.flatMap { Escaping.isLinkable($0) ? $0 : nil },
            status: r.status.rawValue, level: r.level.rawValue, duration: Formatting.duration(r.durationMs),
            attempts: r.attempts, startedAt: Formatting.date(r.startedAt),
            error: r.error.map { Escaping.truncate($0, limit) }, timeoutReason: r.timeoutReason,
            runTitle: runTitle, prev: prev, next: next,
            observed: observed, observedWidth: dims?.width ?? 0, observedHeight: dims?.height ?? 0,
            baseline: baseline, reference: reference, comparisons: comparisons,
            steps: r.steps.prefix(Self.rowLimit).map { .init(index: $0.index, description: Escaping.truncate($0.description, limit), status: $0.status,
                                       duration: Formatting.duration($0.durationMs), error: $0.error.map { Escaping.truncate($0, limit) },
                                       resolvedLocator: $0.resolvedLocator, healed: $0.healed ?? false) },
            actions: (trace?.actions ?? []).prefix(Self.rowLimit).map { .init(index: $0.index, kind: $0.kind, locator: $0.locator.map { Escaping.truncate($0, 1000) },
                                                        value: $0.value.map { Escaping.truncate($0, 300) }, url: $0.url,
                                                        start: Formatting.duration($0.startMs), duration: Formatting.duration($0.durationMs),
                                                        status: $0.status, error: $0.error.map { Escaping.truncate($0, limit) },
                                                        addedFromTrace: $0.addedFromTrace ?? false, failed: $0.status != "passed") },
            missing: (trace?.missing ?? []).prefix(Self.rowLimit).map(missingRow),
            notPerformed: (trace?.notPerformed ?? []).prefix(Self.rowLimit).map(missingRow),
            coverage: trace?.coverage.map { Formatting.percent($0 * 100) }, playwrightVersion: trace?.playwrightVersion,
            frames: frames,
            console: console.lines.map { .init(level: $0.level, text: $0.text, location: $0.location) },
            consoleMore: console.more, consoleErrors: r.consoleErrors, pageErrors: r.pageErrors,
            repro: try repro(r, f),
            healing: r.healing.prefix(Self.rowLimit).map { .init(step: $0.step, failedLocator: $0.failedLocator, chosenLocator: $0.chosenLocator,
                                           score: Formatting.fixed($0.score, 2), runnerUp: $0.runnerUp,
                                           runnerUpScore: $0.runnerUpScore.map { Formatting.fixed($0, 2) }, reason: $0.reason) },
            trace: try place(a.trace, f))
        let hidden = [r.steps.count, trace?.actions.count ?? 0, trace?.frames.count ?? 0, r.healing.count,
                      trace?.missing.count ?? 0, trace?.notPerformed.count ?? 0].map { max(0, $0 - Self.rowLimit) }.reduce(0, +)
        page.truncatedText = hidden > 0 ? "\(hidden) more step, action, frame or healing row(s) not shown (at most \(Self.rowLimit) of each)." : nil
        return page
    }

    private func missingRow(_ m: MissingActionRecord) -> ExecutionPage.MissingRow {
        .init(kind: m.kind, locator: m.locator, value: m.value.map { Escaping.truncate($0, 300) }, position: m.position)
    }

    private func comparison(_ name: String, _ d: DiffRecord, expected: String, _ f: Folders) throws -> ExecutionPage.Comparison {
        .init(name: name, expected: expected,
              diff: try place(d.diffImage, f),
              heatmap: try place(d.heatmapImage, f),
              width: d.width, height: d.height, expectedWidth: d.expectedWidth, expectedHeight: d.expectedHeight,
              level: d.level.rawValue, diffPixels: Formatting.number(d.diffPixels),
              diffPercentage: Formatting.percent(d.diffPercentage),
              shiftAwareDiffPixels: Formatting.number(d.shiftAwareDiffPixels), sizeChanged: d.sizeChanged,
              regions: d.regions.prefix(200).enumerated().map { i, g in
                  .init(number: i + 1, x: g.x, y: g.y, width: g.width, height: g.height, pixels: Formatting.number(g.pixels)) },
              bands: d.bands.prefix(200).map { .init(kind: $0.kind.rawValue, y: $0.y, height: $0.height, fromY: $0.fromY) })
    }

    /// Repro scripts are embedded (for the copy buttons: file:// forbids fetching them)
    /// and also linked for download.
    private func repro(_ r: ExecutionRecord, _ f: Folders) throws -> [ExecutionPage.ReproRow] {
        let a = r.artifacts
        var rows: [ExecutionPage.ReproRow] = []
        for (label, name) in [("Python", a.reproPython), ("TypeScript", a.reproTypeScript), ("Steps", a.reproSteps)] {
            guard let name, let href = try place(name, f) else { continue }
            let data = BundleIO.readRegularFile(f.source + "/" + name, upTo: 256 << 10) ?? Data()
            rows.append(.init(name: label, file: (name as NSString).lastPathComponent, href: href,
                              text: Escaping.truncate(String(decoding: data, as: UTF8.self), 64 << 10), anchor: "repro-\(rows.count)"))
        }
        return rows
    }
}
