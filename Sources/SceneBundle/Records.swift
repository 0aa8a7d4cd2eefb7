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
}

/// Size of a visual change, decided from the batch thresholds.
public enum DiffLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case none, minor, major
    public static func < (a: DiffLevel, b: DiffLevel) -> Bool {
        let order: [DiffLevel] = [.none, .minor, .major]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
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
    public init(x: Int, y: Int, width: Int, height: Int, pixels: Int) {
        self.x = x; self.y = y; self.width = width; self.height = height; self.pixels = pixels
    }
}

/// A vertical band found by the shift-aware alignment.
public struct Band: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable { case inserted, removed, moved }
    public var kind: Kind
    /// Row in the observed image (for `removed`: in the expected image).
    public var y: Int
    public var height: Int
    /// For `moved`: the row the band came from in the expected image.
    public var fromY: Int?
    public init(kind: Kind, y: Int, height: Int, fromY: Int? = nil) {
        self.kind = kind; self.y = y; self.height = height; self.fromY = fromY
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
    public init(index: Int, kind: String, locator: String? = nil, value: String? = nil, url: String? = nil,
                startMs: Double? = nil, durationMs: Double? = nil, status: String = "passed",
                error: String? = nil, addedFromTrace: Bool? = nil) {
        self.index = index; self.kind = kind; self.locator = locator; self.value = value; self.url = url
        self.startMs = startMs; self.durationMs = durationMs; self.status = status; self.error = error
        self.addedFromTrace = addedFromTrace
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
    public init(step: Int, failedLocator: String, chosenLocator: String?, score: Double,
                runnerUp: String? = nil, runnerUpScore: Double? = nil, reason: String) {
        self.step = step; self.failedLocator = failedLocator; self.chosenLocator = chosenLocator
        self.score = score; self.runnerUp = runnerUp; self.runnerUpScore = runnerUpScore; self.reason = reason
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
    public init(observed: String? = nil, baseline: String? = nil, reference: String? = nil, thumbnail: String? = nil,
                trace: String? = nil, console: String? = nil, reproPython: String? = nil,
                reproTypeScript: String? = nil, reproSteps: String? = nil) {
        self.observed = observed; self.baseline = baseline; self.reference = reference; self.thumbnail = thumbnail
        self.trace = trace; self.console = console; self.reproPython = reproPython
        self.reproTypeScript = reproTypeScript; self.reproSteps = reproSteps
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
    public init() {}

    /// The level of a whole run: `major` when more than `majorPercent` % of its executions are
    /// major, `minor` when any execution changed, else `none`.
    public func level(majorPercent: Double) -> DiffLevel {
        let major = byLevel[DiffLevel.major.rawValue] ?? 0, minor = byLevel[DiffLevel.minor.rawValue] ?? 0
        if total > 0 && Double(major) * 100 / Double(total) > majorPercent { return .major }
        return major + minor > 0 ? .minor : .none
    }
    public init(_ executions: [ExecutionRecord]) {
        total = executions.count
        for e in executions {
            byStatus[e.status.rawValue, default: 0] += 1
            byLevel[e.level.rawValue, default: 0] += 1
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
    public var sceneVersion: String
    public var playwrightVersion: String?
    public var browserVersions: [String: String]
    /// The ids the plan held, so merge and resume can tell what is missing.
    public var plannedExecutionIds: [String]
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
