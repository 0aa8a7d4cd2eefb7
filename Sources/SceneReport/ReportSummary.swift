public import Foundation
public import SceneBundle

/// `summary.json`: the machine-readable result of a run (schema in docs/REPORT.md).
/// Additive changes keep `schemaVersion`; renames or removals bump it.
public struct ReportSummary: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public struct Run: Codable, Sendable, Equatable {
        public var runId: String
        public var project: String
        public var batch: String
        public var status: String
        /// The run's diff level (`RunManifest.level`: `major` when more than the batch's
        /// `thresholds.runMajorPercent` % of its executions differ); absent when not set.
        public var level: String?
        public var startedAt: Date
        public var finishedAt: Date?
        public var durationMs: Double?
        public var shard: ShardSpec?
        /// For a merged run: the run ids of its shards.
        public var mergedFrom: [String]?
        public var timeoutReason: String?
        public var sceneVersion: String
        public var playwrightVersion: String?
        public var browserVersions: [String: String]
    }

    public struct Counts: Codable, Sendable, Equatable {
        public var total: Int
        public var planned: Int
        /// Planned but without an execution record (a killed or partial run).
        public var notRun: Int
        public var failing: Int
        public var byStatus: [String: Int]
        public var byLevel: [String: Int]
    }

    public struct Totals: Codable, Sendable, Equatable {
        /// Sum of the baseline/reference diff pixels over all executions.
        public var diffPixels: Int
        /// Largest diff percentage of any execution.
        public var maxDiffPercentage: Double
        /// Each phase's time (navigate, settle, scroll, capture, trace save, stitch, analysis…)
        /// summed over the executions; absent for runs recorded before timings were kept.
        public var timings: ExecutionTimings?
    }

    public struct Execution: Codable, Sendable, Equatable {
        public var id: String
        public var page: String
        public var task: String
        public var viewport: String
        public var browser: String
        public var status: String
        public var level: String
        public var failing: Bool
        public var diffPixels: Int
        public var diffPercentage: Double
        public var durationMs: Double?
        public var error: String?
        /// The runner's reason when the page was still changing as it was captured.
        public var unstable: String?
        /// What a reviewer should know although the execution passed (`ExecutionRecord.warnings`).
        public var warnings: [String]?
        /// The execution page, relative to the report folder (or absolute with `linkBase`).
        public var report: String
        /// What changed on the page, in words: the top finding of the baseline comparison (else the
        /// reference one), e.g. "`p.price` “$29”: color #1f2937 → #ea580c"; absent without one.
        public var change: String? = nil
        /// Changes of the baseline comparison left out because `known-changes.jsonl` knows them:
        /// "fingerprint (flaky: reason)"; absent when none.
        public var known: [String]? = nil
        /// Fingerprints of the changes of its baseline comparison awaiting a decision (docs/REVIEW.md);
        /// absent when none. The history keeps them per run, to see changes that come and go.
        public var changes: [String]? = nil
        /// Attempts it took (more than 1: retried).
        public var attempts: Int?
        /// What the attempts before the last ended in (`attempt 1 failed: …`): why a `flaky` one was retried.
        public var earlierAttempts: [String]?
    }

    public var schemaVersion: Int
    public var generatedAt: Date
    /// Where the report is published (`--link-base`, ending in `/`); absent when unknown.
    public var report: String?
    public var run: Run
    public var counts: Counts
    public var totals: Totals
    /// The same entries as `executions`, failing ones only, worst first.
    public var failures: [Execution]
    public var executions: [Execution]
}

extension ExecutionRecord {
    /// Failing executions make CI red: a visual difference above the failing level, or
    /// an execution that could not run to the end.
    var isFailing: Bool { status.isFailing }

    /// The larger of the baseline and reference comparisons.
    var worstDiff: (pixels: Int, percentage: Double) {
        let diffs = [baselineDiff, referenceDiff].compactMap { $0 }
        return (diffs.map(\.diffPixels).max() ?? 0, diffs.map { $0.diffPercentage.isFinite ? $0.diffPercentage : 0 }.max() ?? 0)
    }
}

extension ReportSummary {
    init(manifest m: RunManifest, records: [ExecutionRecord], report: String?, pageHref: (ExecutionRecord) -> String, now: Date = Date()) {
        var entries = records.map { r -> Execution in
            let d = r.worstDiff
            return Execution(id: r.id, page: r.key.page, task: r.key.task, viewport: r.key.viewport, browser: r.key.browser,
                             status: r.status.rawValue, level: r.level.rawValue, failing: r.isFailing,
                             diffPixels: d.pixels, diffPercentage: d.percentage, durationMs: r.durationMs,
                             error: r.error.map { Escaping.truncate($0, 500) }, unstable: r.unstable.map { Escaping.truncate($0, 500) },
                             warnings: r.warnings.map { $0.prefix(20).map { Escaping.truncate($0, 500) } },
                             report: pageHref(r), attempts: r.attempts,
                             earlierAttempts: r.earlierAttempts.map { $0.map { Escaping.truncate($0.description, 300) } })
        }
        for k in entries.indices {
            entries[k].change = records[k].topChange
            if let known = records[k].baselineDiff?.knownChanges, !known.isEmpty { entries[k].known = known }
            let changes = ChangeGroups.changes(of: records[k]).compactMap(\.fingerprint)
            if !changes.isEmpty { entries[k].changes = Array(Set(changes)).sorted() }
        }
        var byStatus = Dictionary(uniqueKeysWithValues: ExecutionStatus.allCases.map { ($0.rawValue, 0) })
        var byLevel = Dictionary(uniqueKeysWithValues: DiffLevel.allCases.map { ($0.rawValue, 0) })
        for r in records { byStatus[r.status.rawValue, default: 0] += 1; byLevel[r.level.rawValue, default: 0] += 1 }
        let present = Set(records.map(\.id))
        let duration = m.finishedAt.map { $0.timeIntervalSince(m.startedAt) * 1000 }
        schemaVersion = Self.currentSchemaVersion
        generatedAt = now
        self.report = report
        run = Run(runId: m.runId, project: m.project, batch: m.batch, status: m.status.rawValue, level: m.level?.rawValue, startedAt: m.startedAt,
                  finishedAt: m.finishedAt, durationMs: duration, shard: m.shard, mergedFrom: m.mergedFrom, timeoutReason: m.timeoutReason,
                  sceneVersion: m.sceneVersion, playwrightVersion: m.playwrightVersion, browserVersions: m.browserVersions)
        counts = Counts(total: records.count, planned: m.plannedExecutionIds.count,
                        notRun: m.plannedExecutionIds.filter { !present.contains($0) }.count,
                        failing: entries.filter(\.failing).count, byStatus: byStatus, byLevel: byLevel)
        totals = Totals(diffPixels: entries.reduce(0) { $0 + $1.diffPixels },
                        maxDiffPercentage: entries.map(\.diffPercentage).max() ?? 0, timings: RunCounts(records).timings)
        executions = entries
        func rank(_ e: Execution) -> Int { DiffLevel.allCases.firstIndex { $0.rawValue == e.level } ?? 0 }
        failures = entries.filter(\.failing).sorted {
            (rank($0), $0.diffPercentage) != (rank($1), $1.diffPercentage)
                ? (rank($0), $0.diffPercentage) > (rank($1), $1.diffPercentage) : $0.id < $1.id
        }
    }
}
