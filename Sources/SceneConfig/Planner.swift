public import Foundation
public import SceneBundle

/// Glob matching with `*` (any run) and `?` (one character), whole-string.
public enum Glob {
    public static func matches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern), t = Array(text)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == "?" || p[pi] == t[ti] { pi += 1; ti += 1 }
            else if pi < p.count, p[pi] == "*" { star = pi; mark = ti; pi += 1 }
            else if star >= 0 { pi = star + 1; mark += 1; ti = mark }
            else { return false }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}

public struct PlanError: SceneError, Sendable {
    public var message: String
    public var hint: String?
    public var exitStatus: ExitStatus { .usage }
}

extension ShardSpec {
    /// Parses `i/n` (1-based).
    public init?(parsing text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, n <= 10_000, (1...n).contains(i) else { return nil }
        self.init(index: i, total: n)
    }
}

/// Expands a batch into executions: pages × tasks × viewports × browsers, in config order,
/// with stable ids `page~task~viewport~browser`.
public enum Planner {
    /// - Parameters:
    ///   - filters: `--filter` (`ExecutionFilter`).
    ///   - durations: seconds each execution took in an earlier run, by id, to balance the shards (`ShardBalancer`).
    public static func plan(_ config: Config, batch batchId: String?, filters: [String] = [], shard: ShardSpec? = nil,
                            durations: [String: Double]? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Plan {
        let batch: Batch
        if let batchId {
            guard let b = config.batches.first(where: { $0.id == batchId }) else {
                throw PlanError(message: "unknown batch '\(batchId)'",
                                hint: "batches: \(config.batches.map(\.id).joined(separator: ", "))")
            }
            batch = b
        } else {
            batch = config.batches.first ?? Batch(id: "default")
        }
        var baseURL = config.project.baseURL
        if let override = environment["SCENE_BASE_URL"], !override.isEmpty { baseURL = override }

        let pages = batch.pages.isEmpty ? config.pages : config.pages.filter { page in batch.pages.contains { Glob.matches($0, page.id) } }
        let viewports = batch.viewports.isEmpty ? config.viewports : batch.viewports.compactMap { name in config.viewports.first { $0.name == name } }
        let browsers = batch.browsers.isEmpty ? config.browsers : batch.browsers
        var executions: [PlannedExecution] = []
        for page in pages {
            let taskIds = !batch.tasks.isEmpty ? batch.tasks : (page.tasks ?? ["default"])
            for taskId in taskIds {
                let task = config.tasks.first { $0.id == taskId } ?? (taskId == "default" ? .default : nil)
                guard let task else { throw PlanError(message: "unknown task '\(taskId)' for page '\(page.id)'") }
                for viewport in viewports {
                    for browser in browsers {
                        let key = ExecutionKey(page: page.id, task: task.id, viewport: viewport.name, browser: browser.rawValue)
                        executions.append(PlannedExecution(
                            key: key, url: resolve(page.url, base: baseURL), referenceURL: page.referenceURL.map { resolve($0, base: baseURL) },
                            viewport: viewport, page: page, steps: task.steps,
                            overrides: ExecutionOverrides.merged(page.overrides, task.overrides)))
                    }
                }
            }
        }
        if !filters.isEmpty {
            let filter = try ExecutionFilter(filters, among: executions.map(\.key))
            executions = executions.filter { filter.matches($0.key) }
        }
        var costs = ShardBalancer.costs(executions, durations: durations)
        guard let shard else { return Plan(batch: batch, shard: nil, executions: executions, costs: costs) }
        let unsharded = executions.map(\.id)
        let shardOf = ShardBalancer.assign(executions, costs: costs, shards: shard.total)
        let kept = executions.indices.filter { shardOf[$0] == shard.index - 1 }
        executions = kept.map { executions[$0] }
        costs = kept.map { costs[$0] }
        return Plan(batch: batch, shard: shard, executions: executions, costs: costs, unshardedIds: unsharded)
    }

    /// Joins a path onto the base URL; absolute URLs pass through.
    public static func resolve(_ url: String, base: String?) -> String {
        if url.contains("://") { return url }
        guard let base, let baseURL = URL(string: base.hasSuffix("/") || url.hasPrefix("/") ? base : base + "/") else { return url }
        if url.hasPrefix("/") {
            var trimmed = baseURL.absoluteString
            while trimmed.hasSuffix("/") { trimmed.removeLast() }
            // A base with a path (http://host/app) keeps it: /pricing -> http://host/app/pricing.
            return trimmed + url
        }
        return URL(string: url, relativeTo: baseURL)?.absoluteString ?? url
    }
}
