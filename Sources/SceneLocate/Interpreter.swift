public import SceneConfig
import SceneLocator

/// How sure a plain-language match must be, and when two matches are too close to choose.
public struct InterpretPolicy: Sendable, Equatable {
    public var floor: Double
    /// Matches within this of the best are "the same" (ordinals pick among them).
    public var tie: Double
    public var listed: Int
    public init(floor: Double = 0.55, tie: Double = 0.05, listed: Int = 5) {
        self.floor = floor; self.tie = tie; self.listed = listed
    }
}

/// A plain-language step turned into a concrete one.
public struct InterpretResult: Sendable, Equatable {
    public var sentence: String
    public var step: Step?
    public var element: Element?
    public var locator: String?
    public var confidence: Double
    public var candidates: [ResolveCandidate]
    public var reason: String
    public var error: String?
    public var ok: Bool { step != nil }
}

/// Matches a plain-language step's target phrase against an element snapshot: role words
/// filter, the action filters (fill needs a field), name/label/placeholder/text similarity
/// ranks, ordinals pick among equals, and ambiguity or no match is an error that names
/// the best candidates.
public struct Interpreter: Sendable {
    public var policy: InterpretPolicy
    public init(policy: InterpretPolicy = InterpretPolicy()) { self.policy = policy }

    public func interpret(_ sentence: String, snapshot: Snapshot) -> InterpretResult {
        let command: PlainCommand
        do { command = try PlainGrammar.parse(sentence) } catch {
            return failure(sentence, error.message, [])
        }
        var step = Step(kind: command.kind, value: command.value, wait: command.wait, scrollY: command.scrollY)
        guard let target = command.target else {
            return InterpretResult(sentence: sentence, step: step, element: nil, locator: nil, confidence: 1, candidates: [],
                                    reason: "read as \(command.kind.rawValue)\(command.value.map { " '\($0)'" } ?? "")", error: nil)
        }
        let ranked = rank(target, kind: command.kind, in: snapshot)
        let listing = ranked.prefix(policy.listed).map {
            ResolveCandidate(locator: LocatorBuilder.build(for: snapshot.elements[$0.position], in: snapshot).javaScript, score: rounded($0.score), index: snapshot.elements[$0.position].index)
        }
        let named = listing.prefix(3).map { "\($0.locator) \(fmt($0.score))" }.joined(separator: ", ")
        guard let best = ranked.first, best.score >= policy.floor else {
            // Waits and assertions may name text that is not on the page yet: wait for it by its text.
            if [.wait, .assertVisible].contains(command.kind), !target.words.isEmpty, target.roles == nil {
                return byText(sentence, &step, target, listing)
            }
            let what = target.description.isEmpty ? "anything" : target.description
            return failure(sentence, "no element matches \(what)\(named.isEmpty ? "" : "; closest: \(named)")", listing)
        }
        let equals = ranked.filter { $0.score >= best.score - policy.tie }.sorted { $0.position < $1.position }
        let chosen: Candidate
        if let ordinal = target.ordinal {
            // "the second X": among the matches about as good as the best, in page order.
            let pool = ranked.filter { $0.score >= max(policy.floor, best.score - 0.15) }.sorted { $0.position < $1.position }
            let i = ordinal < 0 ? pool.count - 1 : ordinal
            guard i < pool.count else {
                return failure(sentence, "there are only \(pool.count) matches for '\(target.words)': \(named)", listing)
            }
            chosen = pool[i]
        } else if equals.count > 1 {
            let spelled = equals.prefix(policy.listed).map { LocatorBuilder.build(for: snapshot.elements[$0.position], in: snapshot).javaScript }
            return failure(sentence, "ambiguous: \(equals.count) elements match \(target.description) about equally (\(spelled.joined(separator: ", "))); "
                + "say which, e.g. 'the second \([target.words, target.roleWord ?? ""].filter { !$0.isEmpty }.joined(separator: " "))'", listing)
        } else {
            chosen = best
        }
        let element = snapshot.elements[chosen.position]
        let locator = LocatorBuilder.build(for: element, in: snapshot)
        if command.kind == .wait { step.wait = .text(element.text ?? element.name ?? target.words) } else { step.locator = locator }
        let text = locator.javaScript
        let reason = "\(command.kind.rawValue) \(target.description) -> \(text) (\(chosen.why(element)), score \(fmt(chosen.score)))"
        return InterpretResult(sentence: sentence, step: step, element: element, locator: command.kind == .wait ? nil : text,
                                confidence: rounded(chosen.score), candidates: listing, reason: reason, error: nil)
    }

    /// A match: its position in the snapshot, its score and the attribute that matched best.
    struct Candidate {
        var position: Int
        var score: Double
        var field: String?

        func why(_ e: Element) -> String {
            let value: String?
            switch field {
            case "name": value = e.name
            case "label": value = e.label
            case "aria-label": value = e.ariaLabel
            case "text": value = e.text
            case "placeholder": value = e.placeholder
            case "test id": value = e.testId
            case "value": value = e.value
            default: value = nil
            }
            guard let field, let value else { return "role \(e.role ?? e.tag)" }
            return "\(field) '\(value)'"
        }
    }

    /// Candidates that fit the role word and the action, best first.
    func rank(_ target: TargetPhrase, kind: StepKind, in snapshot: Snapshot) -> [Candidate] {
        let phrase = Prepared(target.words)
        var folder = Folder()
        var out: [Candidate] = []
        let actsOnControls = [.click, .dblclick, .hover, .check, .uncheck].contains(kind)
        let fit = kind == .click || kind == .dblclick ? .hover : kind
        // Through a buffer pointer, elements are borrowed, not copied.
        snapshot.elements.withUnsafeBufferPointer { buffer in
            for i in buffer.indices {
                let pointer = buffer.baseAddress! + i
                guard let roleRank = target.roles.map({ $0.firstIndex(of: pointer.pointee.role ?? "") }) ?? 0 else { continue }
                if !ActionFit.accepts(fit, pointer) { continue }
                var best = 0.0
                var field: String? = nil
                if target.words.isEmpty {
                    best = 1
                } else {
                    func consider(_ name: String, _ value: String?, _ weight: Double) {
                        guard let value, !value.isEmpty else { return }
                        folder.load(value)
                        let s = Similarity.of(phrase, folder.bytes, folder.tokens) * weight
                        if s > best { best = s; field = name }
                    }
                    consider("name", pointer.pointee.name, 1)
                    consider("label", pointer.pointee.label, 1)
                    consider("aria-label", pointer.pointee.ariaLabel, 1)
                    consider("text", pointer.pointee.text, 0.95)
                    consider("placeholder", pointer.pointee.placeholder, 0.9)
                    consider("test id", pointer.pointee.testId, 0.6)
                    consider("value", pointer.pointee.value, 0.5)
                }
                // Prefer what the action can really take: clicking a control over its text, the visible over the covered.
                if actsOnControls, !pointer.pointee.isInteractive { best *= 0.8 }
                if pointer.pointee.isTop == false { best *= 0.9 }
                if pointer.pointee.disabled == true { best *= 0.9 }
                // The role word's first meaning wins ties: a "search box" is a searchbox before a textbox.
                if roleRank > 0 { best *= 0.9 }
                if best > 0 { out.append(Candidate(position: i, score: best, field: field)) }
            }
        }
        return out.sorted { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }
    }

    func byText(_ sentence: String, _ step: inout Step, _ target: TargetPhrase, _ listing: [ResolveCandidate]) -> InterpretResult {
        if step.kind == .wait { step.wait = .text(target.words) } else { step.locator = .text(target.words) }
        let text = step.kind == .wait ? nil : Locator.text(target.words).javaScript
        return InterpretResult(sentence: sentence, step: step, element: nil, locator: text, confidence: 0.6, candidates: listing,
                                reason: "'\(target.words)' is not on the page yet: \(step.kind.rawValue) by its text", error: nil)
    }

    func failure(_ sentence: String, _ message: String, _ listing: [ResolveCandidate]) -> InterpretResult {
        InterpretResult(sentence: sentence, step: nil, element: nil, locator: nil, confidence: listing.first?.score ?? 0,
                         candidates: listing, reason: "", error: "cannot interpret '\(sentence)': \(message)")
    }
}

func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
