/// Cuts a plan into shards of about equal expected cost, so that CI jobs finish together.
///
/// The cost of an execution is its duration in an earlier run when one is given (`--durations`),
/// else an estimate from what it does (steps, screen pixels, a reference page). Executions are
/// dealt largest first, each to the shard with the least cost so far (ties: the lower shard); equal
/// costs are dealt viewport by viewport and browser by browser, so every shard gets its share of each.
/// The cut depends only on the plan and the durations: every CI job given the same computes the same.
public enum ShardBalancer {
    /// Estimated seconds of an execution without history: a browser context and a page load, each
    /// step, and the screenshot, which grows with the screen's device pixels (a full page about three screens).
    public static func estimatedSeconds(_ execution: PlannedExecution) -> Double {
        let v = execution.viewport
        let megapixels = Double(v.width * v.height) * v.deviceScaleFactor * v.deviceScaleFactor / 1_000_000
        let capture = 2 * megapixels * (execution.page.fullPage ? 3 : 1)
        let page = 2 + capture
        return page * (execution.referenceURL == nil ? 1 : 2) + Double(execution.steps.count)
    }

    /// The expected seconds of each execution: its earlier duration, else its estimate scaled by how
    /// the earlier run's durations compared with their estimates (the median ratio).
    public static func costs(_ executions: [PlannedExecution], durations: [String: Double]?) -> [Double] {
        let estimates = executions.map(estimatedSeconds)
        guard let durations, !durations.isEmpty else { return estimates }
        let ratios = zip(executions, estimates).compactMap { e, estimate in durations[e.id].map { $0 / estimate } }.sorted()
        let scale = ratios.isEmpty ? 1 : ratios[ratios.count / 2]
        return zip(executions, estimates).map { e, estimate in durations[e.id] ?? estimate * scale }
    }

    /// The shard (0-based) of each execution, in plan order.
    public static func assign(_ executions: [PlannedExecution], costs: [Double], shards: Int) -> [Int] {
        let stratum = executions.map { "\($0.viewport.name)~\($0.key.browser)" }
        let order = executions.indices.sorted { a, b in
            if costs[a] != costs[b] { return costs[a] > costs[b] }
            if stratum[a] != stratum[b] { return stratum[a] < stratum[b] }
            return a < b
        }
        var load = Array(repeating: 0.0, count: max(1, shards))
        var shardOf = Array(repeating: 0, count: executions.count)
        for i in order {
            let lightest = load.indices.min { load[$0] != load[$1] ? load[$0] < load[$1] : $0 < $1 }!
            shardOf[i] = lightest
            load[lightest] += costs[i]
        }
        return shardOf
    }
}
