/// What changed between the baseline's trace and this execution's, step by step (`TraceDiff` in
/// SceneTrace computes it; `execution.json` keeps it under `trace.comparison`, `scene analyze-trace
/// --against` prints it). Only steps that changed are listed.
public struct TraceDiffRecord: Codable, Sendable, Hashable {
    public struct Step: Codable, Sendable, Hashable {
        public enum Change: String, Codable, Sendable, CaseIterable {
            /// Performed now, not in the baseline.
            case added
            /// In the baseline, not performed now.
            case removed
            /// Performed now at another place in the order.
            case moved
            /// Performed in both, with differences (`details`).
            case changed
        }
        public var change: Change
        /// The action's index in the baseline's trace, and in this one.
        public var baselineIndex: Int?
        public var index: Int?
        public var kind: String
        public var locator: String?
        /// The element acted on (`ElementIdentity.summary`), in the baseline and now.
        public var baselineElement: String?
        public var element: String?
        public var baselineDurationMs: Double?
        public var durationMs: Double?
        /// One sentence per difference: `took 2.4 s instead of 0.1 s (24× slower)`, `new console error: …`.
        public var details: [String]
        public init(change: Change, baselineIndex: Int?, index: Int?, kind: String, locator: String?, baselineElement: String? = nil,
                    element: String? = nil, baselineDurationMs: Double? = nil, durationMs: Double? = nil, details: [String] = []) {
            self.change = change; self.baselineIndex = baselineIndex; self.index = index; self.kind = kind; self.locator = locator
            self.baselineElement = baselineElement; self.element = element; self.baselineDurationMs = baselineDurationMs
            self.durationMs = durationMs; self.details = details
        }
    }
    public var steps: [Step]
    /// Steps aligned in both traces with nothing to report.
    public var unchangedSteps: Int
    /// A duration counts as changed above this factor (and 500 ms).
    public var durationFactor: Double
    public init(steps: [Step], unchangedSteps: Int, durationFactor: Double) {
        self.steps = steps; self.unchangedSteps = unchangedSteps; self.durationFactor = durationFactor
    }
}
