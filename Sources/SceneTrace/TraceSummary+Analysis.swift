public import SceneBundle

extension TraceSummary {
    /// The run-bundle form of an analysis (what `execution.json` stores).
    public init(_ analysis: TraceAnalysis) {
        self.init(
            traceVersion: analysis.traceVersion, playwrightVersion: analysis.playwrightVersion,
            actions: analysis.actions.map(ActionRecord.init),
            missing: analysis.missing.map { MissingActionRecord(kind: $0.action.kind.rawValue, locator: $0.action.locatorText,
                                                                 value: $0.action.value, position: $0.position) },
            notPerformed: analysis.notPerformed.map { MissingActionRecord(kind: $0.action.kind.rawValue, locator: $0.action.locatorText,
                                                                          value: $0.action.redacted ? nil : $0.action.value, position: $0.position) },
            coverage: analysis.coverage)
    }
}

extension ActionRecord {
    /// A performed action as the run bundle records it; secret values are never copied.
    public init(_ a: TraceAction) {
        self.init(index: a.index, kind: a.kind.rawValue, locator: a.locatorText, value: a.redacted ? nil : a.value, url: a.url,
                  startMs: a.startMs, durationMs: a.durationMs, status: a.status.rawValue, error: a.error, target: a.target)
    }
}
