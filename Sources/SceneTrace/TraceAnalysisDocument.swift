public import SceneBundle

/// The `scene analyze-trace --json` document (CLI-CONTRACT.md), plus extra fields.
public struct TraceAnalysisDocument: Encodable, Sendable {
    public var schemaVersion = 1
    public var traceVersion: Int?
    public var playwrightVersion: String?
    public var browserName: String?
    public var contexts: Int
    public var actions: [Action]
    public var missing: [Entry]
    public var notPerformed: [Entry]
    /// Indices (in `actions`) of performed actions that failed.
    public var failed: [Int]
    public var coverage: Double?
    public var merged: Merged
    public var stats: TraceStatistics
    public var consoleErrors: Int
    /// The format of `--recorded` (`scene`, `common`, `chrome-recorder`, `codegen`), and its steps left out.
    public var recordingFormat: String?
    public var recordingSkipped: [String]?
    /// What changed since `--against`'s trace.
    public var comparison: TraceDiffRecord?

    public struct Action: Encodable, Sendable {
        public var index: Int
        public var kind: String
        public var locator: String?
        public var value: String?
        public var url: String?
        public var startMs: Double
        public var durationMs: Double?
        public var status: String
        public var error: String?
        public var selector: String?
        public var method: String
        public var redacted: Bool
        public var point: TraceCall.Point?
        public var box: TraceCall.Box?
        public var frames: [String]
        /// The element it acted on (from the DOM snapshot), and that element in short (`<button id=save>Save</button>`).
        public var target: ElementIdentity?
        public var element: String?
        // Explicit nulls: the contract shows `"value": null`, not an absent key.
        enum CodingKeys: String, CodingKey {
            case index, kind, locator, value, url, startMs, durationMs, status, error, selector, method, redacted, point, box, frames, target, element
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(index, forKey: .index); try c.encode(kind, forKey: .kind)
            try c.encode(locator, forKey: .locator); try c.encode(value, forKey: .value); try c.encode(url, forKey: .url)
            try c.encode(startMs, forKey: .startMs); try c.encode(durationMs, forKey: .durationMs)
            try c.encode(status, forKey: .status); try c.encode(error, forKey: .error)
            try c.encode(selector, forKey: .selector); try c.encode(method, forKey: .method); try c.encode(redacted, forKey: .redacted)
            try c.encodeIfPresent(point, forKey: .point); try c.encodeIfPresent(box, forKey: .box); try c.encode(frames, forKey: .frames)
            try c.encodeIfPresent(target, forKey: .target); try c.encodeIfPresent(element, forKey: .element)
        }
    }

    public struct Entry: Encodable, Sendable {
        public var kind: String
        public var locator: String?
        public var value: String?
        public var position: Int
        public var index: Int?
        public var source: String?
    }

    public struct Merged: Encodable, Sendable {
        public var traceMerged: Bool
        public var traceActionsCount: Int
        public var missingActionsAdded: Int
        public var actions: [MergedEntry]
    }

    public struct MergedEntry: Encodable, Sendable {
        public var kind: String
        public var locator: String?
        public var value: String?
        public var redacted: Bool
        public var url: String?
        public var addedFromTrace: Bool
    }

    public init(_ a: TraceAnalysis, recording: Recording? = nil, comparison: TraceDiffRecord? = nil) {
        recordingFormat = recording?.format.rawValue
        recordingSkipped = recording.map(\.skipped).flatMap { $0.isEmpty ? nil : $0 }
        self.comparison = comparison
        traceVersion = a.traceVersion
        playwrightVersion = a.playwrightVersion
        browserName = a.contexts.first?.browserName
        contexts = a.contexts.count
        actions = a.actions.map { x in
            Action(index: x.index, kind: x.kind.rawValue, locator: x.locatorText,
                   value: x.redacted ? nil : x.value, url: x.url, startMs: (x.startMs * 10).rounded() / 10,
                   durationMs: x.durationMs.map { ($0 * 10).rounded() / 10 }, status: x.status.rawValue, error: x.error,
                   selector: x.selector, method: x.method, redacted: x.redacted, point: x.point, box: x.box,
                   frames: x.frames.map(\.entry), target: x.target, element: x.target?.summary)
        }
        missing = a.missing.map { Entry(kind: $0.action.kind.rawValue, locator: $0.action.locatorText,
                                        value: $0.action.redacted ? nil : $0.action.value, position: $0.position,
                                        index: $0.action.index, source: "trace") }
        notPerformed = a.notPerformed.map { Entry(kind: $0.action.kind.rawValue, locator: $0.action.locatorText,
                                                  value: $0.action.redacted ? nil : $0.action.value, position: $0.position,
                                                  index: nil, source: $0.action.source) }
        failed = a.failed.map(\.index)
        coverage = a.coverage.map { ($0 * 10_000).rounded() / 10_000 }
        merged = Merged(traceMerged: a.traceMerged, traceActionsCount: a.actions.count, missingActionsAdded: a.missingActionsAdded,
                        actions: a.merged.map { MergedEntry(kind: $0.kind.rawValue, locator: $0.locators.first?.javaScript,
                                                            value: $0.redacted ? nil : $0.value, redacted: $0.redacted,
                                                            url: $0.url, addedFromTrace: $0.addedFromTrace) })
        stats = a.stats
        consoleErrors = a.console.filter { $0.type == "error" }.count
    }
}
