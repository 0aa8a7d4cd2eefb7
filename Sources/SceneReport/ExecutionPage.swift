import Foundation
import SceneBundle
import SceneDiff
import SceneImaging

/// Everything one execution page shows. Values are raw text: `html(head:)` escapes them,
/// and URLs become links only when `Escaping.isLinkable` allows it (`urlLink`, `referenceLink`).
/// Paths of stored files are relative to the site; the page adds `../`.
struct ExecutionPage {
    struct Link { var href: String; var label: String }
    struct Comparison {
        var name: String
        /// The diff's marks alone and the half-size heatmap (nil: identical files, none made).
        var marks: ImageLayer?
        var heatmap: ImageLayer?
        var width: Int, height: Int, expectedWidth: Int, expectedHeight: Int
        var level: String
        var diffPixels: String
        var diffPercentage: String
        var shiftAwareDiffPixels: String
        var sizeChanged: Bool
        var regions: [RegionRow]
        var groups: [GroupRow]
        /// Small bands of repeated rows the alignment paired elsewhere, outside every group.
        var smallBands: [Band]
        var noise: NoiseRow?
        /// The page's ignored areas: compared, not counted, outlined in the viewer.
        var ignoredAreas: [IgnoredAreaResult]
        var findings: FindingList
    }
    /// A change judged noise: its isolated pixels (at most `NoiseSummary.maxListed`).
    struct NoiseRow { var window: Int; var densest: Int; var pixels: [NoiseSummary.Pixel] }
    /// A changed region; `known` ("flaky: rotating ad slot") when it is a known change, which does not count.
    struct RegionRow { var number: Int; var x: Int; var y: Int; var width: Int; var height: Int; var pixels: String; var known: String? = nil }
    struct GroupRow { var kind: String; var y: Int; var height: Int; var expectedY: Int; var expectedHeight: Int; var text: String }
    struct StepRow { var index: Int; var description: String; var status: String; var duration: String; var error: String?; var resolvedLocator: String?; var healed: Bool }
    struct ActionRow {
        var index: Int; var kind: String; var locator: String?; var element: String?; var value: String?; var url: String?
        var start: String; var duration: String; var status: String; var error: String?; var addedFromTrace: Bool
        var failed = false
    }
    struct MissingRow { var kind: String; var locator: String?; var value: String?; var position: Int }
    /// A step that changed since the baseline's trace: `removed: click getByRole(...)`, with its details.
    struct TraceChangeRow { var change: String; var title: String; var details: [String] }
    struct FrameRow { var src: String; var time: String }
    struct ConsoleRow { var level: String; var text: String; var location: String? }
    struct ReproRow { var name: String; var file: String; var href: String?; var text: String; var anchor: String }
    struct HealingRow { var step: Int; var failedLocator: String; var chosenLocator: String?; var score: String; var runnerUp: String?; var runnerUpScore: String?; var reason: String; var expected: String?; var found: String?; var confirmed: Bool }

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
    /// "navigate 1.2 s · settle 80 ms · …", empty when the record has no timings.
    var phases: String
    /// How the page was captured: tiles, height, shots, a cut.
    var captureText: String?
    var error: String?
    var timeoutReason: String?
    /// Why it was retried (a `flaky` execution's failed attempts), joined.
    var earlierAttempts: String?
    var unstable: String?
    /// What a reviewer should know although the execution passed (`ExecutionRecord.warnings`).
    var warnings: [String]
    var runTitle: String
    /// The run's id: the key of the reviewer's selection (review.js).
    var runId: String
    /// The report offers to approve it (`ExecutionRecord.awaitsReview`).
    var awaitsReview: Bool
    var prev: Link?
    var next: Link?
    /// Full-size images of this execution (ReportDetail), or only its first screen.
    var full: Bool
    var thumbnail: String?
    var observed: ImageLayer?
    var baseline: ImageLayer?
    var reference: ImageLayer?
    var comparisons: [Comparison]
    /// A light page's ignored areas that changed (not counted): the full page shows them in its viewer.
    var changedIgnoredAreas: [String]
    /// Lossless originals (with ReportOptions.originals).
    var downloads: [Link]
    /// Images that could not be read or made.
    var mediaProblems: [String]
    var hasHistory: Bool

    var steps: [StepRow]
    var actions: [ActionRow]
    var missing: [MissingRow]
    var notPerformed: [MissingRow]
    var traceChanges: [TraceChangeRow]
    /// Steps the comparison with the baseline's trace found unchanged (nil: no comparison).
    var traceUnchanged: Int?

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
/// storing what the page shows of them (ReportMedia, SiteStore) as it goes.
struct ExecutionPageMaker {
    /// Rows kept per table: a runaway trace must not make a page of megabytes.
    static let rowLimit = 500
    /// `executions/` of the bundle, as a path: joined with plain string appends per artifact.
    let executionsPath: String
    let options: ReportOptions
    let runTitle: String
    let runId: String
    let store: SiteStore
    let media: ReportMedia
    let hasHistory: Bool

    init(bundle: RunBundle, store: SiteStore, options: ReportOptions, runTitle: String, runId: String, hasHistory: Bool) {
        executionsPath = bundle.executionsURL.path
        self.options = options
        self.runTitle = runTitle
        self.runId = runId
        self.store = store
        media = ReportMedia(store: store)
        self.hasHistory = hasHistory
    }

    /// Executions a person needs to look at carry full-size images, trace.zip and frames; so do those
    /// with known changes left out (shown greyed, so a reviewer can see what was not counted).
    func isFull(_ r: ExecutionRecord) -> Bool {
        options.detail == .all || r.isFailing || r.status == .flaky || r.level != .none || r.baselineDiff?.known != nil
    }

    func make(_ r: ExecutionRecord, safe: String, prev: ExecutionPage.Link?, next: ExecutionPage.Link?) throws -> ExecutionPage {
        let a = r.artifacts
        let folder = executionsPath + "/" + r.id
        /// An artifact's path in the bundle, when its name is safe.
        func source(_ name: String?) -> String? { name.flatMap { SiteFiles.isSafeRelativePath($0) ? folder + "/" + $0 : nil } }
        var problems: [String] = []
        /// Media failures (a corrupt PNG) are shown on the page; write failures stop the build.
        func attempt<T>(_ name: String?, _ make: (String) throws -> T?) throws -> T? {
            guard let name, let path = source(name) else { return nil }
            do { return try make(path) } catch let error as ImagingError {
                problems.append("\(name): \(error.message)")
                return nil
            }
        }
        let full = isFull(r)
        let thumbnail = try attempt(a.thumbnail ?? a.observed, media.thumbnail)
        var observed: ImageLayer?, baseline: ImageLayer?, reference: ImageLayer?
        var comparisons: [ExecutionPage.Comparison] = []
        var downloads: [ExecutionPage.Link] = []
        if full {
            observed = try attempt(a.observed, media.display)
            baseline = try attempt(a.baseline, media.display)
            reference = try attempt(a.reference, media.display)
            for (name, diff, expected) in [("baseline", r.baselineDiff, baseline), ("reference", r.referenceDiff, reference)] {
                guard let diff, expected != nil else { continue }
                comparisons.append(comparison(name, diff, marks: try attempt(diff.diffImage, media.marks),
                                              heatmap: try attempt(diff.heatmapImage, media.heatmap)))
            }
            if options.originals {
                let originals = [("observed", a.observed), ("baseline", a.baseline), ("reference", a.reference)]
                    + [("diff", r.baselineDiff?.diffImage), ("reference diff", r.referenceDiff?.diffImage)]
                for (label, name) in originals {
                    guard let path = source(name), let href = try store.add(path, ext: "png") else { continue }
                    downloads.append(.init(href: href, label: label))
                }
            }
        }
        let limit = options.textLimit
        let console: (lines: [ConsoleLine], more: Int) = source(a.console).map { ConsoleLog.read($0, limit: options.consoleLimit, textLimit: limit) } ?? ([], 0)
        let trace = r.trace
        let frames = full ? try (trace?.frames ?? []).prefix(Self.rowLimit).compactMap { frame -> ExecutionPage.FrameRow? in
            guard let path = source(frame.file), let src = try store.add(path, ext: "jpg") else { return nil }
            return .init(src: src, time: Formatting.duration(frame.timeMs))
        } : []
        // Without steps every navigation in the trace is Scene's own page load (bundles
        // analysed before it was expected), and coverage has nothing to measure.
        let hasSteps = !r.steps.isEmpty
        let missing = (trace?.missing ?? []).filter { hasSteps || $0.kind != "navigate" }
        var page = ExecutionPage(
            title: Escaping.truncate(r.title ?? "", 1000), id: r.id, safe: safe,
            page: r.key.page, task: r.key.task, viewport: r.key.viewport, browser: r.key.browser,
            url: Escaping.truncate(r.url, 4000), urlLink: Escaping.isLinkable(r.url) && r.url.count <= 4000 ? r.url : nil,
            referenceURL: r.referenceURL, referenceLink: r.referenceURL.flatMap { Escaping.isLinkable($0) ? $0 : nil },
            status: r.status.rawValue, level: r.level.rawValue, duration: Formatting.duration(r.durationMs),
            attempts: r.attempts, startedAt: Formatting.date(r.startedAt),
            phases: (r.timings?.phases ?? []).compactMap { p in p.ms.map { "\(p.name) \(Formatting.duration($0))" } }.joined(separator: " · "),
            captureText: r.capture.map(Self.captureText),
            error: r.error.map { Escaping.truncate($0, limit) }, timeoutReason: r.timeoutReason,
            earlierAttempts: r.earlierAttempts.map { Escaping.truncate($0.map(\.description).joined(separator: "; "), limit) },
            unstable: r.unstable.map { Escaping.truncate($0, 1000) },
            warnings: (r.warnings ?? []).prefix(50).map { Escaping.truncate($0, 1000) },
            runTitle: runTitle, runId: runId, awaitsReview: r.awaitsReview, prev: prev, next: next,
            full: full, thumbnail: thumbnail, observed: observed, baseline: baseline, reference: reference,
            comparisons: comparisons,
            changedIgnoredAreas: full ? [] : (r.baselineDiff?.ignoredAreas ?? []).filter { $0.changedPixels > 0 }.prefix(50).map(\.summary),
            downloads: downloads, mediaProblems: problems, hasHistory: hasHistory,
            steps: r.steps.prefix(Self.rowLimit).map { .init(index: $0.index, description: Escaping.truncate($0.description, limit), status: $0.status,
                                       duration: Formatting.duration($0.durationMs), error: $0.error.map { Escaping.truncate($0, limit) },
                                       resolvedLocator: $0.resolvedLocator, healed: $0.healed ?? false) },
            actions: (trace?.actions ?? []).prefix(Self.rowLimit).map { .init(index: $0.index, kind: $0.kind, locator: $0.locator.map { Escaping.truncate($0, 1000) },
                                                        element: $0.target.map { Escaping.truncate($0.summary, 300) },
                                                        value: $0.value.map { Escaping.truncate($0, 300) }, url: $0.url,
                                                        start: Formatting.duration($0.startMs), duration: Formatting.duration($0.durationMs),
                                                        status: $0.status, error: $0.error.map { Escaping.truncate($0, limit) },
                                                        addedFromTrace: $0.addedFromTrace ?? false, failed: $0.status != "passed") },
            missing: missing.prefix(Self.rowLimit).map(missingRow),
            notPerformed: (trace?.notPerformed ?? []).prefix(Self.rowLimit).map(missingRow),
            traceChanges: (trace?.comparison?.steps ?? []).prefix(Self.rowLimit).map { s in
                .init(change: s.change.rawValue,
                      title: Escaping.truncate("\(s.change.rawValue): step \((s.index ?? s.baselineIndex ?? 0) + 1) \(s.kind) \(s.locator ?? "") \(s.element ?? s.baselineElement ?? "")", 1000),
                      details: s.details.prefix(20).map { Escaping.truncate($0, 500) })
            },
            traceUnchanged: trace?.comparison?.unchangedSteps,
            coverage: hasSteps ? trace?.coverage.map { Formatting.percent($0 * 100) } : nil, playwrightVersion: trace?.playwrightVersion,
            frames: frames,
            console: console.lines.map { .init(level: $0.level, text: $0.text, location: $0.location) },
            consoleMore: console.more, consoleErrors: r.consoleErrors, pageErrors: r.pageErrors,
            repro: try repro(r, source: source, downloads: full),
            healing: r.healing.prefix(Self.rowLimit).map { .init(step: $0.step, failedLocator: $0.failedLocator, chosenLocator: $0.chosenLocator,
                                           score: Formatting.fixed($0.score, 2), runnerUp: $0.runnerUp,
                                           runnerUpScore: $0.runnerUpScore.map { Formatting.fixed($0, 2) }, reason: $0.reason,
                                           expected: $0.expected, found: $0.found, confirmed: $0.confirmed == true) },
            trace: full ? try source(a.trace).flatMap { try store.add($0, ext: "zip") } : nil)
        let hidden = [r.steps.count, trace?.actions.count ?? 0, full ? trace?.frames.count ?? 0 : 0, r.healing.count,
                      missing.count, trace?.notPerformed.count ?? 0].map { max(0, $0 - Self.rowLimit) }.reduce(0, +)
        page.truncatedText = hidden > 0 ? "\(hidden) more step, action, frame or healing row(s) not shown (at most \(Self.rowLimit) of each)." : nil
        return page
    }

    private func missingRow(_ m: MissingActionRecord) -> ExecutionPage.MissingRow {
        .init(kind: m.kind, locator: m.locator, value: m.value.map { Escaping.truncate($0, 300) }, position: m.position)
    }

    private func comparison(_ name: String, _ d: DiffRecord, marks: ImageLayer?, heatmap: ImageLayer?) -> ExecutionPage.Comparison {
        let (groups, small) = BandGrouping.group(d.bands)
        return .init(name: name, marks: marks, heatmap: heatmap,
                     width: d.width, height: d.height, expectedWidth: d.expectedWidth, expectedHeight: d.expectedHeight,
                     level: d.level.rawValue, diffPixels: Formatting.number(d.diffPixels),
                     diffPercentage: Formatting.percent(d.diffPercentage),
                     shiftAwareDiffPixels: Formatting.number(d.shiftAwareDiffPixels), sizeChanged: d.sizeChanged,
                     regions: d.regions.prefix(200).enumerated().map { i, g in
                         .init(number: i + 1, x: g.x, y: g.y, width: g.width, height: g.height, pixels: Formatting.number(g.pixels),
                               known: g.known?.summary) },
                     groups: groups.prefix(200).map { .init(kind: $0.kind.rawValue, y: $0.y, height: $0.height, expectedY: $0.expectedY,
                                                             expectedHeight: $0.expectedHeight, text: Self.describe($0, against: name)) },
                     smallBands: Array(small.prefix(200)),
                     noise: d.noise.map { .init(window: $0.window, densest: $0.densestWindow, pixels: $0.pixels) },
                     ignoredAreas: Array((d.ignoredAreas ?? []).prefix(200)),
                     findings: FindingList(d.explanation))
    }

    static func captureText(_ c: CaptureSummary) -> String {
        var parts = ["\(Formatting.number(c.capturedHeight)) px tall", c.tiles == 1 ? "1 tile" : "\(c.tiles) tiles stitched"]
        switch (c.matchedBaseline, c.stable) {
        case (true, _): parts.append("\(c.shots) shot, identical to the baseline's")
        case (_, true?): parts.append("\(c.shots) shots, the last two identical")
        case (_, false?): parts.append("\(c.shots) shots, still changing")
        case (_, nil): parts.append("\(c.shots) shot")
        }
        if c.cut {
            parts.append("cut at \(Formatting.number(c.capturedHeight)) px of \(Formatting.number(c.pageHeight)) px (\(c.cutBy ?? "maxHeight"))")
        }
        return parts.joined(separator: " · ")
    }

    /// One line on what changed: the blocks that shifted and the regions of changed pixels
    /// of the larger comparison; nil without a difference.
    static func changeSummary(_ r: ExecutionRecord) -> String? {
        let comparisons = [("baseline", r.baselineDiff), ("reference", r.referenceDiff)].compactMap { name, d in d.map { (name, $0) } }
        guard let (name, d) = comparisons.max(by: { $0.1.diffPixels < $1.1.diffPixels }), d.diffPixels > 0 || !d.bands.isEmpty else { return nil }
        let groups = BandGrouping.group(d.bands).groups
        var parts = groups.prefix(3).map { describe($0, against: name) }
        if groups.count > 3 { parts.append("\(groups.count - 3) more shifted block(s)") }
        if !d.regions.isEmpty { parts.append("\(d.regions.count) region(s) of changed pixels") }
        if d.sizeChanged { parts.append("size \(d.expectedWidth)×\(d.expectedHeight) → \(d.width)×\(d.height)") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// "inserted 113 rows at y=802 (the content below moves down 113 px)".
    static func describe(_ g: BandGroup, against name: String) -> String {
        let below = g.shift == 0 ? "" : " (the content below moves \(g.shift > 0 ? "down" : "up") \(abs(g.shift)) px)"
        switch g.kind {
        case .inserted: return "inserted \(g.height) rows at y=\(g.y)\(below)"
        case .removed: return "removed \(g.expectedHeight) rows of the \(name) at y=\(g.expectedY)\(below)"
        case .moved: return "moved \(g.height) rows from y=\(g.expectedY) to y=\(g.y)"
        case .changed: return "changed rows \(g.y)–\(g.y + g.height) (\(name) rows \(g.expectedY)–\(g.expectedY + g.expectedHeight))\(below)"
        }
    }

    /// Repro scripts are embedded (for the copy buttons: file:// forbids fetching them);
    /// executions with full detail also link them for download.
    private func repro(_ r: ExecutionRecord, source: (String?) -> String?, downloads: Bool) throws -> [ExecutionPage.ReproRow] {
        let a = r.artifacts
        var rows: [ExecutionPage.ReproRow] = []
        for (label, name, ext) in [("Python", a.reproPython, "py"), ("TypeScript", a.reproTypeScript, "ts"), ("Steps", a.reproSteps, "txt")] {
            guard let name, let path = source(name), let data = BundleIO.readRegularFile(path, upTo: 256 << 10) else { continue }
            rows.append(.init(name: label, file: (name as NSString).lastPathComponent,
                              href: downloads ? try store.add(path, ext: ext) : nil,
                              text: Escaping.truncate(String(decoding: data, as: UTF8.self), 64 << 10), anchor: "repro-\(rows.count)"))
        }
        return rows
    }
}
