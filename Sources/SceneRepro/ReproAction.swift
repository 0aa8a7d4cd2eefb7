public import SceneLocator
public import SceneTrace

/// One action to reproduce, from a trace or a recording.
public struct ReproAction: Sendable, Equatable {
    public var kind: ActionKind
    /// Ways to find the element; the generator picks the best by `LocatorPriority`.
    public var locators: [Locator]
    public var value: String?
    /// A secret (password field, redacted recording): rendered as `[user-provided]`.
    public var redacted: Bool
    public var url: String?
    /// When it started (ms), to annotate long pauses.
    public var timeMs: Double?
    /// The error the action failed with in the trace, if any.
    public var error: String?
    /// A wait for an element that any visible match ends (`filter(visible=True).first`), not the first match.
    public var anyVisibleMatch: Bool

    /// - Parameter value: for a `.wait`, the state waited for (`visible`, `hidden`, …) with a locator,
    ///   the milliseconds without one.
    public init(kind: ActionKind, locators: [Locator] = [], value: String? = nil, redacted: Bool = false,
                url: String? = nil, timeMs: Double? = nil, error: String? = nil, anyVisibleMatch: Bool = false) {
        self.kind = kind; self.locators = locators; self.value = value; self.redacted = redacted
        self.url = url; self.timeMs = timeMs; self.error = error; self.anyVisibleMatch = anyVisibleMatch
    }

    public init(_ a: TraceAction) {
        var locator = a.locator
        var anyVisible = false
        // `locator.filter(visible=True).first` is recorded as `… >> visible=true >> nth=0`.
        if a.kind == .wait, var steps = locator?.steps, let visible = steps.lastIndex(of: .raw("visible=true")),
           steps[(visible + 1)...].allSatisfy({ $0 == .nth(0) }) {
            steps.removeSubrange(visible...)
            locator = Locator(steps)
            anyVisible = true
        }
        self.init(kind: a.kind, locators: locator.map { [$0] } ?? [], value: a.value, redacted: a.redacted,
                  url: a.url, timeMs: a.startMs, error: a.error, anyVisibleMatch: anyVisible)
    }

    public init(_ m: MergedAction) {
        self.init(kind: m.kind, locators: m.locators, value: m.value, redacted: m.redacted, url: m.url, timeMs: m.timeMs)
    }

    public init(_ e: ExpectedAction) {
        self.init(kind: e.kind, locators: e.locators, value: e.value, redacted: e.redacted, url: e.url, timeMs: e.timeMs)
    }

    /// The locator a generated script uses.
    public var bestLocator: Locator? { LocatorPriority.best(locators) }
}

extension TraceAnalysis {
    /// What a reproduction of this trace replays: its actions and waits, in order.
    public var reproActions: [ReproAction] { replayed.map(ReproAction.init) }
}
