public import Foundation
public import SceneTrace
import SceneRepro

/// `metadata.json` of a recording: the recorder's actions with the ones it missed merged
/// back from the trace (`addedFromTrace`). `ExpectedActionsLoader.recording` reads it back.
public struct RecordingMetadata: Codable, Sendable, Equatable {
    public var schemaVersion = 1
    public var tool = "scene record"
    public var url: String
    public var recordedAt: Date
    public var stopReason: String?
    public var traceMerged: Bool
    public var traceActionsCount: Int
    public var recorderActionsCount: Int
    public var missingActionsAdded: Int
    public var coverage: Double?
    public var notPerformed: [Entry]
    public var actions: [Action]

    public struct Action: Codable, Sendable, Equatable {
        public var index: Int
        public var kind: String
        /// The best locator, as `getByRole(...)` text.
        public var locator: String?
        /// Every strategy known for the element (see `RecordedSelectors`).
        public var selectors: [String: String]
        public var value: String?
        public var redacted: Bool?
        public var url: String?
        public var timeMs: Double?
        public var addedFromTrace: Bool
    }

    public struct Entry: Codable, Sendable, Equatable {
        public var kind: String
        public var locator: String?
        public var position: Int
    }

    public init(analysis: TraceAnalysis, rawActions: [[String: Any]], url: String, stopReason: String?, recordedAt: Date) {
        self.url = url
        self.recordedAt = recordedAt
        self.stopReason = stopReason
        traceMerged = analysis.traceMerged
        traceActionsCount = analysis.actions.count
        recorderActionsCount = analysis.expected?.count ?? 0
        missingActionsAdded = analysis.missingActionsAdded
        coverage = analysis.coverage
        notPerformed = analysis.notPerformed.map { Entry(kind: $0.action.kind.rawValue, locator: $0.action.locatorText, position: $0.position) }
        // Recorder times count from its start, trace times from the first call: shift added
        // actions by the offset seen on the nearest earlier matched action.
        var offset = 0.0
        var offsets: [Double] = []
        for m in analysis.merged {
            if !m.addedFromTrace, let p = m.performedIndex, let e = m.expectedIndex, let t = analysis.expected?[e].timeMs {
                offset = t - analysis.actions[p].startMs
            }
            offsets.append(offset)
        }
        actions = analysis.merged.enumerated().map { index, m in
            let raw = m.expectedIndex.flatMap { rawActions.indices.contains($0) ? rawActions[$0] : nil }
            var selectors = (raw?["selectors"] as? [String: Any])?.compactMapValues { $0 as? String } ?? [:]
            if m.addedFromTrace, let selector = m.selector { selectors["playwright"] = selector }
            return Action(index: index, kind: m.kind.rawValue, locator: LocatorPriority.best(m.locators)?.javaScript,
                          selectors: selectors, value: m.redacted ? nil : m.value, redacted: m.redacted ? true : nil,
                          url: m.url, timeMs: m.timeMs.map { (($0 + (m.addedFromTrace ? offsets[index] : 0)) * 10).rounded() / 10 },
                          addedFromTrace: m.addedFromTrace)
        }
    }
}
