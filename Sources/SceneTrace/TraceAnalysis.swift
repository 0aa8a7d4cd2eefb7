public import SceneLocator
/// The result of reading a trace and, when expectations were given, aligning them with it.
public struct TraceAnalysis: Sendable {
    public var traceVersion: Int?
    public var playwrightVersion: String?
    public var contexts: [TraceContextInfo]
    /// What was performed, in order.
    public var actions: [TraceAction]
    /// The waits between them (for an element, a time), in order: `ActionMapper.waits`.
    public var waits: [TraceAction] = []
    public var frames: [ScreencastFrame]
    public var console: [ConsoleMessage]
    public var failedRequests: [FailedRequest]
    public var stats: TraceStatistics
    /// Nil when no expectations were given.
    public var expected: [ExpectedAction]?
    public var alignment: [ActionAlignment.Pair]
    /// Performed but not expected; `position` is its index in `merged`.
    public var missing: [Missing]
    /// Expected but not performed; `position` is its index in `expected`.
    public var notPerformed: [NotPerformed]
    /// Matched / (matched + missing + not performed); nil without expectations.
    public var coverage: Double?
    /// The expected actions with the missing ones inserted where they happened.
    public var merged: [MergedAction]

    public struct Missing: Sendable, Equatable {
        public var action: TraceAction
        public var position: Int
    }
    public struct NotPerformed: Sendable, Equatable {
        public var action: ExpectedAction
        public var position: Int
    }

    /// What a reproduction replays: the actions and the waits, in the order they happened.
    public var replayed: [TraceAction] {
        (actions + waits).enumerated().sorted { ($0.element.startMs, $0.offset) < ($1.element.startMs, $1.offset) }.map(\.element)
    }

    /// The screen of the first context that records one.
    public var viewport: TraceViewport? { contexts.lazy.compactMap(\.viewport).first }

    /// Performed actions that failed.
    public var failed: [TraceAction] { actions.filter { $0.status == .failed } }
    public var traceMerged: Bool { expected != nil }
    public var missingActionsAdded: Int { merged.filter(\.addedFromTrace).count }
}

/// One entry of a merged recording: a recorded/declared action, or one added back from the trace.
public struct MergedAction: Sendable, Equatable {
    public var kind: ActionKind
    public var locators: [Locator]
    /// The Playwright selector when the action came from the trace.
    public var selector: String?
    public var value: String?
    public var redacted: Bool
    public var url: String?
    public var timeMs: Double?
    public var addedFromTrace: Bool
    /// Index in the trace's actions, when performed.
    public var performedIndex: Int?
    /// Index in the expected actions, when expected.
    public var expectedIndex: Int?
}
