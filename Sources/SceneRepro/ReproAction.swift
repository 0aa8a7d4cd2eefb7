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

    public init(kind: ActionKind, locators: [Locator] = [], value: String? = nil, redacted: Bool = false,
                url: String? = nil, timeMs: Double? = nil, error: String? = nil) {
        self.kind = kind; self.locators = locators; self.value = value; self.redacted = redacted
        self.url = url; self.timeMs = timeMs; self.error = error
    }

    public init(_ a: TraceAction) {
        self.init(kind: a.kind, locators: a.locator.map { [$0] } ?? [], value: a.value, redacted: a.redacted,
                  url: a.url, timeMs: a.startMs, error: a.error)
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
