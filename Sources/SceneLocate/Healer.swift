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
    /// Below this score `verify` doubts that a locator still finds the baseline's element (when it has no words to compare).
    public var sameElement: Double
    /// The share of the floor (and of `minEvidence`) that suffices when the best candidate is the element the locator still finds.
    public var foundFloor: Double
    /// A clear winner below the floor is taken all the same: at least `clearFloor`, ahead of the
    /// runner-up by `clearMargin` (on identifying evidence, `minEvidence`, like any pick), or by
    /// `sameWordsMargin` when it is the only candidate that reads as the element did (its words
    /// at least `sameWords`, the runner-up's below): a control that moved to another area, under
    /// another heading, keeps what it says.
    public var clearFloor: Double
    public var clearMargin: Double
    public var sameWords: Double
    public var sameWordsMargin: Double
    /// Candidates listed in answers and errors.
    public var listed: Int
    /// A candidate another element of the baseline's page beats by this much is that element's.
    static let claimedMargin = 0.05
    /// An address on the same path (another query or fragment) scores this (`HealingScorer.hrefSimilarity`).
    static let sameAddressPath = 0.8
    /// The defaults are calibrated on the locate corpus (Tests/LocateCorpus): the most healed
    /// locators with no wrong element on its tuned sites (`LocateBench corpus --floors`).
    public init(floor: Double = 0.45, margin: Double = 0.03, minEvidence: Double = 0.4, sameElement: Double = 0.85, foundFloor: Double = 0.75,
                clearFloor: Double = 0.3, clearMargin: Double = 0.2, sameWords: Double = 0.9, sameWordsMargin: Double = 0.1,
                listed: Int = 5) {
        self.floor = floor; self.margin = margin; self.minEvidence = minEvidence; self.sameElement = sameElement
        self.foundFloor = foundFloor; self.clearFloor = min(clearFloor, floor); self.clearMargin = clearMargin
        self.sameWords = sameWords; self.sameWordsMargin = sameWordsMargin; self.listed = listed
    }
}

/// The result of one healing attempt; `record(step:)` gives the run bundle's record.
public struct HealingResult: Sendable, Equatable {
    public var failedLocator: String
    /// The chosen element and its new locator (nil when healing failed).
    public var chosen: ScoredElement?
    public var locator: Locator?
    /// The baseline's element and the one the locator finds now, when it still finds one that
    /// did not look like it (as `Element.described` puts them).
    public var expected: String?
    public var found: String?
    /// `verify` doubted the element the locator still finds, and of the whole page it is still
    /// the most like the baseline's: the locator is kept, and `expected`/`found` name both.
    public var confirmed = false
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
                             reason: error ?? reason, expected: expected, found: found, confirmed: confirmed ? true : nil)
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
    ///   - found: the element the locator still finds, when `verify` doubted it is the baseline's:
    ///     chosen again it is confirmed; otherwise the outcome names both.
    ///   - lookAlikes: the elements of the baseline's page most like `previous` (`lookAlikes(of:in:)`),
    ///     when recorded: a candidate one of them is clearly more like is that one's, not ours.
    public func heal(kind: StepKind, failed: Locator?, failedText: String?, snapshot: Snapshot, previous: Element?,
                     found: Element? = nil, lookAlikes: [Element] = []) -> HealingResult {
        let spec = failed ?? failedText.flatMap({ Locator(code: $0) })
        let failedDisplay = failedText ?? spec.map(\.javaScript) ?? "(no locator)"
        let expected = found == nil ? nil : previous?.described
        var target = spec.map { TargetProfile(locator: $0) } ?? TargetProfile()
        if let previous {
            target = target.overlaid(with: TargetProfile(element: previous))
            // The baseline's element is first-hand: no attribute of it is suspect.
            target.brokenAttribute = nil
        }
        guard !target.isEmpty else {
            return HealingResult(failedLocator: failedDisplay, chosen: nil, locator: nil, ranked: [], reason: "",
                                  error: "cannot heal \(failedDisplay): the locator says nothing about its element")
        }
        let scorer = HealingScorer(target: target, page: snapshot.elements, weights: weights)
        // A click target recorded as non-interactive (a heading) may be clicked again.
        let clickAnything = target.interactive == false && (kind == .click || kind == .dblclick)
        var top = scorer.best(of: snapshot.elements, count: max(policy.listed, 2) + (lookAlikes.isEmpty ? 0 : Self.claimSpare),
                              for: clickAnything ? nil : kind)
        // Both ways: how like the baseline's element each candidate is, against its most alike
        // look-alike. One another element is clearly more like (the row that moved up into a
        // removed row's place) is that element's, not ours.
        var reverse: [Int: (mine: Double, other: Double)] = [:]
        if let previous, !lookAlikes.isEmpty {
            let old = lookAlikes + [previous]
            for candidate in top {
                let scorer = HealingScorer(target: TargetProfile(element: candidate.element), page: old, weights: weights, readsOwners: false)
                guard let other = scorer.best(of: lookAlikes, count: 1, for: clickAnything ? nil : kind).first else { continue }
                reverse[candidate.element.index] = (scorer.score(previous).score, other.score)
            }
        }
        let claimed = top.filter { reverse[$0.element.index].map { $0.other - $0.mine > HealingPolicy.claimedMargin } ?? false }
        top.removeAll { c in claimed.contains { $0.element.index == c.element.index } }
        let ranked = top.map { RankedCandidate(candidate: $0, locator: LocatorBuilder.build(for: $0.element, in: snapshot).javaScript) }
        if top.isEmpty, !claimed.isEmpty {
            // Everything like it is another element the baseline recorded beside it: it is gone.
            let others = claimed.map { RankedCandidate(candidate: $0, locator: LocatorBuilder.build(for: $0.element, in: snapshot).javaScript) }
            let listed = others.prefix(3).map { "\($0.locator) \(fmt($0.candidate.score))" }
            return HealingResult(failedLocator: failedDisplay, chosen: nil, locator: nil, expected: expected, found: found?.described,
                                  ranked: Array(others.prefix(policy.listed)), reason: "",
                                  error: (found.map { "\(failedDisplay) now finds \($0.described), but the baseline recorded \(expected ?? "another element"); "
                                    + "no confident replacement: " } ?? "cannot heal \(failedDisplay): ")
                                    + "the element seems removed: each candidate is more like another element "
                                    + "the baseline recorded beside it (\(listed.joined(separator: ", ")))")
        }
        guard let best = top.first else {
            // Nothing can take the action: name what is most like the element all the same.
            let closest = scorer.best(of: snapshot.elements, count: 3, for: nil)
                .map { "\(LocatorBuilder.build(for: $0.element, in: snapshot).javaScript) \(fmt($0.score))" }
            return HealingResult(failedLocator: failedDisplay, chosen: nil, locator: nil, ranked: [], reason: "",
                                  error: "cannot heal \(failedDisplay): no element on the page can take '\(kind.rawValue)'"
                                    + (closest.isEmpty ? "" : "; most like it: \(closest.joined(separator: ", "))"))
        }
        // A candidate another element claims still competes with one that scores below it: the
        // right one must beat it on its own (a new row in a removed row's place does not).
        let second = [top.dropFirst().first, mutual(best, previous, reverse[best.element.index]) ? nil : claimed.first]
            .compactMap { $0 }.max { $0.score < $1.score }
        let margin = best.score - (second?.score ?? 0)
        let listing = ranked.prefix(3).map { "\($0.locator) \(fmt($0.candidate.score))" }.joined(separator: ", ")
        // The element the locator still finds, told from the snapshot by its paths. Chosen again
        // as the best, two signals agree: a lower floor will do.
        let foundIndex = found.flatMap { f in
            snapshot.elements.first { $0.xpath == f.xpath && $0.cssPath == f.cssPath && ($0.frame ?? "") == (f.frame ?? "") }?.index
        }
        let foundIsBest = foundIndex != nil && foundIndex == best.element.index
        let floor = foundIsBest ? policy.floor * policy.foundFloor : policy.floor
        let minEvidence = foundIsBest ? policy.minEvidence * policy.foundFloor : policy.minEvidence
        var refusal: String? = nil
        // Far ahead of every other candidate, a lower score will do (on identifying evidence, below);
        // the only one that says what it said need be less far ahead: it moved, it is not another element.
        let readsSame = (best.similarity("words") ?? 0) >= policy.sameWords && (second?.similarity("words") ?? 0) < policy.sameWords
        // The only candidate that goes where the element went (the same address) is not tied with
        // one that goes elsewhere, however close their scores: a renamed menu link.
        let onlyAddress = best.similarity("href") == 1 && (second?.similarity("href") ?? 0) < HealingPolicy.sameAddressPath
        let clear = best.score >= policy.clearFloor && margin >= (readsSame ? policy.sameWordsMargin : policy.clearMargin)
        if best.score < floor && !clear {
            refusal = "best score \(fmt(best.score)) is below the confidence floor \(fmt(floor))"
        } else if best.evidence < minEvidence {
            refusal = "no identifying attribute matches (best \(fmt(best.evidence)), only structure does"
        } else if second != nil, margin < policy.margin, !(onlyAddress && margin > 0) {
            refusal = "ambiguous: the runner-up is within \(fmt(margin)) of the best"
        }
        let runnerUp = second.map { ", runner-up \(LocatorBuilder.build(for: $0.element, in: snapshot).javaScript) \(fmt($0.score))" } ?? ""
        let changed = found.map { "\(failedDisplay) now finds \($0.described), but the baseline recorded \(expected ?? "another element")" }
        if let refusal {
            let error = changed.map { "\($0); no confident replacement: \(refusal); best candidates: \(listing)" }
                ?? "cannot heal \(failedDisplay): \(refusal); best candidates: \(listing)"
            return HealingResult(failedLocator: failedDisplay, chosen: nil, locator: nil, expected: expected, found: found?.described,
                                  ranked: ranked, reason: best.explanation, error: error)
        }
        if foundIsBest, let spec, let changed {
            let reason = "\(changed); of the whole page it is still the most like it, so the locator is kept "
                + "(score \(fmt(best.score))\(runnerUp)); \(best.explanation)"
            return HealingResult(failedLocator: failedDisplay, chosen: best, locator: spec, expected: expected, found: found?.described,
                                  confirmed: true, ranked: ranked, reason: reason, error: nil)
        }
        let locator = LocatorBuilder.build(for: best.element, in: snapshot)
        let reason = (changed.map { "\($0): " } ?? "")
            + "healed \(failedDisplay) -> \(locator.javaScript): score \(fmt(best.score))\(runnerUp); \(best.explanation)"
        return HealingResult(failedLocator: failedDisplay, chosen: best, locator: locator, expected: expected, found: found?.described,
                              ranked: ranked, reason: reason, error: nil)
    }

    /// The candidate is more like the baseline's element than like any of its look-alikes
    /// (`reverse`: both scores; true without look-alikes): then candidates they claimed are
    /// theirs, not rivals of this one.
    func mutual(_ candidate: ScoredElement, _ previous: Element?, _ reverse: (mine: Double, other: Double)?) -> Bool {
        guard let previous, let reverse else { return true }
        // A row or card that says little of the old one's (a new row in a removed row's place) is no match of it.
        if let row = Self.ownRowSimilarity(previous, candidate.element), row < Self.sameRow { return false }
        return reverse.mine >= reverse.other
    }

    /// Below this share of its row's or card's own words (`ownRowSimilarity`), a candidate is not its row's match (`mutual`).
    static let sameRow = 0.5

    /// Candidates scored beyond those listed when some may be claimed by look-alikes.
    static let claimSpare = 3

    /// The elements of `page` most like `element` (itself left out, field values dropped), best
    /// first: what healing later checks each candidate against (`heal(lookAlikes:)`), recorded
    /// with the baseline instead of the whole page.
    public static func lookAlikes(of element: Element, in page: [Element], count: Int = lookAlikeCount) -> [Element] {
        let scorer = HealingScorer(target: TargetProfile(element: element), page: page)
        let same = { (e: Element) in e.xpath == element.xpath && e.cssPath == element.cssPath && (e.frame ?? "") == (element.frame ?? "") }
        return scorer.best(of: page.filter { !same($0) }, count: count, for: nil).map { var e = $0.element; e.value = nil; return e }
    }

    /// Look-alikes recorded per step: the rows and cards around a row's button, the fields of a form.
    public static let lookAlikeCount = 40

    /// Whether the element a locator finds now is clearly the one the baseline recorded: its words,
    /// kind, identifiers and row or card agree. Anything less is a doubt, settled by `heal` with
    /// `found` over the whole page (where a changed but same element is chosen again).
    public func verify(previous: Element, found: Element) -> IdentityCheck {
        let scorer = HealingScorer(target: TargetProfile(element: previous), weights: weights)
        let scored = scorer.score(found)
        // What a person sees (its words), what it is (role), which row or card it is in, the
        // heading it is under, and a test id must agree. Layout (landmarks, position, paths) and
        // renamed ids may change: a refactor moves things around.
        var doubts: [String] = []
        for (feature, bar) in [("words", 0.9), ("role", 1.0), ("container", 0.6), ("heading", 0.5), ("testId", 1.0), ("href", 0.9)] {
            if let s = scored.similarity(feature), s < bar { doubts.append("\(feature) \(fmt(s))") }
        }
        if scored.similarity("words") == nil, scored.score < policy.sameElement { doubts.append("score \(fmt(scored.score))") }
        if let s = Self.ownRowSimilarity(previous, found), s < Self.ownRowBar { doubts.append("row \(fmt(s))") }
        // A form's submit button (a layout table inside the form is no matter) and a button of the
        // same name under another heading outside any form ("Log activity" that opens the form,
        // not the one that saves it) are two controls.
        let inForm = { (e: Element) in (e.regions ?? []).contains { $0.hasPrefix("form") } }
        if HealingScorer.submits(tag: previous.tag, type: previous.type, role: previous.role), inForm(previous), !inForm(found),
           Prepared(previous.heading ?? "").tokens != Prepared(found.heading ?? "").tokens {
            doubts.append("not a form's submit button, under another heading")
        }
        if HealingScorer.movedArea(previous.regions ?? [], found.regions ?? []) {
            doubts.append("in \(found.regions?.first ?? "another area"), not \(previous.regions?.first ?? "its area")")
        }
        return IdentityCheck(same: doubts.isEmpty, score: scored.score, expected: previous.described, found: found.described,
                             explanation: doubts.isEmpty ? scored.explanation : "differs: " + doubts.joined(separator: ", "))
    }
}

extension Healer {
    /// What tells one row or card from the next: its words other than the element's own ("Grace
    /// Hopper grace hopper example com" of "Grace Hopper grace.hopper@example.com Edit" for its
    /// Edit button), compared without page weights (verify has no page), so the words every row
    /// shares (the domain, the button) would otherwise make "Alan Turing …" look like it.
    static func ownRowSimilarity(_ previous: Element, _ found: Element) -> Double? {
        guard let mine = previous.container, let theirs = found.container else { return nil }
        let own = Set(Prepared([previous.name, previous.text, found.name, found.text].compactMap { $0 }.joined(separator: " ")).tokens)
        let a = Prepared(mine).tokens.filter { !own.contains($0) }, b = Prepared(theirs).tokens.filter { !own.contains($0) }
        guard !a.isEmpty || !b.isEmpty else { return nil }
        let common = Set(a).intersection(b).count
        return Double(common) / Double(max(a.count, b.count))
    }

    /// Below this share of its row's own words in common, a found element is doubted.
    static let ownRowBar = 0.75
}

/// `Healer.verify`'s answer: the same element, or a doubt to settle.
public struct IdentityCheck: Sendable, Equatable {
    public var same: Bool
    public var score: Double
    public var expected: String
    public var found: String
    public var explanation: String
}
