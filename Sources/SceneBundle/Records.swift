public import Foundation

/// The on-disk contract between runner, analysis, report and merge.
/// Every JSON key is camelCase; every top-level document carries `schemaVersion`.
public enum BundleSchema {
    public static let version = 1
}

/// The version of Scene, as `scene --version` prints it and run.json records it.
public enum SceneVersion {
    public static let current = "0.1.0"
}

/// Where an execution stands. `failed` means a visual difference above the batch's
/// failing level; `error` means the page could not be run (navigation, step, crash).
public enum ExecutionStatus: String, Codable, Sendable, CaseIterable {
    case queued, running, passed, failed, flaky, error, timedOut, cancelled, newBaseline
    /// Terminal states never change again in one run (resume skips them).
    public var isTerminal: Bool { self != .queued && self != .running }
    /// What makes a run red: a visual failure, or an execution that could not run to the end.
    public var isFailing: Bool { self == .failed || self == .error || self == .timedOut }
}

/// Size of a visual change, decided from the batch thresholds. `noise` is a change made only of
/// isolated pixels (rendering nondeterminism at glyph and image edges, see `NoiseSummary`): below
/// `minor`, so it does not fail a run unless `failOn` says so.
public enum DiffLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case none, noise, minor, major
    public static func < (a: DiffLevel, b: DiffLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The level of a comparison whose changed pixels (shift-aware, bands included) are `percent` %
    /// of the canvas: `major` above `majorPercent`, `minor` above `minorPercent`, else `none`.
    public init(changedPercent percent: Double, minorPercent: Double, majorPercent: Double) {
        self = percent > majorPercent ? .major : percent > minorPercent ? .minor : .none
    }
}

/// The matrix coordinates of one execution; its id is `page~task~viewport~browser`.
public struct ExecutionKey: Codable, Sendable, Hashable {
    public var page: String
    public var task: String
    public var viewport: String
    public var browser: String
    public init(page: String, task: String, viewport: String, browser: String) {
        self.page = page; self.task = task; self.viewport = viewport; self.browser = browser
    }
    public var id: String { [page, task, viewport, browser].joined(separator: "~") }
}

public struct Region: Codable, Sendable, Hashable {
    public var x: Int, y: Int, width: Int, height: Int, pixels: Int
    /// The change's fingerprint: the same for the same change wherever it sits; nil when the
    /// region was too large to fingerprint (docs/REVIEW.md).
    public var fingerprint: String?
    /// The fingerprint of the same change the other way round (observed back to expected), so a
    /// flaky area is known in both its states (`KnownChange.reverse`).
    public var reverseFingerprint: String?
    /// Set when the change is in the project's known changes: it does not count (docs/REVIEW.md).
    public var known: KnownMark?
    public init(x: Int, y: Int, width: Int, height: Int, pixels: Int, fingerprint: String? = nil) {
        self.x = x; self.y = y; self.width = width; self.height = height; self.pixels = pixels
        self.fingerprint = fingerprint
    }
}

/// A vertical band found by the shift-aware alignment.
public struct Band: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable { case inserted, removed, moved }

    /// The area of the inserted and removed bands among `bands`, rows `width` pixels wide: they
    /// count as changed pixels; moves are free.
    public static func changedPixels(of bands: [Band], width: Int) -> Int {
        bands.filter { $0.kind != .moved }.reduce(0) { $0 + $1.height * width }
    }

    public var kind: Kind
    /// Row in the observed image (for `removed`: in the expected image).
    public var y: Int
    public var height: Int
    /// For `moved`: the row the band came from in the expected image.
    public var fromY: Int?
    /// Inserted and removed bands: the fingerprint of their rows (docs/REVIEW.md).
    public var fingerprint: String?
    /// Inserted and removed bands: the fingerprint of the reverse change (the same rows removed, or inserted).
    public var reverseFingerprint: String?
    /// Set when the change is in the project's known changes: it does not count.
    public var known: KnownMark?
    public init(kind: Kind, y: Int, height: Int, fromY: Int? = nil, fingerprint: String? = nil) {
        self.kind = kind; self.y = y; self.height = height; self.fromY = fromY; self.fingerprint = fingerprint
    }
}

/// One comparison (baseline vs observed, or reference vs observed).
public struct DiffRecord: Codable, Sendable, Hashable {
    public var identical: Bool
    public var width: Int
    public var height: Int
    public var expectedWidth: Int
    public var expectedHeight: Int
    public var diffPixels: Int
    public var diffPercentage: Double
    public var shiftAwareDiffPixels: Int
    public var maxDelta: Double
    public var level: DiffLevel
    public var regions: [Region]
    public var bands: [Band]
    /// Artifact names relative to the execution folder.
    public var diffImage: String?
    public var heatmapImage: String?
    /// Set when the change was judged noise: where its pixels are.
    public var noise: NoiseSummary?
    /// The element and style changes behind the pixels, when both screenshots have a layout snapshot
    /// and the pixels differ.
    public var explanation: LayoutExplanation?
    /// Set when some changes are in the project's known changes: then `level` is the level of the
    /// other changes alone, and this says what was left out.
    public var known: KnownSummary?
    /// The page's ignored areas: compared, not counted in `diffPixels` or `level`; each with its
    /// changed pixels and whether they were more than its tolerance (which fails the execution).
    public var ignoredAreas: [IgnoredAreaResult]?
    public init(identical: Bool, width: Int, height: Int, expectedWidth: Int, expectedHeight: Int,
                diffPixels: Int, diffPercentage: Double, shiftAwareDiffPixels: Int, maxDelta: Double,
                level: DiffLevel, regions: [Region], bands: [Band], diffImage: String? = nil, heatmapImage: String? = nil) {
        self.identical = identical; self.width = width; self.height = height
        self.expectedWidth = expectedWidth; self.expectedHeight = expectedHeight
        self.diffPixels = diffPixels; self.diffPercentage = diffPercentage
        self.shiftAwareDiffPixels = shiftAwareDiffPixels; self.maxDelta = maxDelta
        self.level = level; self.regions = regions; self.bands = bands
        self.diffImage = diffImage; self.heatmapImage = heatmapImage
    }
    public var sizeChanged: Bool { width != expectedWidth || height != expectedHeight }
}

/// One ignored area of a comparison (`DiffRecord.ignoredAreas`), in screenshot pixels.
public struct IgnoredAreaResult: Codable, Sendable, Hashable {
    /// The selector or box of the configuration.
    public var area: String
    public var x: Int, y: Int, width: Int, height: Int
    /// Pixels pixelmatch counts as changed in the area (at the row offset where its content
    /// changed least, when rows above it moved).
    public var changedPixels: Int
    public var maxDiffPixels: Int?
    public var maxDiffRatio: Double?
    /// More changed pixels than the tolerance allows.
    public var exceeded: Bool
    public init(area: String, x: Int, y: Int, width: Int, height: Int, changedPixels: Int,
                maxDiffPixels: Int? = nil, maxDiffRatio: Double? = nil, exceeded: Bool) {
        self.area = area; self.x = x; self.y = y; self.width = width; self.height = height
        self.changedPixels = changedPixels; self.maxDiffPixels = maxDiffPixels; self.maxDiffRatio = maxDiffRatio; self.exceeded = exceeded
    }

    /// "'.ad-slot' at 0,120 300×250: 1,204 changed pixels, more than maxDiffPixels 200".
    public var summary: String {
        var limits: [String] = []
        if let maxDiffPixels { limits.append("maxDiffPixels \(maxDiffPixels)") }
        if let maxDiffRatio { limits.append("maxDiffRatio \(maxDiffRatio)") }
        let tolerance = limits.isEmpty ? "not counted" : (exceeded ? "more than " : "within ") + limits.joined(separator: " and ")
        return "'\(area)' at \(x),\(y) \(width)×\(height): \(changedPixels) changed pixel(s), \(tolerance)"
    }
}

/// The known changes a comparison left out (`DiffRecord.known`).
public struct KnownSummary: Codable, Sendable, Hashable {
    /// Regions and bands that matched a known change, and their changed pixels.
    public var changes: Int
    public var pixels: Int
    /// The comparison's level with the known changes counted.
    public var measuredLevel: DiffLevel
    public init(changes: Int, pixels: Int, measuredLevel: DiffLevel) {
        self.changes = changes; self.pixels = pixels; self.measuredLevel = measuredLevel
    }
}

/// Why a change counts as noise: its changed pixels (at most `NoiseSummary.maxListed` listed)
/// and the most changed pixels any `window` × `window` square holds.
public struct NoiseSummary: Codable, Sendable, Hashable {
    public static let maxListed = 200
    public struct Pixel: Codable, Sendable, Hashable {
        public var x: Int, y: Int
        public init(x: Int, y: Int) { self.x = x; self.y = y }
    }
    public var window: Int
    public var densestWindow: Int
    public var pixels: [Pixel]
    public init(window: Int, densestWindow: Int, pixels: [Pixel]) {
        self.window = window; self.densestWindow = densestWindow; self.pixels = pixels
    }
}

/// One user-level action as performed (from the trace) or expected (declared/recorded).
public struct ActionRecord: Codable, Sendable, Hashable {
    public var index: Int
    public var kind: String
    public var locator: String?
    public var value: String?
    public var url: String?
    public var startMs: Double?
    public var durationMs: Double?
    public var status: String
    public var error: String?
    /// True when a merge added this action back from the trace.
    public var addedFromTrace: Bool?
    /// The element it acted on, from the trace's DOM snapshot (absent when the trace has none).
    public var target: ElementIdentity?
    public init(index: Int, kind: String, locator: String? = nil, value: String? = nil, url: String? = nil,
                startMs: Double? = nil, durationMs: Double? = nil, status: String = "passed",
                error: String? = nil, addedFromTrace: Bool? = nil, target: ElementIdentity? = nil) {
        self.index = index; self.kind = kind; self.locator = locator; self.value = value; self.url = url
        self.startMs = startMs; self.durationMs = durationMs; self.status = status; self.error = error
        self.addedFromTrace = addedFromTrace; self.target = target
    }
}

/// An action present on one side of the expected/performed alignment only.
public struct MissingActionRecord: Codable, Sendable, Hashable {
    public var kind: String
    public var locator: String?
    public var value: String?
    public var position: Int
    public init(kind: String, locator: String?, value: String? = nil, position: Int) {
        self.kind = kind; self.locator = locator; self.value = value; self.position = position
    }
}

public struct TraceSummary: Codable, Sendable, Hashable {
    public var traceVersion: Int?
    public var playwrightVersion: String?
    public var actions: [ActionRecord]
    /// Performed but not declared/recorded.
    public var missing: [MissingActionRecord]
    /// Declared/recorded but not performed.
    public var notPerformed: [MissingActionRecord]
    public var coverage: Double?
    /// Screencast frames kept for the report, relative to the execution folder.
    public var frames: [Frame]
    /// What changed since the baseline's trace (absent without a baseline trace).
    public var comparison: TraceDiffRecord?
    public struct Frame: Codable, Sendable, Hashable {
        public var file: String
        public var timeMs: Double
        public init(file: String, timeMs: Double) { self.file = file; self.timeMs = timeMs }
    }
    public init(traceVersion: Int?, playwrightVersion: String?, actions: [ActionRecord],
                missing: [MissingActionRecord], notPerformed: [MissingActionRecord], coverage: Double?, frames: [Frame] = []) {
        self.traceVersion = traceVersion; self.playwrightVersion = playwrightVersion; self.actions = actions
        self.missing = missing; self.notPerformed = notPerformed; self.coverage = coverage; self.frames = frames
    }
}

/// One healing attempt: never silent, always recorded.
public struct HealingRecord: Codable, Sendable, Hashable {
    public var step: Int
    public var failedLocator: String
    public var chosenLocator: String?
    public var score: Double
    public var runnerUp: String?
    public var runnerUpScore: Double?
    public var reason: String
    /// When the locator still found an element unlike the baseline's: both, described for people.
    public var expected: String?
    public var found: String?
    /// True when the element found was doubted, and healing, comparing the whole page, found it
    /// still the most like the baseline's: the step ran on it with its declared locator
    /// (`chosenLocator`), and there is nothing to rewrite. Absent otherwise.
    public var confirmed: Bool?
    public init(step: Int, failedLocator: String, chosenLocator: String?, score: Double,
                runnerUp: String? = nil, runnerUpScore: Double? = nil, reason: String, expected: String? = nil, found: String? = nil,
                confirmed: Bool? = nil) {
        self.step = step; self.failedLocator = failedLocator; self.chosenLocator = chosenLocator
        self.score = score; self.runnerUp = runnerUp; self.runnerUpScore = runnerUpScore; self.reason = reason
        self.expected = expected; self.found = found; self.confirmed = confirmed
    }
}

/// The result of one declared step as the runner reported it.
public struct StepResult: Codable, Sendable, Hashable {
    public var index: Int
    public var description: String
    public var status: String
    public var durationMs: Double
    public var error: String?
    public var resolvedLocator: String?
    public var healed: Bool?
    public init(index: Int, description: String, status: String, durationMs: Double,
                error: String? = nil, resolvedLocator: String? = nil, healed: Bool? = nil) {
        self.index = index; self.description = description; self.status = status; self.durationMs = durationMs
        self.error = error; self.resolvedLocator = resolvedLocator; self.healed = healed
    }
}

/// Relative file names of an execution's artifacts (absent = not produced).
public struct Artifacts: Codable, Sendable, Hashable {
    public var observed: String?
    public var baseline: String?
    public var reference: String?
    public var thumbnail: String?
    public var trace: String?
    public var console: String?
    public var reproPython: String?
    public var reproTypeScript: String?
    public var reproSteps: String?
    /// Layout snapshots of the observed, baseline and reference screenshots (`scene diff --layout`).
    public var layout: String?
    public var baselineLayout: String?
    public var referenceLayout: String?
    public init(observed: String? = nil, baseline: String? = nil, reference: String? = nil, thumbnail: String? = nil,
                trace: String? = nil, console: String? = nil, reproPython: String? = nil,
                reproTypeScript: String? = nil, reproSteps: String? = nil, layout: String? = nil,
                baselineLayout: String? = nil, referenceLayout: String? = nil) {
        self.observed = observed; self.baseline = baseline; self.reference = reference; self.thumbnail = thumbnail
        self.trace = trace; self.console = console; self.reproPython = reproPython
        self.reproTypeScript = reproTypeScript; self.reproSteps = reproSteps
        self.layout = layout; self.baselineLayout = baselineLayout; self.referenceLayout = referenceLayout
    }
}

/// How one page was captured (as the runner reports it in `result.capture`).
public struct CaptureSummary: Codable, Sendable, Hashable {
    /// Captures taken: retaken until two in a row were identical or one matched the baseline's.
    public var shots: Int
    /// Two captures in a row agreed (nil: only one was allowed).
    public var stable: Bool?
    /// The first capture was identical to the baseline's (`digest`), so it was not retaken.
    public var matchedBaseline: Bool
    /// Tiles the page was shot in (stitched by scene when more than one).
    public var tiles: Int
    /// CSS px: the document's height, and how much of it was captured (`capture.maxHeight`).
    public var pageHeight: Int
    public var capturedHeight: Int
    /// The page was taller than the maximum height: a marker band ends the capture.
    public var cut: Bool
    /// The limit that cut it: `stabilization.maxHeight` or `maxImagePixels`.
    public var cutBy: String?
    /// SHA-256 of the capture's tiles as the browser encoded them (compared with the baseline's).
    public var digest: String
    /// The page's ignored areas (`Page.ignore`, in its order) where the screenshot was taken, in
    /// screenshot pixels `[x, y, width, height]`: a selector's boxes (none when nothing matched), or the box.
    public var ignoredAreas: [[[Int]]]?
    public init(shots: Int, stable: Bool?, matchedBaseline: Bool, tiles: Int, pageHeight: Int, capturedHeight: Int,
                cut: Bool, cutBy: String? = nil, digest: String) {
        self.shots = shots; self.stable = stable; self.matchedBaseline = matchedBaseline; self.tiles = tiles
        self.pageHeight = pageHeight; self.capturedHeight = capturedHeight; self.cut = cut; self.cutBy = cutBy; self.digest = digest
    }
}

/// Where an execution's time went, in ms. The runner measures navigation to trace save; scene
/// adds stitching and the analysis (redaction, trace, repro, thumbnail, comparisons).
public struct ExecutionTimings: Codable, Sendable, Hashable {
    public var navigationMs: Double?
    public var stepsMs: Double?
    /// Stabilisation without the auto-scroll: freeze, banners, fonts, readySelector, waitMs.
    public var settleMs: Double?
    public var scrollMs: Double?
    public var captureMs: Double?
    /// Layout snapshots (for the explanation of changes), taken right after the capture.
    public var layoutMs: Double?
    public var traceMs: Double?
    /// The rest of the runner's wrap-up: console log, context closed.
    public var finishMs: Double?
    /// The runner's whole execution.
    public var runnerMs: Double?
    public var stitchMs: Double?
    public var analysisMs: Double?
    public init(navigationMs: Double? = nil, stepsMs: Double? = nil, settleMs: Double? = nil, scrollMs: Double? = nil,
                captureMs: Double? = nil, layoutMs: Double? = nil, traceMs: Double? = nil, finishMs: Double? = nil,
                runnerMs: Double? = nil, stitchMs: Double? = nil, analysisMs: Double? = nil) {
        self.navigationMs = navigationMs; self.stepsMs = stepsMs; self.settleMs = settleMs; self.scrollMs = scrollMs
        self.captureMs = captureMs; self.layoutMs = layoutMs; self.traceMs = traceMs; self.finishMs = finishMs; self.runnerMs = runnerMs
        self.stitchMs = stitchMs; self.analysisMs = analysisMs
    }

    /// The phases in the order they happen, with their names, for reports.
    public var phases: [(name: String, ms: Double?)] {
        [("navigate", navigationMs), ("steps", stepsMs), ("settle", settleMs), ("scroll", scrollMs), ("capture", captureMs),
         ("layout", layoutMs), ("trace save", traceMs), ("finish", finishMs), ("stitch", stitchMs), ("analysis", analysisMs)]
    }

    /// Phase by phase sum (a phase absent on both sides stays absent).
    public static func + (a: ExecutionTimings, b: ExecutionTimings) -> ExecutionTimings {
        func add(_ x: Double?, _ y: Double?) -> Double? { x == nil && y == nil ? nil : (x ?? 0) + (y ?? 0) }
        return ExecutionTimings(navigationMs: add(a.navigationMs, b.navigationMs), stepsMs: add(a.stepsMs, b.stepsMs),
                                settleMs: add(a.settleMs, b.settleMs), scrollMs: add(a.scrollMs, b.scrollMs),
                                captureMs: add(a.captureMs, b.captureMs), layoutMs: add(a.layoutMs, b.layoutMs),
                                traceMs: add(a.traceMs, b.traceMs),
                                finishMs: add(a.finishMs, b.finishMs), runnerMs: add(a.runnerMs, b.runnerMs),
                                stitchMs: add(a.stitchMs, b.stitchMs), analysisMs: add(a.analysisMs, b.analysisMs))
    }
}

/// `executions/<id>/execution.json`.
public struct ExecutionRecord: Codable, Sendable, Hashable {
    public var schemaVersion: Int = BundleSchema.version
    public var id: String
    public var key: ExecutionKey
    public var url: String
    public var referenceURL: String?
    public var title: String?
    public var status: ExecutionStatus
    public var attempts: Int
    public var startedAt: Date?
    public var finishedAt: Date?
    public var durationMs: Double?
    public var error: String?
    public var timeoutReason: String?
    public var artifacts: Artifacts
    public var baselineDiff: DiffRecord?
    public var referenceDiff: DiffRecord?
    public var steps: [StepResult]
    public var trace: TraceSummary?
    public var healing: [HealingRecord]
    public var consoleErrors: Int
    public var pageErrors: Int
    /// What a reviewer should know although the execution passed (a healed step, an artifact
    /// that had to be dropped); absent when there is nothing.
    public var warnings: [String]?
    /// For an execution that did not pass: whether another attempt may end differently. Only
    /// `transient` failures are retried; absent for passed, cancelled and older records.
    public var failureKind: FailureKind?
    /// The attempts before the last, oldest first (a `flaky` execution's failures); absent when it ran once.
    public var earlierAttempts: [AttemptSummary]?
    /// True when a comparison run found no approved baseline: the execution failed without a
    /// comparison, and `scene approve` can promote its screenshot.
    public var missingBaseline: Bool?
    /// The runner's reason when the page was still changing as it was captured (its
    /// screenshots never settled), nil when it settled. Such a difference may be noise.
    public var unstable: String?
    /// Where the execution's time went, phase by phase.
    public var timings: ExecutionTimings?
    /// How the observed page was captured (absent when it was not).
    public var capture: CaptureSummary?

    public init(key: ExecutionKey, url: String, referenceURL: String? = nil, status: ExecutionStatus = .queued) {
        self.id = key.id; self.key = key; self.url = url; self.referenceURL = referenceURL; self.status = status
        self.attempts = 0; self.artifacts = Artifacts(); self.steps = []; self.healing = []
        self.consoleErrors = 0; self.pageErrors = 0
    }

    /// The worst visual level of this execution's comparisons.
    public var level: DiffLevel {
        max(baselineDiff?.level ?? .none, referenceDiff?.level ?? .none)
    }

    public mutating func warn(_ text: String) { warnings = (warnings ?? []) + [text] }

    /// Its screenshot may become the baseline (`scene approve`): it ran to a screenshot and did not
    /// end in an error, a timeout or a cancellation.
    public var isApprovable: Bool {
        [.passed, .failed, .flaky, .newBaseline].contains(status) && artifacts.observed != nil
    }

    /// It waits for a reviewer's decision (the report offers to approve it): approvable, and it
    /// failed or its comparison found a difference beyond noise.
    public var awaitsReview: Bool { isApprovable && (status == .failed || level >= .minor) }
}

/// Whether a failure may go away on another attempt.
public enum FailureKind: String, Codable, Sendable, Hashable {
    /// A visual difference, a timeout, an unreachable page, a crashed runner: worth a new attempt.
    case transient
    /// A missing baseline, an HTTP 404, an image over the pixel limit, a step that cannot work: the same every time.
    case permanent
}

/// One attempt of an execution that was retried.
public struct AttemptSummary: Codable, Sendable, Hashable {
    public var attempt: Int
    public var status: ExecutionStatus
    public var error: String?
    /// The visual level, for an attempt that was compared.
    public var level: DiffLevel?
    public var diffPercentage: Double?
    public init(attempt: Int, status: ExecutionStatus, error: String? = nil, level: DiffLevel? = nil, diffPercentage: Double? = nil) {
        self.attempt = attempt; self.status = status; self.error = error; self.level = level; self.diffPercentage = diffPercentage
    }
    /// The summary of a finished attempt's record.
    public init(_ record: ExecutionRecord) {
        self.init(attempt: record.attempts, status: record.status, error: record.error,
                  level: record.baselineDiff.map { _ in record.level }, diffPercentage: record.baselineDiff?.diffPercentage)
    }
    /// "attempt 1 failed: minor visual difference (0.42 %)", "attempt 1 timedOut: …".
    public var description: String {
        var text = "attempt \(attempt) \(status.rawValue)"
        if let error { text += ": " + (error.split(separator: "\n").first.map(String.init) ?? error) }
        else if let level, let diffPercentage { text += ": \(level.rawValue) visual difference (\(String(format: "%.3f", diffPercentage)) %)" }
        return text
    }
}

public struct ShardSpec: Codable, Sendable, Hashable {
    public var index: Int
    public var total: Int
    public init(index: Int, total: Int) { self.index = index; self.total = total }
}

public enum RunStatus: String, Codable, Sendable {
    case running, passed, failed, error, cancelled, timedOut
}

public struct RunCounts: Codable, Sendable, Hashable {
    public var total = 0
    public var byStatus: [String: Int] = [:]
    public var byLevel: [String: Int] = [:]
    /// Each phase's time summed over the executions, so a slow night shows where it went.
    public var timings: ExecutionTimings?
    public init() {}

    /// The level of a whole run: `major` when more than `majorPercent` % of its executions are
    /// major, `minor` when any execution changed beyond noise, `noise` when changes were all
    /// noise, else `none`.
    public func level(majorPercent: Double) -> DiffLevel {
        func count(_ level: DiffLevel) -> Int { byLevel[level.rawValue] ?? 0 }
        if total > 0 && Double(count(.major)) * 100 / Double(total) > majorPercent { return .major }
        if count(.major) + count(.minor) > 0 { return .minor }
        return count(.noise) > 0 ? .noise : .none
    }
    public init(_ executions: [ExecutionRecord]) {
        total = executions.count
        for e in executions {
            byStatus[e.status.rawValue, default: 0] += 1
            byLevel[e.level.rawValue, default: 0] += 1
            if let t = e.timings { timings = timings.map { $0 + t } ?? t }
        }
    }
}

/// `run.json`.
public struct RunManifest: Codable, Sendable, Hashable {
    public var schemaVersion: Int = BundleSchema.version
    public var runId: String
    public var project: String
    public var batch: String
    public var configDigest: String
    public var shard: ShardSpec?
    public var startedAt: Date
    public var finishedAt: Date?
    public var status: RunStatus
    public var counts: RunCounts
    /// The run's level (`RunCounts.level`, with the batch's `thresholds.runMajorPercent`).
    public var level: DiffLevel?
    public var timeoutReason: String?
    /// Why the run stopped before running all its executions, when the machine could not run a
    /// browser at all (no Playwright, no browser, a runner that cannot start), with the fix.
    public var stopReason: String?
    public var sceneVersion: String
    public var playwrightVersion: String?
    public var browserVersions: [String: String]
    /// The ids the plan held, so merge and resume can tell what is missing.
    public var plannedExecutionIds: [String]
    /// For a merged run: the run ids of the shard bundles it was made of (a history lists
    /// the merged run, not its shards again).
    public var mergedFrom: [String]?
    public init(runId: String, project: String, batch: String, configDigest: String, shard: ShardSpec?,
                startedAt: Date, sceneVersion: String, plannedExecutionIds: [String]) {
        self.runId = runId; self.project = project; self.batch = batch; self.configDigest = configDigest
        self.shard = shard; self.startedAt = startedAt; self.status = .running; self.counts = RunCounts()
        self.sceneVersion = sceneVersion; self.browserVersions = [:]; self.plannedExecutionIds = plannedExecutionIds
    }
}

/// One line of `journal.jsonl`.
public struct JournalEntry: Codable, Sendable, Hashable {
    public var time: Date
    public var executionId: String
    public var status: ExecutionStatus
    public var attempt: Int
    public var message: String?
    public init(time: Date, executionId: String, status: ExecutionStatus, attempt: Int, message: String? = nil) {
        self.time = time; self.executionId = executionId; self.status = status; self.attempt = attempt; self.message = message
    }
}
