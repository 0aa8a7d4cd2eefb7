public import Foundation
public import SceneBundle
import SceneConfig

/// `scene approve`: promotes a run's observed screenshots to baselines, with an audit line each.
/// First `select` says exactly what would be promoted and where; `promote` does it.
public enum Approval {
    /// Where the baselines go. A run bundle downloaded from CI names the CI machine's folder, so the
    /// folder is chosen in this order: `--baselines`, `--config`, the run's own folder when it exists
    /// here, `./scene.yml`.
    public struct Target: Sendable {
        public var baselines: URL?
        public var config: URL?
        public var currentDirectory: URL
        public init(baselines: URL? = nil, config: URL? = nil,
                    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
            self.baselines = baselines; self.config = config; self.currentDirectory = currentDirectory
        }
    }

    /// What `promote` will do.
    public struct Selection: Sendable {
        public var bundle: RunBundle
        public var runId: String
        public var store: BaselineStore
        /// How the baselines folder was chosen ("--config scene.yml", "the run's plan.json", …).
        public var storeSource: String
        /// The filters as read back (`ExecutionFilter.description`); empty = every execution.
        public var filter: String
        /// The executions whose screenshots become baselines.
        public var promote: [ExecutionRecord]
        /// Executions the filters chose that have no screenshot to approve, with the reason.
        public var skipped: [(id: String, reason: String)]
        /// Unreadable records and other things the user should know before saying yes.
        public var warnings: [String]
        /// Changes to record as flaky in the baselines folder's `known-changes.jsonl` (`by` and `at` are set when recorded).
        public var flaky: [KnownChange] = []
    }

    public struct Result: Sendable {
        public var approved: [String]
        public var skipped: [(id: String, reason: String)]
        /// Approved, but without the elements the run captured (their file was unreadable), and the selection's warnings.
        public var warnings: [String] = []
        /// Fingerprints recorded as flaky in `known-changes.jsonl`.
        public var flaky: [String] = []
    }

    /// A reviewer's decisions for one run (`scene approve --from`, docs/REVIEW.md): changes approved
    /// by fingerprint, executions approved one by one, changes marked flaky.
    public struct Decisions: Codable, Sendable, Equatable {
        public var runId: String
        public var configDigest: String?
        public var groups: [String]?
        public var executions: [String]?
        /// Changes the reviewer marked flaky: recorded in `known-changes.jsonl`, never promoted.
        public var flaky: [String]?
        public init(runId: String, configDigest: String? = nil, groups: [String]? = nil, executions: [String]? = nil, flaky: [String]? = nil) {
            self.runId = runId; self.configDigest = configDigest; self.groups = groups; self.executions = executions; self.flaky = flaky
        }

        /// Reads a decisions file, refusing one made for another run or another configuration.
        public static func read(from url: URL, for manifest: RunManifest) throws -> Decisions {
            let decisions: Decisions
            do { decisions = try BundleIO.readJSON(Decisions.self, from: url) } catch { throw LocatedError(error, at: url.path) }
            guard decisions.runId == manifest.runId else {
                throw SceneFailure("these decisions were made for run \(decisions.runId), not \(manifest.runId)", at: url.path,
                                   hint: "download them again from this run's report", exit: .usage)
            }
            if let digest = decisions.configDigest, digest != manifest.configDigest {
                throw SceneFailure("these decisions were made for configuration \(digest), the run used \(manifest.configDigest)",
                                   at: url.path, exit: .usage)
            }
            return decisions
        }
    }

    /// Reads the run and chooses what to promote: every execution matching `filters`
    /// (`ExecutionFilter`) that ran to a screenshot. With `groups` (change fingerprints, or unique
    /// prefixes of 6+ characters), `executions` (ids) or a decisions file, only those: an execution
    /// holding an approved change is promoted when every change of it is approved, marked flaky now or known already,
    /// else skipped with the changes it holds besides. `flaky` changes (and the decisions file's) are
    /// recorded in `known-changes.jsonl` with `reason`; an execution holding only flaky changes is
    /// not promoted (its screenshot shows the flaky area in one of its states). Throws when the
    /// folder is no run, the filters match nothing, or nothing chosen ran to a screenshot and
    /// nothing is marked flaky.
    public static func select(run directory: URL, filters: [String], groups: [String] = [], executions: [String] = [],
                              flaky: [String] = [], reason: String? = nil,
                              decisions file: URL? = nil, target: Target = Target()) throws -> Selection {
        let bundle = try runBundle(at: directory)
        let manifest = try bundle.readRunManifest()
        let plan = try? StoredPlan.read(from: bundle)
        let (store, source) = try baselines(for: plan, manifest: manifest, target: target)
        let (records, problems) = bundle.readExecutions(workers: 4)
        guard !records.isEmpty else {
            throw SceneFailure("the run holds no execution record", at: bundle.root.path, exit: .badInput)
        }
        var warnings = problems
        let filter: ExecutionFilter?
        do { filter = filters.isEmpty ? nil : try ExecutionFilter(filters, among: records.map(\.key)) }
        catch { throw LocatedError(error, at: bundle.root.path) }
        if source.hasPrefix("--config"), let path = target.config, let data = try? Data(contentsOf: path),
           ConfigDigest.of(data) != manifest.configDigest {
            warnings.append("the run was made with another version of \(path.lastPathComponent) (config digest \(manifest.configDigest))")
        }
        let decisions = try file.map { try Decisions.read(from: $0, for: manifest) }
        let approvedChanges = try resolve(groups + (decisions?.groups ?? []), in: records, run: directory.path)
        let flakyChanges = try resolve(flaky + (decisions?.flaky ?? []), in: records, run: directory.path)
        let knownFile = store.folder.knownChangesURL
        let known = try KnownChanges.read(knownFile)
        let newlyFlaky = flakyChanges.filter { known.match($0) == nil }.sorted().map { fingerprint in
            KnownChange(fingerprint: fingerprint, reverse: ChangeGroups.reverse(of: fingerprint, in: records), kind: .flaky,
                        reason: reason ?? "marked flaky in run \(manifest.runId)", by: "", at: Date(), runId: manifest.runId)
        }
        for fingerprint in flakyChanges.sorted() {
            if let entry = known.match(fingerprint) { warnings.append("\(fingerprint) is already in \(knownFile.lastPathComponent) (\(entry.summary))") }
        }
        let approvedIds = Set(executions + (decisions?.executions ?? []))
        let unknownIds = approvedIds.subtracting(records.map(\.id))
        guard unknownIds.isEmpty else {
            throw SceneFailure("no execution \(unknownIds.sorted().joined(separator: ", ")) in this run", at: directory.path, exit: .usage)
        }
        let byDecision = decisions != nil || !approvedChanges.isEmpty || !approvedIds.isEmpty || !flakyChanges.isEmpty
        var promote: [ExecutionRecord] = []
        var skipped: [(id: String, reason: String)] = []
        for record in records where filter?.matches(record.key) ?? true {
            if byDecision && !approvedIds.contains(record.id) {
                guard let others = ChangeGroups.unapprovedChanges(of: record, approved: approvedChanges)?
                    .filter({ !flakyChanges.contains($0) && known.match($0) == nil }) else { continue }
                guard others.isEmpty else {
                    skipped.append((record.id, "it also holds changes not approved: \(others.joined(separator: ", "))"))
                    continue
                }
            }
            if record.isApprovable {
                promote.append(record)
            } else {
                skipped.append((record.id, "\(record.status.rawValue), no screenshot worth approving" + (record.error.map { ": \($0.prefix(160))" } ?? "")))
            }
        }
        if promote.isEmpty && !flakyChanges.isEmpty {
            return Selection(bundle: bundle, runId: manifest.runId, store: store, storeSource: source, filter: filter?.description ?? "",
                             promote: [], skipped: skipped, warnings: warnings, flaky: newlyFlaky)
        }
        if promote.isEmpty && byDecision {
            throw SceneFailure("nothing to approve: no execution holds only approved changes", at: bundle.root.path,
                               hint: "approve its other changes too, or use --filter", exit: .usage)
        }
        if promote.isEmpty {
            let what = filter.map { "\(skipped.count) execution(s) match \($0.description)" } ?? "none of the run's \(records.count) executions"
            throw SceneFailure("nothing to approve: \(what), and none ran to a screenshot", at: bundle.root.path,
                               hint: skipped.prefix(3).map { "\($0.id): \($0.reason)" }.joined(separator: "; "), exit: .usage)
        }
        return Selection(bundle: bundle, runId: manifest.runId, store: store, storeSource: source, filter: filter?.description ?? "",
                         promote: promote, skipped: skipped, warnings: warnings, flaky: newlyFlaky)
    }

    /// Records the selection's flaky changes, then promotes its screenshots (and the elements their steps acted on).
    public static func promote(_ selection: Selection, user: String = BaselineStore.currentUser(), now: Date = Date()) throws -> Result {
        var result = Result(approved: [], skipped: selection.skipped, warnings: selection.warnings)
        try KnownChanges.append(selection.flaky.map { var entry = $0; entry.by = user; entry.at = now; return entry },
                                to: selection.store.folder.knownChangesURL)
        result.flaky = selection.flaky.map(\.fingerprint)
        for record in selection.promote {
            let directory = selection.bundle.executionDirectory(record.id)
            // Read like a baseline's: a damaged file in the run costs the elements, never the approval.
            let elements = BaselineElements.load(directory.appendingPathComponent(ExecutionFiles.elements), executionId: record.id)
            if let warning = elements.warning { result.warnings.append(warning) }
            try selection.store.promote(observed: directory.appendingPathComponent(record.artifacts.observed!), elements: elements.elements,
                                        trace: record.artifacts.trace.map { directory.appendingPathComponent($0) },
                                        layout: record.artifacts.layout.map { directory.appendingPathComponent($0) },
                                        captureDigest: record.capture?.digest,
                                        key: record.key, runId: selection.runId, action: .approve, user: user)
            result.approved.append(record.id)
        }
        return result
    }

    /// Full fingerprints for `requested` ones, which may be unique prefixes of 6+ characters.
    static func resolve(_ requested: [String], in records: [ExecutionRecord], run: String) throws -> Set<String> {
        guard !requested.isEmpty else { return [] }
        let known = Set(records.flatMap { ChangeGroups.changes(of: $0).compactMap(\.fingerprint) })
        return Set(try requested.map { wanted in
            let text = wanted.lowercased()
            let matches = text.count >= 6 ? known.filter { $0.hasPrefix(text) } : known.filter { $0 == text }
            guard matches.count == 1, let match = matches.first else {
                throw SceneFailure(matches.isEmpty ? "no change \(wanted) in this run" : "change \(wanted) is ambiguous: \(matches.sorted().joined(separator: ", "))",
                                   at: run, hint: "`scene changes \(run)` lists the run's changes", exit: .usage)
            }
            return match
        })
    }

    /// `select` then `promote`, without asking.
    public static func approve(run directory: URL, filters: [String], groups: [String] = [], executions: [String] = [],
                               flaky: [String] = [], reason: String? = nil, decisions: URL? = nil, target: Target = Target(),
                               user: String = BaselineStore.currentUser()) throws -> Result {
        try promote(select(run: directory, filters: filters, groups: groups, executions: executions, flaky: flaky, reason: reason,
                           decisions: decisions, target: target), user: user)
    }

    /// The run bundle at `directory`; a report folder inside a bundle leads to its bundle, a report
    /// published alone is refused with what to download instead.
    static func runBundle(at directory: URL) throws -> RunBundle {
        let bundle = RunBundle(root: directory.standardizedFileURL)
        let fm = FileManager.default
        if fm.fileExists(atPath: bundle.manifestURL.path) { return bundle }
        let summary = bundle.root.appendingPathComponent("summary.json")
        guard fm.fileExists(atPath: summary.path) else { _ = try bundle.readRunManifest(); return bundle }
        let parent = RunBundle(root: bundle.root.deletingLastPathComponent())
        if fm.fileExists(atPath: parent.manifestURL.path) { return parent }
        let runId = (try? JSONSerialization.jsonObject(with: Data(contentsOf: summary)) as? [String: Any])
            .flatMap { $0["run"] as? [String: Any] }.flatMap { $0["runId"] as? String }
        throw SceneFailure("this is a published report: it shows the screenshots but holds no execution records to approve",
                           at: bundle.root.path,
                           hint: "download the run bundle instead: the folder runs/\(runId ?? "<run-id>") holding run.json, plan.json and "
                               + "executions/ (for sharded CI runs, the bundle `scene merge` wrote), then `scene approve <that folder>`",
                           exit: .usage)
    }

    /// The baselines folder to promote into, and how it was chosen.
    static func baselines(for plan: StoredPlan?, manifest: RunManifest, target: Target) throws -> (BaselineStore, String) {
        if let folder = target.baselines { return (BaselineStore(root: folder.standardizedFileURL), "--baselines") }
        func fromConfig(_ path: URL, _ source: String) throws -> (BaselineStore, String) {
            let config = try ConfigLoader.load(path: path.path)
            let folder = path.deletingLastPathComponent().appendingPathComponent(config.project.baselinesDirectory).standardizedFileURL
            return (BaselineStore(root: folder), source)
        }
        if let config = target.config { return try fromConfig(config, "--config \(config.path)") }
        if let plan, FileManager.default.fileExists(atPath: plan.baselinesDirectory) {
            return (BaselineStore(root: URL(fileURLWithPath: plan.baselinesDirectory)), "the run's plan.json")
        }
        let local = target.currentDirectory.appendingPathComponent("scene.yml")
        if FileManager.default.fileExists(atPath: local.path) { return try fromConfig(local, "./scene.yml") }
        throw SceneFailure("no baselines folder to approve into: the run's (\(plan?.baselinesDirectory ?? "not recorded")) is not on this machine",
                           hint: "pass --config <your scene.yml> or --baselines <folder>", exit: .usage)
    }
}
