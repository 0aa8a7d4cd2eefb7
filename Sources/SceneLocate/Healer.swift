public import SceneBundle
public import SceneConfig
public import SceneLocator

/// When a healed locator may be used: the best candidate must score above `floor`, rest
/// on identifying evidence (not structure alone), and beat the runner-up by `margin`.
/// Otherwise healing fails, naming the best candidates: a wrong pick is worse than none.
public struct HealingPolicy: Sendable, Equatable {
    public var floor: Double
    public var margin: Double
    public var minEvidence: Double
    /// Candidates listed in answers and errors.
    public var listed: Int
    public init(floor: Double = 0.5, margin: Double = 0.03, minEvidence: Double = 0.55, listed: Int = 5) {
        self.floor = floor; self.margin = margin; self.minEvidence = minEvidence; self.listed = listed
    }
}

/// The result of one healing attempt; `record(step:)` gives the run bundle's record.
public struct HealingResult: Sendable, Equatable {
    public var failedLocator: String
    /// The chosen element and its new locator (nil when healing failed).
    public var chosen: ScoredElement?
    public var locator: Locator?
    /// Best candidates first, each with the locator that would find it.
    public var ranked: [RankedCandidate]
    public var reason: String
    public var error: String?

    public var ok: Bool { chosen != nil }
    public var locatorText: String? { locator.map(\.javaScript) }

    /// The bundle record of this attempt.
    public func record(step: Int) -> HealingRecord {
        let runnerUp = ranked.dropFirst().first
        let best = ranked.first
        return HealingRecord(step: step, failedLocator: failedLocator, chosenLocator: locatorText,
                             score: chosen?.score ?? best?.candidate.score ?? 0,
                             runnerUp: chosen == nil ? best?.locator : runnerUp?.locator,
                             runnerUpScore: chosen == nil ? best?.candidate.score : runnerUp?.candidate.score,
                             reason: error ?? reason)
    }
}

/// A candidate with the locator that would find it.
public struct RankedCandidate: Sendable, Equatable {
    public var candidate: ScoredElement
    public var locator: String
}

/// Finds the element a broken locator meant in a fresh snapshot.
public struct Healer: Sendable {
    public var policy: HealingPolicy
    public var weights: HealingScorer.Weights

    public init(policy: HealingPolicy = HealingPolicy(), weights: HealingScorer.Weights = HealingScorer.Weights()) {
        self.policy = policy; self.weights = weights
    }

    /// - Parameters:
    ///   - kind: the step's action; candidates that cannot take it are dropped.
    ///   - failed: the step's locator, if declared; `failedText` (Playwright's printout) is read when it is nil.
    ///   - previous: the element's snapshot from the baseline run, when recorded.
    public func heal(kind: StepKind, failed: Locator?, failedText: String?, snapshot: Snapshot, previous: Element?) -> HealingResult {
        let spec = failed ?? failedText.flatMap({ Locator(code: $0) })
        let failedDisplay = failedText ?? spec.map(\.javaScript) ?? "(no locator)"
        var target = spec.map { TargetProfile(locator: $0) } ?? TargetProfile()
        if let previous { target = target.overlaid(with: TargetProfile(element: previous)) }
        guard !target.isEmpty else {
            return HealingResult(failedLocator: failedDisplay, chosen: nil, locator: nil, ranked: [], reason: "",
                                  error: "cannot heal \(failedDisplay): the locator says nothing about its element")
        }
        let scorer = HealingScorer(target: target, weights: weights)
        // A click target recorded as non-interactive (a heading) may be clicked again.
        let clickAnything = target.interactive == false && (kind == .click || kind == .dblclick)
        let top = scorer.best(of: snapshot.elements, count: max(policy.listed, 2), for: clickAnything ? nil : kind)
        let ranked = top.map { RankedCandidate(candidate: $0, locator: LocatorBuilder.build(for: $0.element, in: snapshot).javaScript) }
        guard let best = top.first else {
            return HealingResult(failedLocator: failedDisplay, chosen: nil, locator: nil, ranked: [], reason: "",
                                  error: "cannot heal \(failedDisplay): no element on the page can take '\(kind.rawValue)'")
        }
        let second = top.dropFirst().first
        let margin = best.score - (second?.score ?? 0)
        let listing = ranked.prefix(3).map { "\($0.locator) \(fmt($0.candidate.score))" }.joined(separator: ", ")
        var refusal: String? = nil
        if best.score < policy.floor {
            refusal = "best score \(fmt(best.score)) is below the confidence floor \(fmt(policy.floor))"
        } else if best.evidence < policy.minEvidence {
            refusal = "no identifying attribute matches (best \(fmt(best.evidence)), only structure does"
        } else if second != nil, margin < policy.margin {
            refusal = "ambiguous: the runner-up is within \(fmt(margin)) of the best"
        }
        if let refusal {
            return HealingResult(failedLocator: failedDisplay, chosen: nil, locator: nil, ranked: ranked, reason: best.explanation,
                                  error: "cannot heal \(failedDisplay): \(refusal); best candidates: \(listing)")
        }
        let locator = LocatorBuilder.build(for: best.element, in: snapshot)
        let runnerUp = second.map { ", runner-up \(ranked[1].locator) \(fmt($0.score))" } ?? ""
        let reason = "healed \(failedDisplay) -> \(locator.javaScript): score \(fmt(best.score))\(runnerUp); \(best.explanation)"
        return HealingResult(failedLocator: failedDisplay, chosen: best, locator: locator, ranked: ranked, reason: reason, error: nil)
    }
}
