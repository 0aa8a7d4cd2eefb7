public import Foundation
public import SceneLocator

/// A recording's `metadata.json`: the recorder's actions, with the ones it missed merged back from
/// the trace (`addedFromTrace`). The in-page recorder's `recorded.json` has the same shape with
/// fewer fields. Written by `scene record`, read back (as expected actions) by `--recorded` and
/// `Recording`, with this one type: only `actions` and each action's `kind` are required.
public struct RecordingMetadata: Codable, Sendable, Equatable {
    public var schemaVersion = 1
    public var tool = "scene record"
    public var url: String
    public var recordedAt: Date?
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
        /// An `ActionKind` (`click`, `fill`, ...).
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

        public init(index: Int, kind: String, locator: String? = nil, selectors: [String: String] = [:], value: String? = nil,
                    redacted: Bool? = nil, url: String? = nil, timeMs: Double? = nil, addedFromTrace: Bool = false) {
            self.index = index; self.kind = kind; self.locator = locator; self.selectors = selectors; self.value = value
            self.redacted = redacted; self.url = url; self.timeMs = timeMs; self.addedFromTrace = addedFromTrace
        }

        private enum CodingKeys: String, CodingKey { case index, kind, locator, selectors, value, redacted, url, timeMs, addedFromTrace }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(index: try c.decodeIfPresent(Int.self, forKey: .index) ?? (c.codingPath.last?.intValue ?? 0),
                      kind: try c.decode(String.self, forKey: .kind),
                      locator: try c.decodeIfPresent(String.self, forKey: .locator),
                      selectors: try c.decodeIfPresent([String: String].self, forKey: .selectors) ?? [:],
                      value: try c.decodeIfPresent(String.self, forKey: .value),
                      redacted: try c.decodeIfPresent(Bool.self, forKey: .redacted),
                      url: try c.decodeIfPresent(String.self, forKey: .url),
                      timeMs: try c.decodeIfPresent(Double.self, forKey: .timeMs),
                      addedFromTrace: try c.decodeIfPresent(Bool.self, forKey: .addedFromTrace) ?? false)
        }

        /// Every locator its selectors name, the best (`LocatorPriority`) first.
        public var locators: [Locator] { RecordedSelectors.bestFirst(RecordedSelectors.locators(selectors)) }
    }

    public struct Entry: Codable, Sendable, Equatable {
        public var kind: String
        public var locator: String?
        public var position: Int
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, tool, url, recordedAt, stopReason, traceMerged, traceActionsCount, recorderActionsCount
        case missingActionsAdded, coverage, notPerformed, actions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        actions = try c.decode([Action].self, forKey: .actions)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 1
        tool = try c.decodeIfPresent(String.self, forKey: .tool) ?? "unknown"
        url = try c.decodeIfPresent(String.self, forKey: .url) ?? ""
        recordedAt = try? c.decodeIfPresent(Date.self, forKey: .recordedAt)
        stopReason = try c.decodeIfPresent(String.self, forKey: .stopReason)
        traceMerged = try c.decodeIfPresent(Bool.self, forKey: .traceMerged) ?? false
        traceActionsCount = try c.decodeIfPresent(Int.self, forKey: .traceActionsCount) ?? 0
        recorderActionsCount = try c.decodeIfPresent(Int.self, forKey: .recorderActionsCount) ?? actions.count
        missingActionsAdded = try c.decodeIfPresent(Int.self, forKey: .missingActionsAdded) ?? 0
        coverage = try c.decodeIfPresent(Double.self, forKey: .coverage)
        notPerformed = try c.decodeIfPresent([Entry].self, forKey: .notPerformed) ?? []
    }

    /// The merge of a recording (`recorded`, the in-page recorder's actions) with its trace.
    public init(analysis: TraceAnalysis, recorded: RecordingMetadata, stopReason: String?, recordedAt: Date) {
        self.url = recorded.url
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
            var selectors = m.expectedIndex.flatMap { recorded.actions.indices.contains($0) ? recorded.actions[$0].selectors : nil } ?? [:]
            if m.addedFromTrace, let selector = m.selector { selectors["playwright"] = selector }
            return Action(index: index, kind: m.kind.rawValue, locator: LocatorPriority.best(m.locators)?.javaScript,
                          selectors: selectors, value: m.redacted ? nil : m.value, redacted: m.redacted ? true : nil,
                          url: m.url, timeMs: m.timeMs.map { (($0 + (m.addedFromTrace ? offsets[index] : 0)) * 10).rounded() / 10 },
                          addedFromTrace: m.addedFromTrace)
        }
    }

    /// The actions as a recording to align a trace with.
    public func expectedActions() throws -> [ExpectedAction] {
        try actions.enumerated().map { index, a in
            guard let kind = ActionKind(rawValue: a.kind) else {
                throw TraceError.badExpectations("action \(index) has an unknown kind '\(a.kind)' (known: \(ActionKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let redacted = a.redacted ?? false
            return ExpectedAction(kind: kind, locators: a.locators, value: redacted ? nil : a.value, redacted: redacted,
                                  url: a.url, timeMs: a.timeMs, source: a.addedFromTrace ? "trace" : "recorder")
        }
    }
}
