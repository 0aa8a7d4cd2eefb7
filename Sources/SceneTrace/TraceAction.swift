public import SceneLocator
public import SceneBundle
/// The user-level action kinds of the CLI contract.
public enum ActionKind: String, Sendable, Codable, CaseIterable {
    case navigate, click, dblclick, fill, type, press, check, uncheck, select, setInputFiles, hover, scroll
    case goBack, goForward, reload, assert
    /// A wait for an element or a time (`TraceAnalysis.waits`): not a user action, so never aligned
    /// with expectations or counted, but a reproduction needs it to pass where the original did.
    case wait

    /// Kinds that put text into a field; their values may be secret.
    public var entersText: Bool { self == .fill || self == .type }
}

public enum ActionStatus: String, Sendable, Codable {
    case passed, failed
    /// The trace ended before the call did (crash, timeout of the whole run).
    case unfinished
}

/// One action the trace shows was performed.
public struct TraceAction: Sendable, Equatable {
    public var index: Int
    public var kind: ActionKind
    public var locator: Locator?
    /// The selector exactly as Playwright recorded it.
    public var selector: String?
    /// Typed text, pressed key, selected options, file names, scroll delta, assertion.
    /// Nil when `redacted`.
    public var value: String?
    /// The value went into a password field: it is never kept.
    public var redacted: Bool
    public var url: String?
    public var startMs: Double
    public var durationMs: Double?
    public var status: ActionStatus
    public var error: String?
    public var point: TraceCall.Point?
    public var box: TraceCall.Box?
    /// `Class.method` of the protocol call, e.g. `Frame.click`.
    public var method: String
    public var callId: String
    public var context: Int
    /// Screencast frames around the action: the last one before it starts and the first after it ends.
    public var frames: [ScreencastFrame]
    /// The element it acted on, as the DOM snapshot of the action showed it (nil without snapshots,
    /// and for page-level actions).
    public var target: ElementIdentity?

    public init(index: Int, kind: ActionKind, locator: Locator? = nil, selector: String? = nil, value: String? = nil,
                redacted: Bool = false, url: String? = nil, startMs: Double = 0, durationMs: Double? = nil,
                status: ActionStatus = .passed, error: String? = nil, point: TraceCall.Point? = nil, box: TraceCall.Box? = nil,
                method: String = "", callId: String = "", context: Int = 0, frames: [ScreencastFrame] = [], target: ElementIdentity? = nil) {
        self.index = index; self.kind = kind; self.locator = locator; self.selector = selector; self.value = value
        self.redacted = redacted; self.url = url; self.startMs = startMs; self.durationMs = durationMs; self.status = status
        self.error = error; self.point = point; self.box = box; self.method = method; self.callId = callId
        self.context = context; self.frames = frames; self.target = target
    }

    /// The locator as `getByRole(...)` text, nil for page-level actions.
    public var locatorText: String? { locator?.javaScript }
}
