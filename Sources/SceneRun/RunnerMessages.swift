import Foundation
public import SceneAnalyze
import SceneBundle
import SceneConfig

/// Messages of the runner protocol (docs/RUNNER-PROTOCOL.md): newline-delimited JSON between
/// scene and `assets/runner/runner.py`.
public enum RunnerProtocol {
    public static let version = 1

    /// Encodes one message as a single line (no pretty printing, trailing newline).
    static func line<T: Encodable>(_ message: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var data = try encoder.encode(message)
        data.append(0x0A)
        return data
    }
}

/// `hello`: the runner is up and its browser is running.
public struct RunnerHello: Codable, Sendable, Equatable {
    public struct Browser: Codable, Sendable, Equatable {
        public var name: String
        public var version: String
    }
    public var `protocol`: Int
    public var python: String
    public var playwright: String
    public var browser: Browser
    public var pid: Int32
    /// True when assets/runner/snapshot.js was found (element snapshots for healing).
    public var snapshot: Bool?
    /// True when assets/runner/layout.js was found (layout snapshots for explanations).
    public var layout: Bool?
}

/// `execute`: run one planned execution. The password is filled from the environment
/// just before sending and lives only in this message.
struct ExecuteMessage: Encodable, Sendable {
    /// The execution's time limits (`Batch.settings(for:)`), in ms.
    struct Timeouts: Encodable, Sendable {
        var executionMs: Int
        var navigationMs: Int
        /// Each step, and the page's readySelector.
        var actionMs: Int
        /// Taking the screenshot.
        var captureMs: Int
    }
    struct Healing: Encodable, Sendable {
        var enabled: Bool
        var maxAttempts: Int
    }
    struct Credentials: Encodable, Sendable {
        var username: String
        var password: String
    }
    var type = "execute"
    var executionId: String
    var attempt: Int
    var execution: PlannedExecution
    var outputDir: String
    var stabilization: Stabilization
    var timeouts: Timeouts
    var healing: Healing
    /// Whether scene answers `resolve` requests (healing, plain-language steps).
    var resolver: Bool
    var trace: Bool
    var credentials: Credentials?
    /// Return the element each locator step acts on (`result.elements`), for the baseline's elements file.
    var captureElements = true
    /// The baseline's elements of this execution's steps: the runner sends the matching one as `previous` when healing.
    var previousElements: [StepElement] = []
    /// The baseline's capture digest: a first capture with the same digest is not retaken.
    var baselineDigest: String?
    /// The largest screenshot scene decodes (`maxImagePixels`): the runner captures no taller a page than fits.
    var maxImagePixels: Int
    /// Take a layout snapshot (assets/runner/layout.js) with each screenshot, for the explanation of changes.
    var layout: LayoutCapture? = LayoutCapture()

    struct LayoutCapture: Encodable, Sendable {
        /// Visible elements recorded at most (the rest of a huge page is left out, and said so).
        var maxElements = 20_000
        /// Characters of an element's own text kept.
        var maxText = 80
    }
}

struct CancelMessage: Encodable, Sendable {
    var type = "cancel"
    var executionId: String
    var reason: String
}

struct ShutdownMessage: Encodable, Sendable {
    var type = "shutdown"
}

/// `result`: what one execution produced. The fields the analysis reads are `capture` (decoded
/// from the same object); the rest is the scheduler's.
public struct RunnerResult: Decodable, Sendable, Equatable {
    public var executionId: String
    public var capture: BrowserCapture
    public var httpStatus: Int?
    /// What each locator step acted on (with `captureElements`), before it acted.
    public var elements: CapturedElements?
    public var timings: [String: Double]?

    private enum CodingKeys: String, CodingKey { case executionId, httpStatus, elements, timings }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        executionId = try container.decode(String.self, forKey: .executionId)
        capture = try BrowserCapture(from: decoder)
        httpStatus = try container.decodeIfPresent(Int.self, forKey: .httpStatus)
        elements = try container.decodeIfPresent(CapturedElements.self, forKey: .elements)
        timings = try container.decodeIfPresent([String: Double].self, forKey: .timings)
    }
}

extension RunnerResult {
    /// The runner's phases (`result.timings`, ms) with scene's own: stitching the tiles and the analysis.
    func phaseTimings(stitchMs: Double?, analysisMs: Double) -> ExecutionTimings {
        let r = timings ?? [:]
        return ExecutionTimings(navigationMs: r["navigationMs"], stepsMs: r["stepsMs"], settleMs: r["settleMs"],
                                scrollMs: r["scrollMs"], captureMs: r["captureMs"], layoutMs: r["layoutMs"], traceMs: r["traceMs"],
                                finishMs: r["finishMs"], runnerMs: r["totalMs"], stitchMs: stitchMs, analysisMs: analysisMs)
    }
}

/// The `type` of any incoming line, and the fields of the small messages.
struct IncomingEnvelope: Decodable {
    var type: String
    var executionId: String?
    var requestId: Int?
    var error: String?
    var hint: String?
    var level: String?
    var message: String?
    var description: String?
    var status: String?
    var index: Int?
    var extraMs: Int?
}

/// `result.elements`, read leniently: an entry that does not decode is dropped, never the result.
public struct CapturedElements: Decodable, Sendable, Equatable {
    public var entries: [StepElement]
    public init(_ entries: [StepElement]) { self.entries = entries }
    public init(from decoder: any Decoder) throws {
        /// Decodes from anything: steps over an entry that is not a StepElement.
        struct Skip: Decodable { init(from decoder: any Decoder) throws {} }
        var container = try decoder.unkeyedContainer()
        var entries: [StepElement] = []
        while !container.isAtEnd {
            if let entry = try? container.decode(StepElement.self) { entries.append(entry) } else { _ = try container.decode(Skip.self) }
        }
        self.entries = entries
    }
}
