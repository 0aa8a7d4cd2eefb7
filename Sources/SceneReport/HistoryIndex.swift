public import Foundation
import SceneBundle

/// `history.json`: the summaries of earlier runs and the status of every execution in each,
/// with links to where each run's report is published. A reference, never a copy: the
/// earlier reports stay where they are. Written next to every report that has a history,
/// so the next build can start from it (`--history <previous report>`).
public struct HistoryIndex: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public struct Run: Codable, Sendable, Equatable {
        /// As in that run's `summary.json`.
        public var run: ReportSummary.Run
        public var counts: ReportSummary.Counts
        public var totals: ReportSummary.Totals
        /// The run's report folder (ending in `/`): an absolute URL, a path relative to the
        /// folder holding this index, or nil when the run has no report.
        public var report: String?
        /// One character per entry of `ids`: the execution's status in this run (`codes.statuses`), `-` when absent.
        public var statuses: String
        /// Likewise its diff level (`codes.levels`).
        public var levels: String
        /// Execution pages of this run not at `pages[i]` of the index: index in `ids` (as text) → path in the report.
        public var pages: [String: String]?
        /// The fingerprints of the run's changes awaiting a decision → how many executions held each
        /// (nil: not known, a run recorded before they were kept or without a report).
        public var changes: [String: Int]? = nil
    }

    public struct Codes: Codable, Sendable, Equatable {
        public var statuses: [String: String]
        public var levels: [String: String]
    }

    public var schemaVersion: Int
    public var generatedAt: Date
    public var project: String
    public var batch: String
    /// What the characters of `statuses` and `levels` stand for.
    public var codes: Codes
    /// Execution ids, sorted.
    public var ids: [String]
    /// Each execution's page, relative to a report folder (`x/<safe-id>.html`).
    public var pages: [String]
    /// Newest first; the first is the run of the report holding the index.
    public var runs: [Run]

    static let statusCodes: [ExecutionStatus: Character] = [
        .passed: "p", .failed: "F", .flaky: "k", .error: "E", .timedOut: "T", .cancelled: "c", .newBaseline: "n",
        .queued: "q", .running: "r",
    ]
    static let levelCodes: [DiffLevel: Character] = [.none: "0", .minor: "1", .major: "2"]
    static let absent: Character = "-"
    static var codes: Codes {
        Codes(statuses: Dictionary(uniqueKeysWithValues: statusCodes.map { (String($0.value), $0.key.rawValue) }),
              levels: Dictionary(uniqueKeysWithValues: levelCodes.map { (String($0.value), $0.key.rawValue) }))
    }
}

/// One run as the history sees it while it is assembled: its summary and, per execution,
/// status, level and page.
struct HistoryRun {
    struct Entry { var status: Character; var level: Character; var page: String }
    var run: HistoryIndex.Run
    var project: String { run.run.project }
    var batch: String { run.run.batch }
    var executions: [String: Entry]
    /// Read from the run's own report (better than a line of another run's history.json).
    var direct: Bool

    /// The run of a report's `summary.json`; `report` is where that report is, seen from the new one.
    init(summary s: ReportSummary, report: String?) {
        let base = s.report
        run = HistoryIndex.Run(run: s.run, counts: s.counts, totals: s.totals, report: base ?? report, statuses: "", levels: "", pages: nil)
        direct = true
        executions = [:]
        var changes: [String: Int] = [:]
        for e in s.executions {
            var page = e.report
            if let base, page.hasPrefix(base) { page = String(page.dropFirst(base.count)) }
            executions[e.id] = Entry(status: ExecutionStatus(rawValue: e.status).flatMap { HistoryIndex.statusCodes[$0] } ?? HistoryIndex.absent,
                                     level: DiffLevel(rawValue: e.level).flatMap { HistoryIndex.levelCodes[$0] } ?? HistoryIndex.absent,
                                     page: page)
            for fingerprint in e.changes ?? [] { changes[fingerprint, default: 0] += 1 }
        }
        run.changes = changes
    }

    /// A run bundle without a report: its counts only.
    init(manifest m: RunManifest) {
        let empty = ReportSummary(manifest: m, records: [], report: nil) { _ in "" }
        var counts = empty.counts
        counts.total = m.counts.total
        counts.byStatus.merge(m.counts.byStatus) { _, new in new }
        counts.byLevel.merge(m.counts.byLevel) { _, new in new }
        counts.failing = ["failed", "error", "timedOut"].reduce(0) { $0 + (m.counts.byStatus[$1] ?? 0) }
        run = HistoryIndex.Run(run: empty.run, counts: counts, totals: empty.totals, report: nil, statuses: "", levels: "", pages: nil)
        direct = true; executions = [:]
    }

    /// The runs of an earlier index; relative report paths re-based by `rebase`.
    static func runs(of index: HistoryIndex, rebase: (String) -> String) -> [HistoryRun] {
        index.runs.map { r in
            var run = r
            run.report = r.report.map { Self.isAbsolute($0) ? $0 : rebase($0) }
            var executions: [String: Entry] = [:]
            let statuses = Array(r.statuses), levels = Array(r.levels)
            for (i, id) in index.ids.enumerated() where i < statuses.count && statuses[i] != HistoryIndex.absent {
                executions[id] = Entry(status: statuses[i], level: i < levels.count ? levels[i] : HistoryIndex.absent,
                                       page: r.pages?[String(i)] ?? (i < index.pages.count ? index.pages[i] : ""))
            }
            run.statuses = ""; run.levels = ""; run.pages = nil
            return HistoryRun(run: run, executions: executions, direct: false)
        }
    }

    private init(run: HistoryIndex.Run, executions: [String: Entry], direct: Bool) {
        self.run = run; self.executions = executions; self.direct = direct
    }

    static func isAbsolute(_ link: String) -> Bool { link.contains("://") }

    /// Runs are the same when their id and shard are (shards of one run may share its id).
    var key: String { run.run.runId + "#" + (run.run.shard.map { "\($0.index)/\($0.total)" } ?? "") }
}

extension HistoryIndex {
    /// The index of `current` (this report's run, its report at `currentReport`) and the
    /// earlier runs: those of the same project and batch, each once (a merged run's shards
    /// are left out), newest first, at most `limit`.
    static func assemble(current: HistoryRun, earlier: [HistoryRun], limit: Int, now: Date) -> (index: HistoryIndex, otherBatches: Int) {
        var chosen: [String: HistoryRun] = [current.key: current]
        var otherBatches = 0
        for run in earlier {
            guard run.project == current.project, run.batch == current.batch else { otherBatches += 1; continue }
            if let kept = chosen[run.key] {
                // This report's run wins; then a run's own report over another index's line about it.
                guard kept.key != current.key, run.direct && !kept.direct else { continue }
            }
            chosen[run.key] = run
        }
        let merged = Set(chosen.values.flatMap { $0.run.run.mergedFrom ?? [] })
        let runs = chosen.values
            .filter { $0.key == current.key || $0.run.run.shard == nil || !merged.contains($0.run.run.runId) }
            .sorted { ($0.run.run.startedAt, $0.key) > ($1.run.run.startedAt, $1.key) }
            .prefix(limit)
        let ids = Set(runs.flatMap { $0.executions.keys }).sorted()
        // Each execution's usual page: the newest run's.
        var pages: [String: String] = [:]
        for run in runs.reversed() { for (id, e) in run.executions { pages[id] = e.page } }
        let pageList = ids.map { pages[$0] ?? "" }
        let indexed = runs.map { r -> Run in
            var run = r.run
            var statuses = "", levels = ""
            var overrides: [String: String] = [:]
            for (i, id) in ids.enumerated() {
                let e = r.executions[id]
                statuses.append(e?.status ?? HistoryIndex.absent)
                levels.append(e?.level ?? HistoryIndex.absent)
                if let e, e.page != pageList[i] { overrides[String(i)] = e.page }
            }
            run.statuses = statuses; run.levels = levels; run.pages = overrides.isEmpty ? nil : overrides
            return run
        }
        return (HistoryIndex(schemaVersion: currentSchemaVersion, generatedAt: now, project: current.project, batch: current.batch,
                             codes: codes, ids: ids, pages: pageList, runs: indexed), otherBatches)
    }
}

/// Finds earlier runs in what `--history` names: report folders (their `summary.json`, and
/// their own `history.json` for the runs before), run folders (their `report/`, or their
/// `run.json` counts when no report was built), `history.json` files, and folders holding
/// any of these (read newest first, and only as far as the history reaches). Report paths
/// come out relative to `site`.
struct HistorySources {
    let site: URL
    /// Runs of this project and batch are what the history keeps; a folder scan stops once
    /// it has read twice `limit` of them (a merged run's shards may be among them).
    let project: String, batch: String, limit: Int
    var runs: [HistoryRun] = []
    /// What could not be read: the file and what is wrong with it.
    var problems: [(file: URL, message: String)] = []

    init(site: URL, project: String, batch: String, limit: Int) {
        self.site = site.standardizedFileURL; self.project = project; self.batch = batch; self.limit = limit
    }

    mutating func read(_ url: URL) {
        let url = url.standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            problems.append((url, "no such file or folder")); return
        }
        if !isFolder.boolValue { readIndex(url); return }
        if readFolder(url, withIndex: true) { return }
        let fm = FileManager.default
        let candidates = ((try? fm.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }
            .map { url.appendingPathComponent($0) }
            .filter { $0.path != site.path }
            .compactMap { child -> (URL, Date)? in
                for marker in ["summary.json", "report/summary.json", "run.json"] {
                    let path = child.appendingPathComponent(marker).path
                    if let date = (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date { return (child, date) }
                }
                return nil
            }
            .sorted { ($0.1, $0.0.path) > ($1.1, $1.0.path) }
        if candidates.isEmpty { problems.append((url, "holds no report, run folder or history.json")); return }
        for (child, _) in candidates {
            // The folder holds the runs themselves: their own history.json files would only repeat them.
            _ = readFolder(child, withIndex: false)
            if runs.filter({ $0.project == project && $0.batch == batch }).count >= 2 * limit { break }
        }
    }

    /// A report folder or a run folder; false when `url` is neither.
    private mutating func readFolder(_ url: URL, withIndex: Bool) -> Bool {
        let fm = FileManager.default
        if fm.fileExists(atPath: url.appendingPathComponent("summary.json").path) {
            guard url.path != site.path else { return true }  // this report's own previous build
            readReport(url, withIndex: withIndex)
            return true
        }
        let bundle = RunBundle(root: url)
        guard fm.fileExists(atPath: bundle.manifestURL.path) else { return false }
        let report = url.appendingPathComponent("report")
        if fm.fileExists(atPath: report.appendingPathComponent("summary.json").path) {
            if report.path != site.path { readReport(report, withIndex: withIndex) }
            return true
        }
        do { runs.append(HistoryRun(manifest: try bundle.readManifest())) } catch {
            problems.append((bundle.manifestURL, "cannot read run manifest: \(ReportBuilder.describe(error))"))
        }
        return true
    }

    private mutating func readReport(_ folder: URL, withIndex: Bool) {
        let summaryURL = folder.appendingPathComponent("summary.json")
        do {
            let summary = try BundleIO.readJSON(ReportSummary.self, from: summaryURL)
            runs.append(HistoryRun(summary: summary, report: relative(folder) + "/"))
        } catch {
            problems.append((summaryURL, ReportBuilder.describe(error)))
        }
        let index = folder.appendingPathComponent(ReportBuilder.historyJSON)
        if withIndex && FileManager.default.fileExists(atPath: index.path) { readIndex(index) }
    }

    private mutating func readIndex(_ url: URL) {
        do {
            let index = try BundleIO.readJSON(HistoryIndex.self, from: url)
            guard index.schemaVersion == HistoryIndex.currentSchemaVersion else {
                problems.append((url, "history schema \(index.schemaVersion) is not \(HistoryIndex.currentSchemaVersion)")); return
            }
            let folder = url.deletingLastPathComponent()
            runs += HistoryRun.runs(of: index) { link in
                let target = URL(fileURLWithPath: link, relativeTo: folder).standardizedFileURL
                return target.path == site.path ? "" : relative(target) + "/"
            }
        } catch {
            problems.append((url, ReportBuilder.describe(error)))
        }
    }

    /// `target` as a relative path from the site folder (`../night-1`).
    func relative(_ target: URL) -> String { Self.path(of: target, from: site) }

    static func path(of target: URL, from folder: URL) -> String {
        let from = folder.standardizedFileURL.pathComponents, to = target.standardizedFileURL.pathComponents
        var common = 0
        while common < min(from.count, to.count) && from[common] == to[common] { common += 1 }
        let path = Array(repeating: "..", count: from.count - common) + to[common...]
        return path.isEmpty ? "." : path.joined(separator: "/")
    }
}
