import SceneBundle

/// Changes that come and go from night to night, proposed as flaky on their card (docs/REVIEW.md).
/// A proposal only: nothing is left out of a level until a reviewer marks the change flaky.
enum FlakyProposals {
    /// Runs looked at, this one included (runs whose changes were not kept do not count).
    static let window = 10
    /// Runs the change must be seen in.
    static let minimumSightings = 3

    /// For each change of `groups` (this run's): why it looks flaky, when in the last `window` runs
    /// of `index` (newest first, this run first) it was seen at least `minimumSightings` times and,
    /// between its first and last sighting, at least one run compared an execution that holds it
    /// today (passed, failed or flaky) without it. A change seen every night is a change nobody
    /// approved yet, not a flake.
    static func propose(_ groups: [ChangeGroup], index: HistoryIndex) -> [String: String] {
        let runs = index.runs.filter { $0.changes != nil }.prefix(window)
        guard runs.count >= minimumSightings else { return [:] }
        let position = Dictionary(index.ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let compared = Set([ExecutionStatus.passed, .failed, .flaky].compactMap { HistoryIndex.statusCodes[$0] })
        let statuses = runs.map { Array($0.statuses) }
        var proposals: [String: String] = [:]
        for group in groups {
            let members = group.executions.compactMap { position[$0] }
            let seen = runs.indices.filter { runs[$0].changes?[group.fingerprint] != nil }
            guard seen.count >= minimumSightings, let newest = seen.first, let oldest = seen.last else { continue }
            let gaps = (newest...oldest).filter { i in
                guard !seen.contains(i) else { return false }
                return members.contains { $0 < statuses[i].count && compared.contains(statuses[i][$0]) }
            }
            guard !gaps.isEmpty else { continue }
            proposals[group.fingerprint] = "seen in \(seen.count) of the last \(runs.count) runs, and absent from \(gaps.count) "
                + "run(s) between that compared its executions: it comes and goes"
        }
        return proposals
    }
}
