public import SceneBundle
public import SceneTrace
/// How reproduction scripts are generated.
public struct ReproOptions: Sendable, Equatable {
    /// Rewrites every absolute URL's origin (and resolves relative ones) against this base.
    public var baseURL: String?
    /// Keep only the last N actions (a navigation to where they started is added).
    public var last: Int?
    /// Largest output, in bytes; the most recent actions are kept, with a note.
    public var maxBytes: Int
    /// Gaps longer than this between two actions are annotated as pauses (ms).
    public var pauseThresholdMs: Double
    /// Shown in the header comment (a trace path, a recording).
    public var sourceName: String?
    /// The screen the original ran on; the reproduction opens the same.
    public var viewport: TraceViewport?

    public init(baseURL: String? = nil, last: Int? = nil, maxBytes: Int = 200 * 1024, pauseThresholdMs: Double = 2000,
                sourceName: String? = nil, viewport: TraceViewport? = nil) {
        self.baseURL = baseURL; self.last = last; self.maxBytes = maxBytes; self.pauseThresholdMs = pauseThresholdMs
        self.sourceName = sourceName; self.viewport = viewport
    }
}

public enum ReproError: SceneError, Sendable, Equatable {
    case noActions
    case badBaseURL(String)
    public var message: String {
        switch self {
        case .noActions: return "nothing to reproduce: the input holds no user actions"
        case .badBaseURL(let u): return "--base-url must be an absolute http(s) URL, got '\(u)'"
        }
    }
}
