public import Foundation
public import SceneBundle

/// What `scene merge` does when two bundles claim the same shard or the same execution.
public enum DuplicatePolicy: String, Sendable, CaseIterable {
    /// Stop with an error naming both bundles (the default: duplicates usually mean a CI mix-up).
    case error
    /// Keep the copy from the bundle that finished last (a re-run shard replaces its first try).
    case latest
}

public struct MergeOptions: Sendable {
    public var duplicates: DuplicatePolicy
    /// Merge even with missing shards, missing executions or unfinished shards (each is reported).
    public var allowIncomplete: Bool
    /// Run id of the merged bundle; default: the output folder's name.
    public var runId: String?
    public init(duplicates: DuplicatePolicy = .error, allowIncomplete: Bool = false, runId: String? = nil) {
        self.duplicates = duplicates; self.allowIncomplete = allowIncomplete; self.runId = runId
    }
}

/// The merged bundle and everything the merge noticed on the way.
public struct MergeResult: Sendable {
    public var bundle: RunBundle
    public var manifest: RunManifest
    /// Shard indexes (1-based) absent from the inputs.
    public var missingShards: [Int]
    /// Planned by a present shard but without an `execution.json`.
    public var missingExecutions: [String]
    /// Non-fatal findings (duplicates resolved by policy, torn journal lines, ...).
    public var warnings: [String]
}

public enum MergeError: SceneError, Sendable {
    case notABundle(String, String)
    case notAShard(String)
    case mismatch(field: String, String, String, String, String)
    case duplicateShard(Int, String, String)
    case duplicateExecution(String, String, String)
    case missingShards([Int], total: Int)
    case incomplete(String, [String])
    case unreadableRecords([String])
    case outputExists(String)
    case io(String, String)
    case noInput

    public var location: String? {
        switch self {
        case let .notABundle(path, _), let .notAShard(path), let .incomplete(path, _), let .outputExists(path), let .io(path, _): return path
        case let .mismatch(_, _, _, b, _), let .duplicateShard(_, _, b), let .duplicateExecution(_, _, b): return b
        case .missingShards, .unreadableRecords, .noInput: return nil
        }
    }

    public var message: String {
        switch self {
        case let .notABundle(_, reason): return "not a run bundle (\(reason))"
        case .notAShard: return "this run bundle is not a shard (run.json has no shard)"
        case let .mismatch(field, a, aValue, _, bValue): return "\(field) '\(bValue)' differs from '\(aValue)' in \(a)"
        case let .duplicateShard(index, a, _): return "shard \(index) is also given by \(a)"
        case let .duplicateExecution(id, a, _): return "execution \(id) is also in \(a)"
        case let .missingShards(indexes, total): return "missing shard(s) \(indexes.map(String.init).joined(separator: ", ")) of \(total)"
        case let .incomplete(_, ids):
            return "planned executions without a record: " + ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", … (\(ids.count) in all)" : "")
        case let .unreadableRecords(problems): return "unreadable execution records:\n" + problems.joined(separator: "\n")
        case .outputExists: return "the output folder exists and is not empty"
        case let .io(_, reason): return reason
        case .noInput: return "no shard bundles given"
        }
    }

    public var hint: String? {
        switch self {
        case .notABundle: return "pass folders runs/<run-id> that hold run.json"
        case .notAShard: return "merge the bundles of `scene run --shard i/n`"
        case .mismatch: return "merge only shards of one run of one config"
        case .duplicateShard: return "pass each shard once, or --duplicates latest to keep the one that finished last"
        case .duplicateExecution: return "--duplicates latest keeps the copy that finished last"
        case .missingShards: return "pass every shard bundle, or --allow-incomplete to merge what is there"
        case .incomplete: return "finish the shard with `scene run --resume`, or merge with --allow-incomplete"
        case .outputExists: return "choose a new --out folder"
        case .unreadableRecords, .io, .noInput: return nil
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .outputExists, .noInput: return .usage
        case .io: return .internalError
        default: return .badInput
        }
    }
}

/// Merges shard bundles into one run bundle, as if the plan had run unsharded.
///
/// The shards are only read: artifacts are hard-linked into the new bundle when the file
/// system allows (no extra space, no risk to the originals) and copied otherwise. The new
/// bundle is assembled in a temporary sibling folder and renamed into place at the end, so
/// an error leaves neither a half bundle nor a touched shard.
public enum BundleMerger {
    public static func merge(_ inputs: [URL], into output: URL, options: MergeOptions = MergeOptions()) throws -> MergeResult {
        guard !inputs.isEmpty else { throw MergeError.noInput }
        var warnings: [String] = []
        let shards = try selectShards(try inputs.map(ShardInput.load), policy: options.duplicates, warnings: &warnings)
        let total = shards[0].shard.total
        let missingShards = (1 ... total).filter { i in !shards.contains { $0.shard.index == i } }
        if !missingShards.isEmpty {
            guard options.allowIncomplete else { throw MergeError.missingShards(missingShards, total: total) }
            warnings.append("missing shard(s) \(missingShards.map(String.init).joined(separator: ", ")) of \(total)")
        }

        // Records, one owner per execution id.
        var owner: [String: Int] = [:]  // execution id -> index in `shards`
        var records: [String: ExecutionRecord] = [:]
        var missingExecutions: [String] = []
        var problems: [String] = []
        for (n, shard) in shards.enumerated() {
            if shard.manifest.status == .running {
                let note = "\(shard.path): shard \(shard.shard.index) has status 'running' (still running, or killed)"
                guard options.allowIncomplete else { throw MergeError.incomplete(shard.path, ["(the whole shard: status running)"]) }
                warnings.append(note)
            }
            let (found, unreadable) = shard.bundle.readExecutions()
            problems += unreadable
            let byId = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let absent = shard.manifest.plannedExecutionIds.filter { byId[$0] == nil }
            if !absent.isEmpty {
                guard options.allowIncomplete else { throw MergeError.incomplete(shard.path, absent) }
                missingExecutions += absent
            }
            for record in found {
                if let other = owner[record.id] {
                    guard options.duplicates == .latest else {
                        throw MergeError.duplicateExecution(record.id, shards[other].path, shard.path)
                    }
                    let keepNew = (shard.manifest.finishedAt ?? .distantPast) > (shards[other].manifest.finishedAt ?? .distantPast)
                    warnings.append("execution \(record.id) is in \(shards[other].path) and \(shard.path); kept the one from \(keepNew ? shard.path : shards[other].path)")
                    if !keepNew { continue }
                }
                owner[record.id] = n
                records[record.id] = record
            }
        }
        if !problems.isEmpty {
            guard options.allowIncomplete else { throw MergeError.unreadableRecords(problems) }
            warnings += problems
        }

        let plans = shards.map { try? StoredPlan.read(from: $0.bundle) }
        let order = try plannedOrder(shards, plans: plans, total: total, complete: missingShards.isEmpty, warnings: &warnings)
        let inOrder = Set(order)
        let ordered = order.compactMap { records[$0] } + records.values.filter { !inOrder.contains($0.id) }.sorted { $0.id < $1.id }
        let plan = mergedPlan(plans, order: order)
        var manifest = mergedManifest(shards, records: ordered, order: order, runId: options.runId ?? output.lastPathComponent,
                                      runMajorPercent: plan?.batch.thresholds.runMajorPercent)
        if !missingShards.isEmpty || !missingExecutions.isEmpty, manifest.status == .passed { manifest.status = .error }

        // Assemble next to the output, then rename into place.
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path) {
            let content = (try? fm.contentsOfDirectory(atPath: output.path)) ?? ["?"]
            guard content.isEmpty else { throw MergeError.outputExists(output.path) }
            try? fm.removeItem(at: output)
        }
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).merging-\(UUID().uuidString.prefix(8))", isDirectory: true)
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            let merged = RunBundle(root: staging)
            try fm.createDirectory(at: merged.executionsURL, withIntermediateDirectories: true)
            for record in ordered {
                let source = shards[owner[record.id]!].bundle.executionDirectory(record.id)
                try linkOrCopyTree(source, to: merged.executionDirectory(record.id), portable: true)
            }
            try writeLines(mergeJSONLines(shards.map { $0.bundle.journalURL }, warnings: &warnings), to: merged.journalURL)
            let hookLogs = shards.map(\.bundle.webhooksURL).filter { fm.fileExists(atPath: $0.path) }
            if !hookLogs.isEmpty {
                try writeLines(mergeJSONLines(hookLogs, warnings: &warnings), to: merged.webhooksURL)
            }
            for shard in shards {
                let logs = shard.bundle.logsURL
                if fm.fileExists(atPath: logs.path) {
                    try linkOrCopyTree(logs, to: merged.logsURL.appendingPathComponent("shard-\(shard.shard.index)", isDirectory: true), portable: true)
                }
            }
            if let plan { try BundleIO.writeJSON(plan, to: merged.planURL) }
            try merged.writeManifest(manifest)
            guard rename(staging.path, output.path) == 0 else {
                throw MergeError.io(output.path, "cannot move the merged bundle into place: \(String(cString: strerror(errno)))")
            }
        } catch {
            try? fm.removeItem(at: staging)
            if let error = error as? MergeError { throw error }
            throw MergeError.io(staging.path, "cannot write the merged bundle: \(error.localizedDescription)")
        }
        return MergeResult(bundle: RunBundle(root: output), manifest: manifest, missingShards: missingShards,
                           missingExecutions: missingExecutions, warnings: warnings)
    }

    /// One input bundle with its manifest read.
    struct ShardInput {
        let path: String
        let bundle: RunBundle
        let manifest: RunManifest
        let shard: ShardSpec

        static func load(_ url: URL) throws -> ShardInput {
            let bundle = RunBundle(root: url.standardizedFileURL)
            let manifest: RunManifest
            do { manifest = try bundle.readManifest() } catch {
                throw MergeError.notABundle(url.path, FileManager.default.fileExists(atPath: bundle.manifestURL.path)
                    ? "run.json is unreadable: \(error)" : "no run.json")
            }
            guard let shard = manifest.shard else { throw MergeError.notAShard(url.path) }
            return ShardInput(path: url.path, bundle: bundle, manifest: manifest, shard: shard)
        }
    }

    /// Checks that all inputs are shards of one run and resolves duplicate shards; sorted by index.
    static func selectShards(_ inputs: [ShardInput], policy: DuplicatePolicy, warnings: inout [String]) throws -> [ShardInput] {
        let first = inputs[0]
        for other in inputs.dropFirst() {
            let checks: [(String, String, String)] = [
                ("project", first.manifest.project, other.manifest.project),
                ("batch", first.manifest.batch, other.manifest.batch),
                ("config digest", first.manifest.configDigest, other.manifest.configDigest),
                ("shard total", String(first.shard.total), String(other.shard.total)),
            ]
            for (field, a, b) in checks where a != b { throw MergeError.mismatch(field: field, first.path, a, other.path, b) }
        }
        var byIndex: [Int: ShardInput] = [:]
        for input in inputs {
            guard let existing = byIndex[input.shard.index] else { byIndex[input.shard.index] = input; continue }
            guard policy == .latest else { throw MergeError.duplicateShard(input.shard.index, existing.path, input.path) }
            let newer = (input.manifest.finishedAt ?? .distantPast) > (existing.manifest.finishedAt ?? .distantPast)
            let kept = newer ? input : existing
            warnings.append("shard \(input.shard.index) given twice (\(existing.path), \(input.path)); kept \(kept.path), which finished last")
            byIndex[input.shard.index] = kept
        }
        return byIndex.keys.sorted().map { byIndex[$0]! }
    }

    /// The unsharded plan order: the one every shard's plan.json recorded before the cut (which
    /// must be the same in all of them: shards of different plans would leave gaps or overlaps).
    /// Bundles written before plans recorded it were cut round-robin (position p to shard p % n + 1):
    /// their interleaving; otherwise shards are concatenated in index order.
    static func plannedOrder(_ shards: [ShardInput], plans: [StoredPlan?], total: Int, complete: Bool,
                             warnings: inout [String]) throws -> [String] {
        let cuts = plans.compactMap { $0?.unshardedIds }
        if cuts.count == shards.count, let first = cuts.first {
            if let other = cuts.firstIndex(where: { $0 != first }) {
                func describe(_ ids: [String]) -> String { "\(ids.count) executions, \(ConfigDigest.of(Data(ids.joined(separator: "\n").utf8)))" }
                throw MergeError.mismatch(field: "plan before the shard cut", shards[0].path, describe(first), shards[other].path, describe(cuts[other]))
            }
            return first
        }
        let lists = shards.map(\.manifest.plannedExecutionIds)
        let count = lists.reduce(0) { $0 + $1.count }
        let roundRobin = complete && shards.enumerated().allSatisfy { n, shard in
            lists[n].count == (count - (shard.shard.index - 1) + total - 1) / total
        }
        guard roundRobin else {
            if complete { warnings.append("shard sizes do not match a round-robin cut of one plan; executions are listed shard by shard") }
            return lists.flatMap { $0 }
        }
        return (0 ..< count).map { p in lists[p % total][p / total] }
    }

    static func mergedManifest(_ shards: [ShardInput], records: [ExecutionRecord], order: [String], runId: String,
                               runMajorPercent: Double?) -> RunManifest {
        let first = shards[0].manifest
        var m = RunManifest(runId: runId, project: first.project, batch: first.batch, configDigest: first.configDigest, shard: nil,
                            startedAt: shards.map(\.manifest.startedAt).min()!, sceneVersion: first.sceneVersion,
                            plannedExecutionIds: order)
        let finished = shards.map(\.manifest.finishedAt)
        m.finishedAt = finished.contains(where: { $0 == nil }) ? nil : finished.compactMap { $0 }.max()
        m.counts = RunCounts(records)
        m.level = runMajorPercent.map { m.counts.level(majorPercent: $0) }
        m.playwrightVersion = shards.lazy.compactMap(\.manifest.playwrightVersion).first
        m.mergedFrom = shards.map(\.manifest.runId)
        for shard in shards { m.browserVersions.merge(shard.manifest.browserVersions) { a, _ in a } }
        let reasons = shards.compactMap(\.manifest.timeoutReason)
        m.timeoutReason = reasons.isEmpty ? nil : Array(Set(reasons)).sorted().joined(separator: "; ")
        let statuses = Set(shards.map(\.manifest.status))
        m.status = statuses.contains(.timedOut) ? .timedOut
            : statuses.contains(.cancelled) ? .cancelled
            : BatchRunner.status(of: records, cancelled: false, stop: nil)
        return m
    }

    /// `plan.json` of the whole run, when every shard has one: the first shard's settings
    /// with all executions in plan order and no shard.
    static func mergedPlan(_ plans: [StoredPlan?], order: [String]) -> StoredPlan? {
        let present = plans.compactMap { $0 }
        guard present.count == plans.count, var plan = present.first else { return nil }
        let byId = Dictionary(present.flatMap(\.executions).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        plan.executions = order.compactMap { byId[$0] }
        plan.shard = nil
        plan.unshardedIds = nil
        return plan
    }

    /// All lines of several JSONL files, ordered by their `time` (stable: same-second lines keep
    /// file order). A torn line (a shard killed mid-write) is dropped with a warning.
    static func mergeJSONLines(_ files: [URL], warnings: inout [String]) -> [Data] {
        struct Line { let time: Date; let data: Data }
        struct Stamp: Decodable { let time: Date }
        var lines: [Line] = []
        for file in files {
            guard let data = try? Data(contentsOf: file) else { continue }
            for raw in data.split(separator: 0x0A) where !raw.isEmpty {
                guard let stamp = try? BundleIO.decoder.decode(Stamp.self, from: Data(raw)) else {
                    warnings.append("\(file.path): dropped an unreadable line (\(raw.count) bytes)")
                    continue
                }
                lines.append(Line(time: stamp.time, data: Data(raw)))
            }
        }
        return lines.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element.data)
    }

    /// Writes JSON lines, absolute paths of the shards' machines made portable.
    static func writeLines(_ lines: [Data], to url: URL) throws {
        var out = Data()
        for line in lines { out.append(Data(PortablePaths.scrub(String(decoding: line, as: UTF8.self)).utf8)); out.append(0x0A) }
        try BundleIO.writeAtomically(out, to: url)
    }

    /// Text files whose absolute paths are made portable (`PortablePaths`) when they move
    /// into a merged bundle: records, console lines, runner logs. Not plan.json: `scene run
    /// --resume` needs its baselines and config paths.
    static let portableExtensions: Set<String> = ["json", "jsonl", "log", "txt"]

    /// Recreates `source` at `destination`: folders created, files hard-linked, or copied
    /// when a link is impossible (another file system). Symbolic links are not followed.
    /// With `portable`, text files that hold absolute paths are rewritten (a new file: the
    /// shard's own stays as it was).
    static func linkOrCopyTree(_ source: URL, to destination: URL, portable: Bool = false) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: destination, withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: source.path) {
            let from = source.appendingPathComponent(name), to = destination.appendingPathComponent(name)
            let type = try fm.attributesOfItem(atPath: from.path)[.type] as? FileAttributeType
            switch type {
            case .typeDirectory?: try linkOrCopyTree(from, to: to, portable: portable)
            case .typeRegular?:
                if link(from.path, to.path) != 0 { try fm.copyItem(at: from, to: to) }
                if portable && portableExtensions.contains(from.pathExtension) { try PortablePaths.scrubFile(to) }
            default: continue  // symlinks, sockets: not part of a bundle
            }
        }
    }
}
