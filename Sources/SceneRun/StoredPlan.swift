public import Foundation
public import SceneBundle
public import SceneConfig

/// `plan.json` in a run bundle: exactly what the run set out to do, so `--resume` finishes
/// it without the config (which may have changed since). Holds no secret: basic auth keeps
/// only the name of its environment variable.
public struct StoredPlan: Codable, Sendable, Equatable {
    public var schemaVersion = BundleSchema.version
    public var project: String
    public var batch: Batch
    public var shard: ShardSpec?
    public var executions: [PlannedExecution]
    public var stabilization: Stabilization
    public var runner: RunnerSettings
    /// Absolute path of the baselines folder.
    public var baselinesDirectory: String
    /// Absolute path of the config the plan came from, when there was one.
    public var configPath: String?
    public var configDigest: String
    public var updateBaselines: BaselineUpdate
    /// For a shard: every execution id of the plan before the cut, in plan order (`Plan.unshardedIds`).
    public var unshardedIds: [String]?

    public init(project: String, batch: Batch, shard: ShardSpec?, executions: [PlannedExecution], stabilization: Stabilization,
                runner: RunnerSettings, baselinesDirectory: String, configPath: String?, configDigest: String, updateBaselines: BaselineUpdate) {
        self.project = project; self.batch = batch; self.shard = shard; self.executions = executions
        self.stabilization = stabilization; self.runner = runner; self.baselinesDirectory = baselinesDirectory
        self.configPath = configPath; self.configDigest = configDigest; self.updateBaselines = updateBaselines
    }

    /// A bundle's `plan.json`, read the one way every command reads it: a folder without a
    /// readable one is not a run.
    public static func read(from bundle: RunBundle) throws -> StoredPlan {
        guard FileManager.default.fileExists(atPath: bundle.planURL.path) else { throw RunSetupError.notARun(bundle.root.path, "no plan.json") }
        do { return try BundleIO.readJSON(StoredPlan.self, from: bundle.planURL) }
        catch { throw RunSetupError.notARun(bundle.root.path, "plan.json: \(ErrorText.message(error))") }
    }
}

extension RunBundle {
    /// Seconds each execution of this run took (its last attempt), by id: what `--durations` balances shards with.
    public func readDurations() throws -> [String: Double] {
        _ = try readRunManifest()
        let records = readExecutions(workers: 4).records
        return Dictionary(records.compactMap { r in r.durationMs.map { (r.id, $0 / 1000) } }, uniquingKeysWith: { a, _ in a })
    }

    /// `run.json`, read the one way every command reads it: a folder without a readable one is not a run.
    public func readRunManifest() throws -> RunManifest {
        guard FileManager.default.fileExists(atPath: manifestURL.path) else { throw RunSetupError.notARun(root.path, "no run.json") }
        do { return try readManifest() } catch { throw RunSetupError.notARun(root.path, "run.json: \(ErrorText.message(error))") }
    }
}

/// A short stable digest of a config file (FNV-1a, 64 bit), to tell runs of different configs apart.
public enum ConfigDigest {
    public static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return "fnv1a64:" + String(hash, radix: 16)
    }
}
