public import SceneBundle

/// One browser context's header (`context-options`).
public struct TraceContextInfo: Sendable, Equatable {
    /// The `*.trace` entry it came from.
    public var file: String
    public var version: Int?
    public var playwrightVersion: String?
    public var browserName: String?
    public var sdkLanguage: String?
    public var title: String?
    public var baseURL: String?
    public var testIdAttributeName: String?
    /// The context's viewport, when the trace records one (a reproduction opens the same).
    public var viewport: TraceViewport?
    /// Wall clock (ms since 1970) and monotonic time (ms) of one instant, to place events on one timeline.
    public var anchorWallTime: Double?
    public var anchorMonotonicTime: Double?
}

/// A browser context's screen: CSS pixels, device pixel ratio, mobile emulation.
public struct TraceViewport: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var deviceScaleFactor: Double?
    public var isMobile: Bool?
    public init(width: Int, height: Int, deviceScaleFactor: Double? = nil, isMobile: Bool? = nil) {
        self.width = width; self.height = height; self.deviceScaleFactor = deviceScaleFactor; self.isMobile = isMobile
    }
}

/// One protocol call as recorded (`before` + `input` + `log` + `after`, or a legacy `action`).
public struct TraceCall: Sendable, Equatable {
    public var callId: String
    public var context: Int
    public var className: String
    public var method: String
    /// `title`/`apiName` when the trace has one (e.g. `locator.click`).
    public var title: String?
    public var params: JSONValue
    public var startTime: Double
    public var endTime: Double?
    public var wallTime: Double?
    public var pageId: String?
    public var error: String?
    public var point: Point?
    public var box: Box?
    /// The page URL when the call started (from the call's own frame snapshot).
    public var frameURL: String?
    /// The last URL a navigation log line reported (`navigated to "..."`).
    public var navigatedURL: String?
    /// The element the call resolved to was a password field: its value must never be shown.
    public var sensitive: Bool
    /// The last log lines of the call (bounded).
    public var log: [String]
    /// The element the call acted on, from the DOM snapshot Playwright marked it in.
    public var target: ElementIdentity? = nil

    public struct Point: Sendable, Equatable, Codable { public var x: Double; public var y: Double }
    public struct Box: Sendable, Equatable, Codable { public var x: Double; public var y: Double; public var width: Double; public var height: Double }
}

/// A screencast frame: an image entry of the archive and when it was painted.
public struct ScreencastFrame: Sendable, Equatable {
    public var context: Int
    public var pageId: String
    /// Path of the image inside the archive (`resources/<sha1>` or `screencast/...jpeg`).
    public var entry: String
    public var timestamp: Double
    public var width: Int
    public var height: Int
}

/// A console message, or an uncaught page error (`type` "pageerror").
public struct ConsoleMessage: Sendable, Equatable {
    public var context: Int
    public var type: String
    public var text: String
    /// The context's monotonic time.
    public var time: Double
    /// Milliseconds since the trace's first call (as `TraceAction.startMs`).
    public var relativeMs: Double = 0
    public var isError: Bool { type == "error" || type == "pageerror" }
}

/// A request that failed (a status of 400 or more, or no response), from `*.network`.
public struct FailedRequest: Sendable, Equatable {
    public var context: Int
    public var method: String
    public var url: String
    /// 0 when there was no response.
    public var status: Int
    public var failure: String?
    public var time: Double
    public var relativeMs: Double = 0
}

/// What the reader saw, counted: nothing is dropped silently.
public struct TraceStatistics: Sendable, Equatable, Codable {
    public var traceFiles = 0
    public var bytesParsed: UInt64 = 0
    public var lines = 0
    /// Events per known type.
    public var events: [String: Int] = [:]
    /// Events of a type this reader does not know, per type (skipped).
    public var unknownEventTypes: [String: Int] = [:]
    /// Lines that are not JSON objects with a `type` (skipped).
    public var garbageLines = 0
    /// Lines longer than the limit (skipped without being buffered).
    public var oversizedLines = 0
    /// `input`/`log`/`after` events whose call was never started (skipped).
    public var orphanEvents = 0
    public var networkRequests = 0
    public var failedRequests = 0
    public var pageErrors = 0
    public var resources = 0
    public init() {}
}

/// Everything read from one trace.zip, contexts merged on one timeline.
public struct TraceModel: Sendable {
    public var contexts: [TraceContextInfo] = []
    /// Calls in start order across all contexts.
    public var calls: [TraceCall] = []
    public var frames: [ScreencastFrame] = []
    public var console: [ConsoleMessage] = []
    /// At most `maxFailedRequests`, the first ones.
    public var failedRequests: [FailedRequest] = []
    public static let maxFailedRequests = 500
    /// Entry names under `resources/`.
    public var resourceEntries: [String] = []
    public var stats = TraceStatistics()
    /// Wall-clock time (ms since 1970) of the trace's first instant, when known.
    public var originWallTime: Double?
    public init() {}
}
