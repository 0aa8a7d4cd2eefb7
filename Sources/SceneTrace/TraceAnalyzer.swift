public import Foundation

/// Reads a trace, lists the performed actions and, given what was expected, finds what
/// is missing on either side and merges the recording with the trace.
public enum TraceAnalyzer {
    public static func analyze(trace: URL, expected: [ExpectedAction]?, limits: TraceLimits = .default) throws -> TraceAnalysis {
        try analyze(model: TraceReader(limits: limits).read(url: trace), expected: expected)
    }

    public static func analyze(model: TraceModel, expected: [ExpectedAction]?) -> TraceAnalysis {
        let actions = ActionMapper.actions(from: model)
        let header = model.contexts.first(where: { $0.version != nil })
        var analysis = TraceAnalysis(
            traceVersion: header?.version, playwrightVersion: header?.playwrightVersion, contexts: model.contexts,
            actions: actions, frames: model.frames, console: model.console, failedRequests: model.failedRequests, stats: model.stats,
            expected: expected,
            alignment: [], missing: [], notPerformed: [], coverage: nil, merged: [])
        analysis.waits = ActionMapper.waits(from: model)
        guard let expected else { return analysis }
        let testIdAttribute = model.contexts.compactMap(\.testIdAttributeName).first ?? "data-testid"
        let pairs = ActionAlignment.align(expected: expected, performed: actions, testIdAttribute: testIdAttribute)
        analysis.alignment = pairs
        var matched = 0
        for pair in pairs {
            switch (pair.expected, pair.performed) {
            case (let e?, let p?):
                matched += 1
                analysis.merged.append(merged(expected[e], expectedIndex: e, performedIndex: p, performed: actions[p]))
            case (let e?, nil):
                analysis.merged.append(merged(expected[e], expectedIndex: e, performedIndex: nil, performed: nil))
                if !expected[e].optional { analysis.notPerformed.append(.init(action: expected[e], position: e)) }
            case (nil, let p?):
                analysis.missing.append(.init(action: actions[p], position: analysis.merged.count))
                analysis.merged.append(fromTrace(actions[p], index: p))
            case (nil, nil): break
            }
        }
        let union = matched + analysis.missing.count + analysis.notPerformed.count
        analysis.coverage = union == 0 ? 1 : Double(matched) / Double(union)
        return analysis
    }

    static func merged(_ e: ExpectedAction, expectedIndex: Int, performedIndex: Int?, performed: TraceAction?) -> MergedAction {
        MergedAction(kind: e.kind, locators: e.locators, selector: performed?.selector, value: e.value, redacted: e.redacted,
                     url: e.url ?? performed?.url, timeMs: e.timeMs ?? performed?.startMs, addedFromTrace: false,
                     performedIndex: performedIndex, expectedIndex: expectedIndex)
    }

    static func fromTrace(_ a: TraceAction, index: Int) -> MergedAction {
        MergedAction(kind: a.kind, locators: a.locator.map { [$0] } ?? [], selector: a.selector, value: a.value,
                     redacted: a.redacted, url: a.url, timeMs: a.startMs, addedFromTrace: true,
                     performedIndex: index, expectedIndex: nil)
    }
}
