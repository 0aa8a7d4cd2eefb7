import Foundation
import SceneBundle

/// The server-rendered part of `index.html`: the run summary. The matrix and the list
/// are drawn by assets/report/dashboard.js from data/index.js.
struct DashboardPage {
    struct Count { var name: String; var count: Int }
    struct Link { var href: String; var label: String }
    /// One distinct change of the run (docs/REVIEW.md): the "Changes" view.
    struct ChangeCard {
        var fingerprint: String
        var impact: String
        var approvableAlone: Int
        var executionCount: Int
        var pixels: Int
        var command: String
        var representative: Link
        var representativeThumb: String?
        var members: [Link]
        var more: Int
        var hasMore: Bool
        /// Why the history suggests the change is flaky (`FlakyProposals`), and the command that says so.
        var flakyProposal: String?
        var flakyCommand: String?

        /// Cards listed at most, and executions listed per card: the page stays small at 10,000 executions.
        static let limit = 100, membersShown = 20

        init(_ group: ChangeGroup, runId: String, flakyProposal: String? = nil, link: (String) -> (href: String, thumb: String?)) {
            fingerprint = group.fingerprint; impact = group.impact; approvableAlone = group.approvableAlone; pixels = group.pixels
            executionCount = group.executions.count
            command = "scene approve runs/\(runId) --group \(group.fingerprint)"
            let first = link(group.executions[0])
            representative = Link(href: first.href, label: group.executions[0]); representativeThumb = first.thumb
            members = group.executions.prefix(Self.membersShown).map { Link(href: link($0).href, label: $0) }
            more = max(0, group.executions.count - Self.membersShown); hasMore = more > 0
            self.flakyProposal = flakyProposal
            flakyCommand = flakyProposal.map { _ in "scene approve runs/\(runId) --flaky --group \(group.fingerprint) --reason \"comes and goes\" --yes" }
        }
    }
    /// An execution with warnings, linked to its page.
    struct Warned { var id: String; var href: String; var text: String }
    var title: String
    var project: String
    var batch: String
    var runId: String
    var status: String
    /// The run's level (`RunManifest.level`); nil when the run has none.
    var runLevel: String?
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
    /// Executions whose records carry warnings (at most 50 listed) and how many there are.
    var warned: [Warned]
    var warnedCount: Int?
    // Mustache sees stored properties only and treats 0 as true: flags are stored Bools.
    var hasWarnings: Bool
    var hasFailing: Bool
    var hasNotRun: Bool
    var assets = "assets/report"
    var runData: [String: String]
    var changes: [ChangeCard]
    var hasChanges: Bool
    var changeCount: Int
    var changesCut: Bool
    /// Runs in the history index (nil: the report has no history).
    var historyRuns: Int?

    /// `link`: an execution id's page and thumbnail, relative to the dashboard.
    /// `flakyProposals`: fingerprint → why the history suggests it is flaky (`FlakyProposals`).
    init(manifest m: RunManifest, summary s: ReportSummary, warnings: [String], historyRuns: Int?, changes groups: [ChangeGroup] = [],
         flakyProposals: [String: String] = [:], link: (String) -> (href: String, thumb: String?) = { ($0, nil) }) {
        changes = groups.prefix(ChangeCard.limit).map { ChangeCard($0, runId: m.runId, flakyProposal: flakyProposals[$0.fingerprint], link: link) }
        hasChanges = !groups.isEmpty; changeCount = groups.count; changesCut = groups.count > ChangeCard.limit
        self.historyRuns = historyRuns
        title = "\(m.project) / \(m.batch)"
        project = m.project; batch = m.batch; runId = m.runId; status = m.status.rawValue
        runLevel = m.level?.rawValue
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
        let withWarnings = s.executions.filter { !($0.warnings ?? []).isEmpty }
        warned = withWarnings.prefix(50).map { Warned(id: $0.id, href: $0.report, text: Escaping.truncate(($0.warnings ?? []).joined(separator: "; "), 500)) }
        warnedCount = withWarnings.isEmpty ? nil : withWarnings.count
        hasWarnings = !warnings.isEmpty; hasFailing = failing > 0; hasNotRun = notRun > 0
        runData = ["runId": m.runId, "project": m.project, "batch": m.batch, "configDigest": m.configDigest]
        self.historyRuns = historyRuns
    }
}
