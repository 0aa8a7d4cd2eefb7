import Foundation
import SceneBundle

/// The server-rendered part of `index.html`: the run summary. The matrix and the list
/// are drawn by assets/report/dashboard.js from data/index.js.
struct DashboardPage {
    struct Count { var name: String; var count: Int }
    var title: String
    var project: String
    var batch: String
    var runId: String
    var status: String
    var startedAt: String
    var duration: String
    var shard: String?
    var timeoutReason: String?
    var sceneVersion: String
    var playwrightVersion: String?
    var total: Int
    var failing: Int
    var notRun: Int
    var byStatus: [Count]
    var byLevel: [Count]
    var warnings: [String]
    // Mustache sees stored properties only and treats 0 as true: flags are stored Bools.
    var hasWarnings: Bool
    var hasFailing: Bool
    var hasNotRun: Bool
    var assets = "assets/report"
    var runData: [String: String]

    init(manifest m: RunManifest, summary s: ReportSummary, warnings: [String]) {
        title = "\(m.project) / \(m.batch)"
        project = m.project; batch = m.batch; runId = m.runId; status = m.status.rawValue
        startedAt = Formatting.date(m.startedAt)
        duration = Formatting.duration(s.run.durationMs)
        shard = m.shard.map { "\($0.index)/\($0.total)" }
        timeoutReason = m.timeoutReason
        sceneVersion = m.sceneVersion
        playwrightVersion = m.playwrightVersion
        total = s.counts.total; failing = s.counts.failing; notRun = s.counts.notRun
        byStatus = ExecutionStatus.allCases.map { Count(name: $0.rawValue, count: s.counts.byStatus[$0.rawValue] ?? 0) }.filter { $0.count > 0 }
        byLevel = DiffLevel.allCases.reversed().map { Count(name: $0.rawValue, count: s.counts.byLevel[$0.rawValue] ?? 0) }
        self.warnings = warnings.prefix(50).map { Escaping.truncate($0, 500) }
        hasWarnings = !warnings.isEmpty; hasFailing = failing > 0; hasNotRun = notRun > 0
        runData = ["runId": m.runId, "project": m.project, "batch": m.batch]
    }
}
