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
        case .verify: return verify(request)
        case .heal: return heal(request)
        case .interpret: return interpret(request)
        case .lookAlikes: return lookAlikes(request)
        }
    }

    func lookAlikes(_ request: ResolveRequest) -> ResolveResponse {
        guard let previous = request.previous else {
            return ResolveResponse(requestId: request.requestId, ok: false, step: nil, locator: nil, confidence: 0, candidates: [],
                                   reason: "", error: "lookAlikes needs the step's element (previous) and the page (snapshot)")
        }
        let found = Healer.lookAlikes(of: previous, in: request.snapshot.elements)
        return ResolveResponse(requestId: request.requestId, ok: true, step: nil, locator: nil, confidence: 1, candidates: [],
                               reason: "\(found.count) look-alikes", error: nil, lookAlikes: found)
    }

    func verify(_ request: ResolveRequest) -> ResolveResponse {
        let shown = request.failedLocator ?? request.step.locator.map(\.javaScript) ?? "the locator"
        guard let previous = request.previous, let found = request.found else {
            return ResolveResponse(requestId: request.requestId, ok: false, step: nil, locator: nil, confidence: 0, candidates: [],
                                   reason: "", error: "verify needs the baseline's element (previous) and the one found (found)")
        }
        let check = healer.verify(previous: previous, found: found)
        return ResolveResponse(requestId: request.requestId, ok: check.same, step: check.same ? request.step : nil, locator: shown,
                               confidence: rounded(check.score), candidates: [], reason: check.explanation,
                               error: check.same ? nil : "\(shown) now finds \(check.found), not clearly the baseline's \(check.expected) (\(check.explanation))",
                               expected: check.expected, found: check.found, confirmed: check.same ? true : nil)
    }

    func heal(_ request: ResolveRequest) -> ResolveResponse {
        let outcome = healer.heal(kind: request.step.kind, failed: request.step.locator, failedText: request.failedLocator,
                                  snapshot: request.snapshot, previous: request.previous, found: request.found,
                                  lookAlikes: request.lookAlikes ?? [])
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
                               element: outcome.chosen?.element.index, expected: outcome.expected, found: outcome.found,
                               confirmed: outcome.confirmed ? true : nil)
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
