import SceneConfig

/// Scene's side of the runner's `resolve` message: heals a failed locator or interprets a
/// plain-language step, and answers with a concrete step. Pure: no process, no clock.
public struct Resolver: Sendable {
    public var healer: Healer
    public var interpreter: Interpreter

    public init(healer: Healer = Healer(), interpreter: Interpreter = Interpreter()) {
        self.healer = healer; self.interpreter = interpreter
    }

    public func resolve(_ request: ResolveRequest) -> ResolveResponse {
        switch request.mode {
        case .heal: return heal(request)
        case .interpret: return interpret(request)
        }
    }

    func heal(_ request: ResolveRequest) -> ResolveResponse {
        let outcome = healer.heal(kind: request.step.kind, failed: request.step.locator, failedText: request.failedLocator,
                                  snapshot: request.snapshot, previous: request.previous)
        var step: Step? = nil
        if let locator = outcome.locator {
            step = request.step
            step?.locator = locator
        }
        let candidates = outcome.ranked.map {
            ResolveCandidate(locator: $0.locator, score: rounded($0.candidate.score), index: $0.candidate.element.index)
        }
        return ResolveResponse(requestId: request.requestId, ok: outcome.ok, step: step, locator: outcome.locatorText,
                               confidence: rounded(outcome.chosen?.score ?? 0), candidates: candidates,
                               reason: outcome.reason, error: outcome.error,
                               element: outcome.chosen?.element.index)
    }

    func interpret(_ request: ResolveRequest) -> ResolveResponse {
        guard let sentence = request.step.value, !sentence.isEmpty else {
            return ResolveResponse(requestId: request.requestId, ok: false, step: nil, locator: nil, confidence: 0, candidates: [],
                                   reason: "", error: "interpret needs the sentence in step.value")
        }
        let outcome = interpreter.interpret(sentence, snapshot: request.snapshot)
        var step = outcome.step
        // Keep what the declaration said about the step itself (where, timeout, optional).
        step?.source = request.step.source
        step?.timeoutMs = request.step.timeoutMs
        step?.optional = request.step.optional
        return ResolveResponse(requestId: request.requestId, ok: outcome.ok, step: step, locator: outcome.locator,
                               confidence: outcome.confidence, candidates: outcome.candidates, reason: outcome.reason,
                               error: outcome.error, element: outcome.element?.index)
    }
}
