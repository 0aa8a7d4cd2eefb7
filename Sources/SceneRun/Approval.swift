public import Foundation
import SceneBundle
import SceneConfig

/// `scene approve`: promotes a run's observed screenshots to baselines, with an audit line each.
public enum Approval {
    public struct Result: Sendable {
        public var approved: [String]
        /// Matching executions left alone, with the reason (no screenshot, broken execution).
        public var skipped: [(id: String, reason: String)]
        /// Approved, but without the elements the run captured (their file was unreadable).
        public var warnings: [String] = []
    }

    /// Approves every execution of the run matching one of `filters` (all when empty). Only
    /// executions that ran to a screenshot are approved; broken ones are skipped with a reason.
    public static func approve(run directory: URL, filters: [String], user: String = BaselineStore.currentUser()) throws -> Result {
        let bundle = RunBundle(root: directory.standardizedFileURL)
        let plan = try StoredPlan.read(from: bundle)
        let manifest = try bundle.readRunManifest()
        let store = BaselineStore(root: URL(fileURLWithPath: plan.baselinesDirectory))
        let (records, problems) = bundle.readExecutions()
        var result = Result(approved: [], skipped: problems.map { ("?", $0) })
        for record in records where filters.isEmpty || filters.contains(where: { Planner.matches(filter: $0, record.key) }) {
            guard [.passed, .failed, .flaky, .newBaseline].contains(record.status), let observed = record.artifacts.observed else {
                result.skipped.append((record.id, "status \(record.status.rawValue): no screenshot to approve"))
                continue
            }
            let directory = bundle.executionDirectory(record.id)
            // Read like a baseline's: a damaged file in the run costs the elements, never the approval.
            let elements = BaselineElements.load(directory.appendingPathComponent(ExecutionFiles.elements), executionId: record.id)
            if let warning = elements.warning { result.warnings.append(warning) }
            try store.promote(observed: directory.appendingPathComponent(observed), elements: elements.elements,
                              key: record.key, runId: manifest.runId, action: .approve, user: user)
            result.approved.append(record.id)
        }
        return result
    }
}
