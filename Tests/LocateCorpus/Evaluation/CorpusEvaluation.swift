import Foundation
import SceneConfig
import SceneLocator
public import SceneLocate

/// Runs SceneLocate over the corpus the way a run meets it, and counts what happens.
public struct CorpusEvaluation: Sendable {
    public var resolver: Resolver

    public init(resolver: Resolver = Resolver()) { self.resolver = resolver }

    /// What the runner ends up doing with one step.
    public enum Action: Sendable, Equatable {
        /// Acted on the element with this marker (nil: an unmarked element); `checked`: Scene
        /// looked at the element first (healed it, or confirmed it), false: acted on the locator's match blindly.
        case acted(marker: String?, checked: Bool)
        /// Failed the step; `named` when the message names candidate elements.
        case refused(message: String, named: Bool)
    }

    /// One healing case and what happened.
    public struct HealResult: Sendable {
        public var testCase: Corpus.HealCase
        public var action: Action
        /// The locator still finds the intended element (nothing to heal).
        public var intact: Bool { testCase.intended != nil && testCase.now.count == 1 && testCase.now.visible && testCase.now.found == testCase.intended }
        public var right: Bool { if case .acted(let m, _) = action { return m != nil && m == testCase.intended } else { return false } }
        public var wrong: Bool { if case .acted(let m, _) = action { return m == nil || m != testCase.intended } else { return false } }
        public var silentWrong: Bool { if case .acted(_, false) = action { return wrong } else { return false } }
        public var refused: Bool { if case .refused = action { return true } else { return false } }
        public var refusedNaming: Bool { if case .refused(_, true) = action { return true } else { return false } }
    }

    /// One plain step and what happened.
    public struct PlainResult: Sendable {
        public var step: Corpus.PlainStep
        public var outcome: InterpretResult
        public var right: Bool
        public var wrong: Bool { outcome.ok && !right }
        public var refused: Bool { !outcome.ok }
        /// A refusal whose message names at least one candidate element.
        public var refusedNaming: Bool {
            guard !outcome.ok, let error = outcome.error else { return false }
            return outcome.candidates.contains { error.contains($0.locator) } || error.contains("elements that could take")
        }
    }

    // MARK: healing

    /// As the runner plays a locator step: a locator that finds one visible element has it checked
    /// against the baseline's (`verify`), and a doubt is settled by healing with the found element;
    /// a locator that finds nothing, only a hidden element, or several (Playwright's strict mode)
    /// is healed.
    public func run(_ c: Corpus.HealCase, in site: Corpus.Site, lookAlikes known: [String: [Element]] = [:]) -> HealResult {
        // `Corpus.load` checked that every case's pages are there.
        let after = site.page(c.to, c.page) ?? Corpus.Page(snapshot: Snapshot(elements: []), expect: [:])
        let before = site.page(c.from, c.page)
        let previous = before.flatMap { page in page.expect[c.key].map { baselineElement(page.snapshot.elements[$0]) } }
        // What the baseline run records with the element: its look-alikes on the baseline's page.
        let lookAlikes = known[Self.baselineKey(c)] ?? Self.lookAlikes(c, in: site)
        guard c.now.count == 1 && c.now.visible else { return HealResult(testCase: c, action: heal(c, after, previous, found: nil, lookAlikes: lookAlikes)) }
        guard let previous, let found = c.now.element else {
            return HealResult(testCase: c, action: .acted(marker: c.now.found, checked: false))
        }
        let check = resolver.resolve(request(.verify, c, Snapshot(elements: []), previous, found))
        if check.ok { return HealResult(testCase: c, action: .acted(marker: c.now.found, checked: true)) }
        return HealResult(testCase: c, action: heal(c, after, previous, found: found, lookAlikes: lookAlikes))
    }

    func request(_ mode: ResolveMode, _ c: Corpus.HealCase, _ snapshot: Snapshot, _ previous: Element?, _ found: Element?,
                 lookAlikes: [Element]? = nil) -> ResolveRequest {
        ResolveRequest(requestId: 1, mode: mode, step: Step(kind: c.action, locator: c.locator), failedLocator: c.locator.javaScript,
                       snapshot: snapshot, previous: previous, found: found, lookAlikes: lookAlikes)
    }

    func heal(_ c: Corpus.HealCase, _ after: Corpus.Page, _ previous: Element?, found: Element?, lookAlikes: [Element]?) -> Action {
        let answer = resolver.resolve(request(.heal, c, after.snapshot, previous, found, lookAlikes: lookAlikes))
        guard answer.ok else {
            let message = answer.error ?? ""
            // A doubted element is named with the baseline's; otherwise the candidates are.
            let named = found != nil ? answer.expected != nil && answer.found != nil && message.contains(answer.found ?? "\u{0}")
                : answer.candidates.contains { message.contains($0.locator) } || message.contains("most like it: ")
            return .refused(message: message, named: named)
        }
        if answer.confirmed == true { return .acted(marker: c.now.found, checked: true) }
        return .acted(marker: answer.element.flatMap { marker(of: $0, in: after) }, checked: true)
    }

    /// The element as the baseline stores it: described alone, field values left out.
    func baselineElement(_ e: Element) -> Element {
        var e = e
        e.value = nil
        e.index = 0
        return e
    }

    func marker(of index: Int, in page: Corpus.Page) -> String? {
        page.expect.first { $0.value == index }?.key
    }

    // MARK: plain steps

    public func run(_ s: Corpus.PlainStep, in site: Corpus.Site) -> PlainResult {
        // `Corpus.load` checked that every step's page is there.
        let page = site.page(s.version, s.page) ?? Corpus.Page(snapshot: Snapshot(elements: []), expect: [:])
        let outcome = resolver.interpreter.interpret(s.sentence, snapshot: page.snapshot)
        return PlainResult(step: s, outcome: outcome, right: s.refuse == nil && Self.matches(s, outcome, page))
    }

    /// The step did what the corpus says: the kind, the value, the element.
    static func matches(_ s: Corpus.PlainStep, _ outcome: InterpretResult, _ page: Corpus.Page) -> Bool {
        guard let step = outcome.step, s.kinds.contains(step.kind) else { return false }
        if let value = s.value, step.value != value { return false }
        guard let key = s.element else { return true }
        let chosen: Int? = outcome.element?.index
        return chosen != nil && chosen == page.expect[key]
    }

    // MARK: whole corpus

    public struct SiteResults: Sendable {
        public var site: Corpus.Site
        public var heal: [HealResult]
        public var plain: [PlainResult]
    }

    /// Every site, each on its own thread (the sites share nothing), in corpus order.
    public func run(_ corpus: Corpus) -> [SiteResults] {
        let results = SiteSlots(count: corpus.sites.count)
        DispatchQueue.concurrentPerform(iterations: corpus.sites.count) { i in results.set(i, run(corpus.sites[i])) }
        return results.all
    }

    func run(_ site: Corpus.Site) -> SiteResults {
        // One baseline element has cases for every locator written for it: its look-alikes once.
        var known: [String: [Element]] = [:]
        for c in site.healCases where known[Self.baselineKey(c)] == nil { known[Self.baselineKey(c)] = Self.lookAlikes(c, in: site) ?? [] }
        return SiteResults(site: site, heal: site.healCases.map { run($0, in: site, lookAlikes: known) },
                           plain: site.plainSteps.map { run($0, in: site) })
    }

    /// The baseline element a case starts from: version, page and marker.
    static func baselineKey(_ c: Corpus.HealCase) -> String { "\(c.from)/\(c.page)/\(c.key)" }

    /// The look-alikes the baseline run records with the case's element (`Healer.lookAlikes`).
    public static func lookAlikes(_ c: Corpus.HealCase, in site: Corpus.Site) -> [Element]? {
        site.page(c.from, c.page).flatMap { page in page.expect[c.key].map { Healer.lookAlikes(of: page.snapshot.elements[$0], in: page.snapshot.elements) } }
    }
}

/// One result per site, filled from `concurrentPerform`'s threads.
final class SiteSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [CorpusEvaluation.SiteResults?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ result: CorpusEvaluation.SiteResults) { lock.withLock { slots[i] = result } }
    var all: [CorpusEvaluation.SiteResults] { lock.withLock { slots.compactMap { $0 } } }
}
