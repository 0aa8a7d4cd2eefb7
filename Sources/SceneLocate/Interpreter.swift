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

/// One element scored for a plain-language step, with what made its score.
public struct InterpretCandidate: Sendable, Equatable {
    public var element: Element
    public var score: Double
    /// The element's field that matched the words best ("name", "label", ...), and how well.
    public var field: String?
    public var words: Double
    /// The factors applied: role fit, context (row or card), area (footer, menu, dialog), option, state.
    public var factors: [(String, Double)]

    public static func == (a: Self, b: Self) -> Bool {
        a.element == b.element && a.score == b.score && a.field == b.field && a.words == b.words
            && a.factors.map(\.0) == b.factors.map(\.0) && a.factors.map(\.1) == b.factors.map(\.1)
    }

    /// "name 'Add to cart' 1.00 · context 1.00 · role 0.85".
    public var explanation: String {
        var parts = ["\(field ?? "words") \(fmt(words))"]
        parts += factors.map { "\($0.0) \(fmt($0.1))" }
        return parts.joined(separator: " · ")
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
    /// How the sentence was read (every reading tried), which reading won, and its ranking.
    public var command: PlainCommand?
    public var reading: PlainCommand?
    public var ranked: [InterpretCandidate] = []
    public var ok: Bool { step != nil }
}

/// Matches a plain-language step's target phrase against an element snapshot: the action and
/// role words filter (fill needs a field; a link that looks like a button is a button to a
/// person), the words rank (name, label, placeholder, text, title; rare words of the page
/// weigh most; synonyms are one word), "for <row text>" and "in the <area>" multiply, ordinals
/// pick among equals, and ambiguity or no match is an error naming the best candidates. Each
/// reading of the sentence is ranked; the one whose best element fits best is taken.
public struct Interpreter: Sendable {
    public var policy: InterpretPolicy
    public init(policy: InterpretPolicy = InterpretPolicy()) { self.policy = policy }

    public func interpret(_ sentence: String, snapshot: Snapshot) -> InterpretResult {
        do {
            let result = interpret(sentence, try PlainGrammar.parse(sentence), snapshot)
            // "Email address: jo@example.com": a verb may begin a field's name. When the verb's
            // reading finds nothing and a separator splits a field from its value, that field is meant.
            guard !result.ok, PlainGrammar.fieldAndValue(sentence) != nil else { return result }
            let field = interpret(sentence, PlainGrammar.verbless(sentence), snapshot)
            return field.ok && field.step?.kind != .click ? field : result
        } catch {
            // No verb the grammar knows: the first words may name a control of the page and the
            // rest where it is ("Snooze #4817", "Block Rahul Iyer"), or a field and its value
            // ("Colour: Silver"), or the sentence is a control's whole name, every word of it (a
            // partial match scores below the missing-word discount). Otherwise the grammar's
            // error stands.
            let verbless = PlainGrammar.verbless(sentence)
            let result = interpret(sentence, verbless, snapshot)
            // The sentence as a name with its role word or place ("Comments tab") is held to the
            // whole sentence's bar; a control's name first or a field and its value are not.
            let asName = verbless.alternatives.first { $0.kind == .click }
            let controlFirst = result.reading != nil && result.reading != verbless && result.reading != asName
            if controlFirst || (result.ok && result.confidence >= Similarity.missingDiscount) { return result }
            // "Warn crustlord", "Escalate the refund ticket": a verb the grammar does not know
            // that begins the names of the page's controls ("Warn member") names one of them.
            if let (verb, command) = PlainGrammar.unknownVerb(sentence), ControlNames.begin(with: verb, snapshot.elements) {
                let led = interpret(sentence, command, snapshot)
                if led.ok { return led }
            }
            let closest = Self.named(result.candidates)
            return failure(sentence, error.message + (closest.isEmpty ? "" : "; closest: \(closest)"), result.candidates,
                           command: nil, reading: nil, ranked: [])
        }
    }

    func interpret(_ sentence: String, _ command: PlainCommand, _ snapshot: Snapshot) -> InterpretResult {
        guard command.target != nil else {
            let step = Step(kind: command.kind, value: command.value, wait: command.wait, scrollY: command.scrollY)
            let what: String
            if case let .text(text)? = command.wait { what = " for the text '\(text)'" } else { what = command.value.map { " '\($0)'" } ?? "" }
            return InterpretResult(sentence: sentence, step: step, element: nil, locator: nil, confidence: 1, candidates: [],
                                    reason: "read as \(command.kind.rawValue)\(what)", error: nil,
                                    command: command, reading: command)
        }
        let page = PageWords(snapshot.elements)
        // Every reading ranked: a later one wins only when its best element fits clearly better.
        var reading = command, ranked: [InterpretCandidate] = []
        // A role word may be (part of) the name: "Select Dr from Title" (a select labelled
        // Title), "Fill Job title with CTO" (no heading can be filled: a field). Whether a role
        // can take the action is ActionFit's, asked of an element with only that role.
        let roleAsName = command.readings.compactMap { r -> PlainCommand? in
            guard let t = r.target, let word = t.roleWord, !t.quoted,
                  t.words.isEmpty || !(t.roles ?? []).contains(where: { ActionFit.accepts(r.kind, Element(index: 0, tag: "", role: $0)) }) else { return nil }
            var alternative = r
            alternative.target = TargetPhrase(words: t.words.isEmpty ? word : t.words + " " + word, ordinal: t.ordinal, context: t.context, area: t.area)
            return alternative
        }
        // "Save in Contact details", "Amount under Between your accounts", "last name of attendee
        // 1": the words after the last "in", "under" or "of" may name the section it is in.
        let sections = command.readings.compactMap { r -> PlainCommand? in
            guard let t = r.target, t.area == nil, !t.quoted, let split = PlainGrammar.section(t.words) else { return nil }
            var alternative = r
            alternative.target?.words = split.words
            alternative.target?.area = split.section
            return alternative
        }
        // "Quote on Marcus Lee's reply", "Close Refund not received for ticket 4803": the first
        // words are the name of controls on the page, the rest says which one.
        var leads: [String: (name: String, rest: String?, ordinal: Int?)?] = [:]
        func leading(_ words: String) -> (name: String, rest: String?, ordinal: Int?)? {
            if let known = leads[words] { return known }
            let found = ControlNames.leading(words, among: snapshot.elements)
            leads[words] = .some(found)
            return found
        }
        let controlFirst = command.readings.compactMap { r -> PlainCommand? in
            guard [.click, .dblclick, .hover].contains(r.kind), let t = r.target, !t.quoted, t.context == nil,
                  let split = leading(t.words) else { return nil }
            var alternative = r
            alternative.target = TargetPhrase(words: split.name, roleWord: t.roleWord, roles: t.roles, ordinal: split.ordinal ?? t.ordinal,
                                              context: split.rest, area: t.area)
            return alternative
        }
        // "Enter 3 in the Tiramisu quantity box": the last words are a field's whole name, the
        // words before say whose row. Read first: the field's name alone would take any row's.
        let fieldLast = command.readings.compactMap { r -> PlainCommand? in
            guard r.kind == .fill || r.kind == .select, let t = r.target, !t.quoted, t.context == nil,
                  let split = ControlNames.trailingField(t.words, among: snapshot.elements) else { return nil }
            var alternative = r
            alternative.target = TargetPhrase(words: split.name, roleWord: t.roleWord, roles: t.roles, ordinal: t.ordinal, context: split.rest, area: t.area)
            return alternative
        }
        // "Edit the last deal in the list", "Snooze the second ticket": the words after the count
        // say what kind of item is counted, not its text; the controls themselves are counted.
        let countedItems = command.readings.compactMap { r -> PlainCommand? in
            guard let t = r.target, t.ordinal != nil, let context = t.context, PlainGrammar.isItemKind(context) else { return nil }
            var alternative = r
            alternative.target?.context = nil
            return alternative
        }
        // A later reading wins when its best element fits clearly better (and it tells one element
        // from the rest, if the reading before did), or about as well and it tells one element
        // from the rest where the reading before could not.
        var decisive = false, counting = false
        let tried = (fieldLast + command.readings + roleAsName + sections + controlFirst).map { ($0, false) } + countedItems.map { ($0, true) }
        for (r, counts) in tried {
            guard let target = r.target else { continue }
            // Counting the controls themselves is the last resort: only when no reading found its element.
            if counts, (ranked.first?.score ?? 0) >= policy.floor { continue }
            var list = rank(target, r, in: snapshot, page)
            // A reading whose pick leaves out the control its words begin with ("Close" of "Close
            // Refund not received" picking the ticket's link) is not about that pick.
            if !target.quoted, let first = list.first, let control = leading(target.words)?.name,
               !ControlNames.names(first.element, control) {
                list = []
            }
            let top = list.first?.score ?? 0, current = ranked.first?.score ?? 0
            let tells = top >= policy.floor && (list.count == 1 || list[1].score < top - policy.tie)
            // The page's search box ("Search macros for refund" read as any search) is the fallback
            // of a reading that names its field: it does not displace one that found that field.
            if decisive, target == PlainGrammar.pageSearchTarget { continue }
            // A reading that cannot tell its elements apart does not displace one that could.
            if (top > current + (ranked.isEmpty ? 0 : 0.02) && (tells || !decisive)) || (tells && !decisive && top >= current - policy.tie) {
                reading = r; ranked = list; decisive = tells; counting = counts
            }
        }
        let target = reading.target ?? TargetPhrase(words: "")
        let listing = Self.candidates(ranked.prefix(policy.listed), snapshot)
        let named = Self.named(listing)
        guard let best = ranked.first, best.score >= policy.floor else {
            // Waits and assertions may name text that is not on the page yet: wait for it by its text.
            if [.wait, .assertVisible].contains(reading.kind), !target.words.isEmpty, target.roles == nil, target.context == nil {
                return byText(sentence, reading, target, listing, command)
            }
            let what = target.description.isEmpty ? "anything" : target.description
            let (closest, shown) = named.isEmpty ? fallback(reading, target, snapshot, page) : ("; closest: \(named)", listing)
            return failure(sentence, "no element matches \(what)\(closest)", shown, command: command, reading: reading, ranked: ranked)
        }
        let absent = Self.absentNames(target, page)
        guard absent.isEmpty else {
            let names = absent.map { "'\($0)'" }.joined(separator: ", ")
            return failure(sentence, "nothing on the page says \(names) (\(target.description)); closest: \(named)", listing,
                           command: command, reading: reading, ranked: ranked)
        }
        let chosen: InterpretCandidate
        if let ordinal = target.ordinal {
            // "the second X": among the matches about as good as the best, in page order.
            let pool = Self.counted(ranked.filter { $0.score >= max(policy.floor, best.score - 0.15) }.sorted { $0.element.index < $1.element.index },
                                    ordinal: ordinal)
            let i = ordinal < 0 ? pool.count - 1 : ordinal
            guard i < pool.count else {
                return failure(sentence, "there are only \(pool.count) matches for '\(target.words)': \(named)", listing,
                               command: command, reading: reading, ranked: ranked)
            }
            // Controls counted for "the last deal" must be items: each in a row or card of its own.
            if counting, Set(pool.compactMap(\.element.container)).count < pool.count {
                return failure(sentence, "no element matches \(command.target?.description ?? target.description); the matches for '\(target.words)' "
                    + "are not one per row or card: \(named)", listing, command: command, reading: reading, ranked: ranked)
            }
            chosen = pool[i]
        } else {
            let equals = Self.alike(best, ranked, target, reading.kind, page, tie: policy.tie)
            guard equals.count == 1 else {
                let spelled = equals.prefix(policy.listed).map { LocatorBuilder.build(for: $0.element, in: snapshot).javaScript }
                let example = [target.words, target.roleWord ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
                return failure(sentence, "ambiguous: \(equals.count) elements match \(target.description) about equally (\(spelled.joined(separator: ", "))); "
                    + "say which, e.g. 'the second \(example)' or '\(example) for <text of its row or card>'", listing,
                               command: command, reading: reading, ranked: ranked)
            }
            chosen = best
        }
        // "Get help for order 10433" where only another order has Get help: a number the step
        // gives for where the element is must be there.
        if let context = target.context, let missing = Self.missingNumber(context, around: chosen.element) {
            return failure(sentence, "no \(target.description) on the page: '\(missing)' is not where the closest is; closest: \(named)", listing,
                           command: command, reading: reading, ranked: ranked)
        }
        return concrete(sentence, reading, target, chosen, snapshot, listing, command: command, ranked: ranked)
    }

    /// What "the third Delete" counts: the repeated control, one per row or card ("Delete" ×6),
    /// not a toolbar's "Delete" or a "Trash" link that match as well. When one role and name is
    /// shared by more of the matches than any other and has that many, only those are counted;
    /// otherwise every match is ("the second link in the footer").
    static func counted(_ pool: [InterpretCandidate], ordinal: Int) -> [InterpretCandidate] {
        let groups = Dictionary(grouping: pool) { c in
            (c.element.role ?? c.element.tag) + "|" + ControlNames.key(c.element.name ?? c.element.text ?? "")
        }
        let sizes = groups.values.map(\.count).sorted(by: >)
        guard let largest = sizes.first, largest >= 2, sizes.count > 1, largest > sizes[1], ordinal < largest,
              let repeated = groups.values.first(where: { $0.count == largest }) else { return pool }
        return repeated
    }

    /// Actions on a control (not a field or a list): a person clicks, hovers or ticks it.
    static func actsOnControls(_ kind: StepKind) -> Bool { [.click, .dblclick, .hover, .check, .uncheck].contains(kind) }

    /// How far below the best a control may be and still share its name's first words
    /// (`alike`): names that differ only in the words the step left out.
    static let sharedNameMargin = 0.12

    /// The candidates the step cannot tell from the best, in page order: those within the tie;
    /// and when the best's name only begins with the step's words ("Click Save" of "Save
    /// profile", "Save notification settings", "Save privacy settings"), every control whose name
    /// has all the step's words too and that nothing else tells apart — a shorter name is no
    /// reason to pick it.
    static func alike(_ best: InterpretCandidate, _ ranked: [InterpretCandidate], _ target: TargetPhrase, _ kind: StepKind,
                      _ page: PageWords, tie: Double) -> [InterpretCandidate] {
        let tied = ranked.filter { $0.score >= best.score - tie }
        guard tied.count == 1, best.words < 1, !target.words.isEmpty, !target.quoted, Self.actsOnControls(kind) else { return tied }
        let phrase = Prepared(target.words)
        var folder = Folder()
        func others(_ c: InterpretCandidate) -> Double { c.factors.reduce(1) { $0 * $1.1 } }
        func hasAll(_ c: InterpretCandidate) -> Bool {
            c.element.isInteractive && page.coverage(of: phrase, by: [c.element.name ?? c.element.text], &folder) >= 1
        }
        // The best's name must say more than the step: a name that is all the step's words is no
        // shorter look-alike ("Penthouse, Quay Tower" of "Save Penthouse, Quay Tower").
        guard hasAll(best), page.share(of: Prepared(best.element.name ?? best.element.text ?? "").tokens, in: phrase) < 1 else { return tied }
        let sharing = ranked.prefix { $0.score >= best.score - Self.sharedNameMargin }
            .filter { abs(others($0) - others(best)) < 0.01 && hasAll($0) }
        return (sharing.count > 1 ? Array(sharing) : tied).sorted { $0.element.index < $1.element.index }
    }

    /// The first number of two digits or more in `context` that the element's row, card,
    /// heading and names do not show, if any.
    static func missingNumber(_ context: String, around e: Element) -> String? {
        let shown = [e.container, e.heading, e.name, e.text, e.label, e.title].compactMap { $0 }.joined(separator: " ")
        let numbers = Set(shown.split(whereSeparator: { !$0.isNumber }))
        return context.split(whereSeparator: { !$0.isNumber }).first { $0.count >= 2 && !numbers.contains($0) }.map(String.init)
    }

    /// The step for the chosen element: a field that is a select takes an option; a checkbox
    /// or radio that a "select"/"choose" or the whole sentence names is checked; a select's
    /// value is its option's text.
    func concrete(_ sentence: String, _ reading: PlainCommand, _ target: TargetPhrase, _ chosen: InterpretCandidate, _ snapshot: Snapshot,
                  _ listing: [ResolveCandidate], command: PlainCommand, ranked: [InterpretCandidate]) -> InterpretResult {
        let element = chosen.element
        var kind = reading.kind, value = reading.value
        if kind == .fill, Self.isSelect(element) { kind = .select }
        // A box a "select"/"choose" names, or whose whole name the sentence is ("Include cutlery
        // and napkins"), is checked: clicking one already ticked would untick it.
        if kind == .click, reading.choosing || reading.ticksBox || target.whole, ActionFit.isCheckable(element) { kind = .check }
        if kind == .select, let wanted = value, let options = element.options, !options.isEmpty {
            guard let (option, similarity) = Self.option(wanted, in: options), similarity >= Self.optionFloor else {
                let shown = options.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
                return failure(sentence, "\(LocatorBuilder.build(for: element, in: snapshot).javaScript) has no option like '\(wanted)'; "
                    + "its options: \(shown)", listing, command: command, reading: reading, ranked: ranked)
            }
            value = option
        }
        var step = Step(kind: kind, value: value, wait: reading.wait, scrollY: reading.scrollY)
        let locator = LocatorBuilder.build(for: element, in: snapshot)
        if kind == .wait { step.wait = .text(element.text ?? element.name ?? target.words) } else { step.locator = locator }
        let text = locator.javaScript
        let reason = "\(kind.rawValue) \(target.description) -> \(text) (\(chosen.explanation); score \(fmt(chosen.score)))"
        return InterpretResult(sentence: sentence, step: step, element: element, locator: kind == .wait ? nil : text,
                                confidence: rounded(chosen.score), candidates: listing, reason: reason, error: nil,
                                command: command, reading: reading, ranked: ranked)
    }

    /// A list to choose from: a native select, a listbox, or a combobox with options or that
    /// takes no typing (a button that opens a custom list).
    static func isSelect(_ e: Element) -> Bool {
        e.tag == "select" || e.role == "listbox" || (e.role == "combobox" && (e.options != nil || !ActionFit.isEditable(e)))
    }

    /// A custom list's value the snapshot cannot check (its options are shown only when open).
    static let unseenOptions = 0.85

    /// Options below this similarity to the wanted value are no match.
    static let optionFloor = 0.6

    /// The option most like `wanted`: the same text (case and punctuation aside) 1, inside an
    /// option ("low to high" in "Price: low to high") 0.9, else by words — word order counts
    /// there too ("high to low" is not "low to high").
    static func option(_ wanted: String, in options: [String]) -> (String, Double)? {
        let w = Prepared(wanted)
        var folder = Folder()
        var best: (String, Double)? = nil
        for option in options {
            folder.load(option)
            var s: Double
            if folder.bytes == w.bytes { s = 1 }
            else if !w.bytes.isEmpty, folder.bytes.count > w.bytes.count, folder.bytes.firstRange(of: w.bytes) != nil { s = 0.9 }
            else { s = min(0.85, Similarity.weighted(w, folder.bytes, folder.tokens, TokenWeights())) }
            if s > (best?.1 ?? 0) { best = (option, s) }
        }
        return best
    }

    /// Whether a value can go into a field of this input type: an e-mail field takes an "@",
    /// a number field digits, a phone field no letters. A field that cannot take the value is
    /// not the one meant.
    static func valueFits(_ value: String, _ e: Element) -> Bool {
        switch e.type {
        case "email": return value.contains("@")
        case "number": return Double(value.replacingOccurrences(of: ",", with: ".")) != nil
        case "tel": return value.contains(where: \.isNumber) && !value.contains(where: \.isLetter)
        case "date": return value.contains(where: \.isNumber)
        case "url": return value.contains(".") || value.contains(":")
        default: return true
        }
    }

    /// The name of the field a control serves: the field just before it in a row of their own
    /// (a "Promo code" box and its "Apply", a search box and its "Go"), which is all the control's
    /// surroundings say of it: "Apply the promo code" is that Apply.
    static func fieldServed(by control: Element, before previous: Element) -> String? {
        guard ActionFit.isEditable(previous) || isSelect(previous), !ActionFit.isEditable(control),
              let row = previous.container, control.container == nil || control.container == row,
              let own = control.name ?? control.text, ControlNames.key(row) == ControlNames.key(own) else { return nil }
        return previous.name ?? previous.label ?? previous.placeholder
    }

    /// A control whose name lacks the verb the step's name starts with counts this much.
    static let missingVerb = 0.7
    /// Verbs a control's name starts with: the grammar's, and those it reads as clicks.
    static let nameVerbs = PlainGrammar.controlVerbs.union(["clear", "load", "show", "hide", "send", "create", "close", "expand", "collapse"])

    /// Whether any of `strings` has the word `token` (its vocabulary group's).
    static func says(_ token: UInt64, _ strings: [String?], _ folder: inout Folder) -> Bool {
        strings.contains { s in
            guard let s, !s.isEmpty else { return false }
            folder.load(s)
            return folder.tokens.contains(token)
        }
    }

    /// Words an id uses for what kind of control it is.
    static let kindWords: Set<String> = Set(PlainGrammar.roleWords.flatMap { $0.0.split(separator: " ").map(String.init) } + ["list", "listbox", "options", "picker"])

    /// A step's word missing from text that is no control (a heading, a label) counts this much.
    static let missingWordsOffControl = 0.75

    /// What the words of a step found only in a field's group (heading, area) add to its name's
    /// match (`rank`), and how far: never as much as a name that says it all.
    static let groupWeight = 0.3, groupCeiling = 0.99

    /// Candidates that fit the role word and the action, best first.
    func rank(_ target: TargetPhrase, _ reading: PlainCommand, in snapshot: Snapshot, _ page: PageWords) -> [InterpretCandidate] {
        let kind = reading.kind, value = reading.value, choosing = reading.choosing
        let phrase = Prepared(target.words)
        let context = target.context.map { Prepared($0) }
        let area = target.area.map { AreaPhrase($0) }
        let layout = area.map { $0.side != nil || $0.trail } == true ? ScreenLayout(snapshot.elements) : nil
        var folder = Folder()
        var out: [InterpretCandidate] = []
        // Whether a heading or area name has a word of the phrase, once per distinct string:
        // thousands of elements share a few.
        var mentioned: [String: Bool] = [:]
        func mentions(_ s: String?) -> Bool {
            guard let s, !s.isEmpty else { return false }
            if let known = mentioned[s] { return known }
            folder.load(s)
            let found = folder.tokens.contains(where: phrase.tokens.contains)
            mentioned[s] = found
            return found
        }
        let actsOnControls = Self.actsOnControls(kind)
        // "Save notification settings": the verb a control's name starts with, which a control
        // named otherwise ("Settings") does not do.
        let leadVerb = target.words.split(separator: " ").first.flatMap { first in
            Self.nameVerbs.contains(first.lowercased()) && target.words.contains(" ") ? Prepared(String(first)).tokens.first : nil
        }
        let fit: StepKind = kind == .click || kind == .dblclick ? .hover : kind
        func takes(_ e: Element) -> Bool { ActionFit.accepts(fit, e) || (kind == .fill && Self.isSelect(e)) }
        // An element named exactly: letter for letter when some element is ("Telephone" beside
        // "Mobile"), else word for word in the vocabulary's sense ("phone number" for "Phone").
        func named(_ e: Element, _ same: (String) -> Bool) -> Bool {
            [e.name, e.label, e.placeholder, e.ariaLabel].contains { $0.map { ControlNames.wholeNames($0).contains(where: same) } == true }
        }
        let wholeName: ((String) -> Bool)? = reading.namedExactly ? {
            let key = ControlNames.key(target.words)
            if snapshot.elements.contains(where: { takes($0) && named($0) { $0 == key } }) { return { $0 == key } }
            let tokens = Prepared(target.words).tokens
            return { Prepared($0).tokens == tokens }
        }() : nil
        for (position, e) in snapshot.elements.enumerated() {
            var factors: [(String, Double)] = []
            if let roles = target.roles {
                guard let f = Self.roleFit(e, roles) else { continue }
                if f < 1 { factors.append(("role", f)) }
            }
            // "Set Status to Pending": a select is filled by choosing its option.
            let select = Self.isSelect(e)
            if !takes(e) { continue }
            if let wholeName, !named(e, wholeName) { continue }
            var words = 0.0
            var field: String? = nil
            if target.words.isEmpty {
                words = 1
            } else if phrase.tokens.isEmpty {
                // A symbol ("+", "×", "›") is no word: only a control that shows or is named by it.
                let symbol = target.words.trimmingCharacters(in: .whitespaces)
                if [e.text, e.name, e.ariaLabel, e.title].contains(where: { $0?.trimmingCharacters(in: .whitespaces) == symbol }) {
                    words = 1; field = "symbol"
                }
            } else {
                // Quoted text and a whole sentence read as a name must be in the element's words.
                let inElement = target.whole || target.quoted
                func consider(_ name: String, _ value: String?, _ weight: Double) {
                    guard let value, !value.isEmpty else { return }
                    folder.load(value)
                    // A control named after its row ("Add Arancini to order") is compared without
                    // the words the step gives for the row ("Add" for "Arancini").
                    let s: Double
                    if inElement {
                        s = Similarity.contained(phrase, in: folder.bytes, folder.tokens, page.weights) * weight
                    } else if let context, case let own = folder.tokens.filter({ !context.tokens.contains($0) }), !own.isEmpty {
                        s = Similarity.weighted(phrase, folder.bytes, own, page.weights, opposing: true) * weight
                    } else {
                        s = Similarity.weighted(phrase, folder.bytes, folder.tokens, page.weights, opposing: true) * weight
                    }
                    if s > words { words = s; field = name }
                }
                // A label only screen readers get counts less than what a person sees.
                let hidden = e.labelHidden == true ? 0.85 : 1
                consider("name", e.name, e.name == e.label ? hidden : 1)
                consider("label", e.label, hidden)
                consider("aria-label", e.ariaLabel, 1)
                consider("text", e.text, 0.95)
                consider("placeholder", e.placeholder, 0.9)
                consider("title", e.title, 0.9)
                consider("test id", e.testId, 0.6)
                consider("value", e.value, 0.5)
                if words == 0, e.id != nil || e.nameAttr != nil, ActionFit.isEditable(e) || Self.isSelect(e),
                   (e.name ?? "").isEmpty, (e.label ?? "").isEmpty, (e.placeholder ?? "").isEmpty {
                    // A field nothing names ("#currencySel", "qty_112"): its id and name attribute
                    // are what is left, without the numbers that tell rows apart.
                    let ids = [e.id, e.nameAttr].compactMap { $0 }.joined(separator: " ").replacingOccurrencesOfNoise()
                    consider("id", ids.split(separator: " ").filter { !$0.allSatisfy(\.isNumber) }.joined(separator: " "), 0.8)
                }
                // A field's id and name attribute may say its group where the page says it only
                // in a row of text ("id_billing_city" under a "Billing address" row of a table);
                // a word for its kind ("assignee-list") says nothing of that.
                lazy var fieldIds = [.fill, .select].contains(kind) && words > 0 && words < 1
                    ? [e.id, e.nameAttr].compactMap { $0 }.joined(separator: " ").replacingOccurrencesOfNoise()
                        .split(separator: " ").filter { !Self.kindWords.contains($0.lowercased()) }.joined(separator: " ") : nil
                let groupSays = mentions(e.heading) || mentions(e.regions?.first) || mentions(fieldIds)
                if !inElement, words < 1, words > 0 || groupSays {
                    // Words that name the field's group or heading ("the newsletter email"); only
                    // looked at when some word of the step is there.
                    let around = [e.name ?? e.label ?? e.placeholder ?? "", e.heading ?? "", e.regions?.first ?? ""].joined(separator: " ")
                    folder.load(around)
                    let s = words < 0.9 ? Similarity.weighted(phrase, folder.bytes, folder.tokens, page.weights) * 0.85 : 0
                    // Both measures, the better kept: the field whose group says more of the step
                    // must not lose to one whose group says less ("the lead tenant's email" of two).
                    let named = words
                    if s > words { words = s; field = "name and heading" }
                    if named > 0, groupSays, [.fill, .select].contains(kind), let name = e.name ?? e.label ?? e.placeholder,
                       case let extra = page.coverage(of: phrase, by: [name, e.heading, e.regions?.first, fieldIds], &folder)
                           - page.coverage(of: phrase, by: [name], &folder), extra > 0,
                       case let grouped = min(Self.groupCeiling, named + extra * Self.groupWeight), grouped > words {
                        // The name says part of the step, the group the rest ("the delivery postcode"
                        // of two "Postcode" fields): told apart from the field whose group does not.
                        words = grouped; field = "name and heading"
                    }
                }
            }
            var score = words
            if let context {
                let field = position > 0 ? Self.fieldServed(by: e, before: snapshot.elements[position - 1]) : nil
                let c = page.coverage(of: context, by: [e.container, e.heading, e.name, e.text, e.label, e.title, field], &folder)
                factors.append(("context", 0.3 + 0.7 * c))
            }
            if let area {
                factors.append(("area", 0.3 + 0.7 * area.score(e, page, layout, &folder)))
            }
            if kind == .select || (kind == .fill && select), let wanted = value, let options = e.options, !options.isEmpty {
                let s = Self.option(wanted, in: options)?.1 ?? 0
                if reading.valueMustFit, s < Self.optionFloor { continue }
                factors.append(("option", s >= Self.optionFloor ? 0.7 + 0.3 * s : 0.3))
            } else if reading.valueMustFit {
                // A custom list shows its options only when open: one the step names may hold the value.
                guard select, e.options == nil, !target.words.isEmpty, words >= 0.9 else { continue }
                factors.append(("options not shown", Self.unseenOptions))
            }
            if kind == .fill, !select, let value, !Self.valueFits(value, e) { factors.append(("value does not fit", 0.3)) }
            // Prefer what the action can really take: clicking a control over its text or the cell
            // around it, a box to tick when choosing, the visible over the covered.
            if actsOnControls, !e.isInteractive {
                factors.append(("not a control", 0.8))
                // Text clicked is the text the step says: a heading "Password" is no "Show password".
                // (Only for what could be picked: a weak match stays below the floor anyway.)
                if words < 0.9, words >= policy.floor, !target.words.isEmpty, page.coverage(of: phrase, by: [e.name, e.text], &folder) < 1 {
                    factors.append(("words missing", Self.missingWordsOffControl))
                }
            }
            if actsOnControls, let leadVerb, words < 0.9, words >= policy.floor,
               !Self.says(leadVerb, [e.name, e.text, e.ariaLabel, e.title], &folder) {
                factors.append(("does not \(target.words.split(separator: " ")[0].lowercased())", Self.missingVerb))
            }
            if actsOnControls, ["gridcell", "cell", "row", "listitem"].contains(e.role ?? "") { factors.append(("a cell", 0.9)) }
            if kind == .click, target.roles == nil, ActionFit.isEditable(e) { factors.append(("a field", 0.9)) }
            // A key pressed in something ("Press Enter in the reply box") goes where one types.
            if kind == .press, !ActionFit.isEditable(e) { factors.append(("not a field", 0.8)) }
            if choosing, !ActionFit.isCheckable(e), e.role != "option" { factors.append(("not a choice", 0.9)) }
            if e.isTop == false { factors.append(("covered", 0.9)) }
            if e.disabled == true { factors.append(("disabled", 0.9)) }
            for (_, f) in factors { score *= f }
            if score > 0 { out.append(InterpretCandidate(element: e, score: score, field: field, words: words, factors: factors)) }
        }
        // Their positions sorted, then each candidate moved once: a candidate carries its whole
        // element, and sorting thousands of them moved each many times.
        let order = out.indices.sorted {
            out[$0].score != out[$1].score ? out[$0].score > out[$1].score : out[$0].element.index < out[$1].element.index
        }
        return order.map { out[$0] }
    }

    /// How well an element fits the role word: 1 for the roles named, a little less for what
    /// looks like them (a link styled as a button, a button styled as a link, a control in a
    /// column header); nil when it does not fit at all.
    static func roleFit(_ e: Element, _ roles: [String]) -> Double? {
        let role = e.role ?? ""
        if let i = roles.firstIndex(of: role) {
            // Any control a verb names ("Follow X": its Follow link or button) is no role word
            // said; a box it names is still less likely than a button.
            if roles == PlainGrammar.clickRoles { return PlainGrammar.commandRoles.contains(role) ? 1 : 0.9 }
            return i == 0 ? 1 : 0.9
        }
        let classes = (e.classes ?? []).joined(separator: " ").lowercased()
        if roles.contains("button"), role == "link" || role == "menuitem" {
            return classes.contains("btn") || classes.contains("button") ? 1 : 0.85
        }
        if roles.contains("link"), role == "button" { return classes.contains("link") ? 1 : 0.85 }
        if roles.contains("columnheader"), e.regions?.contains("columnheader") == true { return 1 }
        if roles.contains("tab"), role == "link", e.regions?.contains(where: { $0.hasPrefix("navigation") || $0.hasPrefix("tablist") }) == true { return 0.85 }
        if roles.contains("checkbox"), role == "switch" || (e.tag == "input" && e.type == "checkbox") { return 0.95 }
        return nil
    }

    /// The names in the target phrase that no element of the page has: a word written with a
    /// capital after the first ("Cancel appointment with Dr Haddad", "for Chen Wei") or with
    /// letters and digits ("SK105"). A step about a doctor, a product or a flight the page does
    /// not show is about something absent, however well its other words match. So is a number
    /// of three digits or more ("Assign #4819 to me") the page does not show.
    static func absentNames(_ target: TargetPhrase, _ page: PageWords) -> [String] {
        var out: [String] = []
        // A sentence's first word is capitalised anyway; the first word after "for" is not.
        for (phrase, first) in [(target.words, 1), (target.context ?? "", 0)] {
            let words = phrase.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            for (i, word) in words.enumerated() where word.count >= 3 {
                let hasDigit = word.contains(where: \.isNumber), hasLetter = word.contains(where: \.isLetter)
                let named = hasDigit && hasLetter || (i >= first && word.first!.isUppercase && !hasDigit) || !hasLetter
                guard named else { continue }
                let token = Prepared(String(word)).tokens
                if !token.isEmpty, !token.contains(where: page.weights.seen) { out.append(String(word)) }
            }
        }
        return out
    }

    /// When no element is like the words at all: the first elements that could take the action,
    /// named; when none could, the elements most like the words, whatever they can take.
    func fallback(_ reading: PlainCommand, _ target: TargetPhrase, _ snapshot: Snapshot, _ page: PageWords) -> (String, [ResolveCandidate]) {
        let fit: StepKind = reading.kind == .click || reading.kind == .dblclick ? .hover : reading.kind
        let able = snapshot.elements.filter { e in
            e.isInteractive && ActionFit.accepts(fit, e) && (reading.target?.roles.map { Self.roleFit(e, $0) != nil } ?? true)
        }
        guard !able.isEmpty else {
            var any = target
            any.roles = nil
            let like = Self.candidates(rank(any, PlainCommand(kind: .hover, target: any), in: snapshot, page).prefix(3), snapshot)
            return ("; no element on the page can take '\(reading.kind.rawValue)'" + (like.isEmpty ? "" : "; most like it: \(Self.named(like))"), like)
        }
        let shown = able.prefix(3).map { ResolveCandidate(locator: LocatorBuilder.build(for: $0, in: snapshot).javaScript, score: 0, index: $0.index) }
        let named = shown.map(\.locator).joined(separator: ", ")
        return ("; nothing has those words (elements that could take '\(reading.kind.rawValue)': \(named)\(able.count > 3 ? ", …" : ""))", shown)
    }

    /// The ranked elements as the answer lists them: a locator each, the score rounded.
    static func candidates(_ ranked: some Sequence<InterpretCandidate>, _ snapshot: Snapshot) -> [ResolveCandidate] {
        ranked.map { ResolveCandidate(locator: LocatorBuilder.build(for: $0.element, in: snapshot).javaScript, score: rounded($0.score), index: $0.element.index) }
    }

    /// The first three candidates as an error names them: "getByRole('button', …) 0.82, …".
    static func named(_ candidates: [ResolveCandidate]) -> String {
        candidates.prefix(3).map { "\($0.locator) \(fmt($0.score))" }.joined(separator: ", ")
    }

    func byText(_ sentence: String, _ reading: PlainCommand, _ target: TargetPhrase, _ listing: [ResolveCandidate], _ command: PlainCommand) -> InterpretResult {
        var step = Step(kind: reading.kind, value: reading.value)
        if step.kind == .wait { step.wait = .text(target.words) } else { step.locator = .text(target.words) }
        let text = step.kind == .wait ? nil : Locator.text(target.words).javaScript
        return InterpretResult(sentence: sentence, step: step, element: nil, locator: text, confidence: 0.6, candidates: listing,
                                reason: "'\(target.words)' is not on the page yet: \(step.kind.rawValue) by its text", error: nil,
                                command: command, reading: reading)
    }

    func failure(_ sentence: String, _ message: String, _ listing: [ResolveCandidate], command: PlainCommand?, reading: PlainCommand?,
                 ranked: [InterpretCandidate]) -> InterpretResult {
        InterpretResult(sentence: sentence, step: nil, element: nil, locator: nil, confidence: listing.first?.score ?? 0,
                         candidates: listing, reason: "", error: "cannot interpret '\(sentence)': \(message)",
                         command: command, reading: reading, ranked: ranked)
    }
}

/// The page's word weights, and the coverage of a phrase by an element's surroundings.
struct PageWords {
    let weights: TokenWeights

    init(_ elements: [Element]) { weights = TokenWeights(elements) }

    /// The share of `tokens` (by weight, stop words aside) that `phrase` has; 1 when none count.
    func share(of tokens: [UInt64], in phrase: Prepared) -> Double {
        var have = 0.0, total = 0.0
        for t in tokens where !Vocabulary.stopHashes.contains(t) {
            let w = weights.weight(t)
            total += w
            if phrase.tokens.contains(t) { have += w }
        }
        return total > 0 ? have / total : 1
    }

    /// The share of the phrase's words (by weight) found in any of `strings`.
    func coverage(of phrase: Prepared, by strings: [String?], _ folder: inout Folder) -> Double {
        guard !phrase.tokens.isEmpty else { return 1 }
        var found = Set<UInt64>()
        for s in strings {
            guard let s, !s.isEmpty else { continue }
            folder.load(s)
            for t in folder.tokens where phrase.tokens.contains(t) { found.insert(t) }
        }
        var have = 0.0, total = 0.0
        for t in phrase.tokens {
            let w = Vocabulary.stopHashes.contains(t) ? 0 : weights.weight(t)
            total += w
            if found.contains(t) { have += w }
        }
        return total > 0 ? have / total : 1
    }
}

/// Whether a step's first words are the name of a control on the page ("Snooze the ticket
/// from Olu Adeyemi": the Snooze control, where Olu Adeyemi is).
enum ControlNames {
    /// The most words a control's name is read from.
    static let longest = 4
    /// Words between a control's name and where it is: "Remove next to Aiko", "Quote on Lee's reply".
    static let joins: Set<String> = ["for", "on", "of", "in", "at", "from", "to", "by", "under", "beside", "near", "next", "the", "a", "an", "row", "card"]

    static func key<S: StringProtocol>(_ s: S) -> String {
        s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).joined(separator: " ")
    }

    /// The ways a person says a field's whole name: all of it, without what is in brackets
    /// ("Postcode (optional)", "Due date (YYYY-MM-DD)"), or one of its alternatives ("ZIP /
    /// Postcode", "Town/City").
    static func wholeNames(_ name: String) -> [String] {
        let bare = name.replacingOccurrences(of: #"\([^)]*\)|\[[^\]]*\]"#, with: " ", options: .regularExpression)
        let parts = bare.split(separator: "/").map(key).filter { !$0.isEmpty }
        return [key(name), key(bare)] + (parts.count > 1 ? parts : [])
    }

    /// Whether the name of an interactive element of the page begins with `verb` as a word
    /// ("Warn member" begins with "warn").
    static func begin(with verb: String, _ elements: [Element]) -> Bool {
        let wanted = key(verb)
        guard !wanted.isEmpty else { return false }
        return elements.contains { e in
            e.isInteractive && [e.name, e.text].contains { name in
                guard let name, name.count >= wanted.count else { return false }
                let k = key(name)
                return k == wanted || k.hasPrefix(wanted + " ")
            }
        }
    }

    /// Whether the element's name, text, title or aria-label has the control's words, in order.
    static func names(_ e: Element, _ control: String) -> Bool {
        let wanted = " " + key(control) + " "
        return [e.name, e.text, e.title, e.ariaLabel].contains { $0.map { (" " + key($0) + " ").contains(wanted) } ?? false }
    }

    /// The longest last words (up to three, not all) that are, word for word in the vocabulary's
    /// sense ("qty" is "quantity"), the whole name, label or placeholder of a field, and the words
    /// before them (a joining word at their end dropped), or nil.
    static func trailingField(_ phrase: String, among elements: [Element]) -> (name: String, rest: String)? {
        let words = phrase.split(separator: " ")
        guard words.count > 1 else { return nil }
        let suffixes = (1...min(3, words.count - 1)).map { Prepared(words.suffix($0).joined(separator: " ")).tokens.sorted() }
        var n = 0
        for e in elements where ActionFit.isEditable(e) || Interpreter.isSelect(e) {
            for name in Set([e.name, e.label, e.placeholder].compactMap { $0 }) {
                if let i = suffixes.firstIndex(of: Prepared(name).tokens.sorted()), i + 1 > n { n = i + 1 }
            }
        }
        guard n > 0 else { return nil }
        var rest = words.dropLast(n)
        while let l = rest.last?.lowercased(), joins.contains(l) || ["'s", "s"].contains(l) { rest.removeLast() }
        guard !rest.isEmpty else { return nil }
        return (words.suffix(n).joined(separator: " "), rest.joined(separator: " "))
    }

    /// The longest first words (up to four) that are the whole name of an interactive element,
    /// the rest (joining words and an ordinal dropped; after an ordinal, one word is only what
    /// is counted: "the second ticket" is the second one), or nil. Only names about as long as
    /// those words are looked at, so a page of thousands costs a scan of lengths.
    static func leading(_ phrase: String, among elements: [Element]) -> (name: String, rest: String?, ordinal: Int?)? {
        let words = phrase.split(separator: " ")
        guard words.count > 1 else { return nil }
        let prefixes = (1...min(longest, words.count - 1)).map { key(words.prefix($0).joined(separator: " ")) }
        let letter: (UInt8) -> Bool = { $0 >= 0x80 || (0x30...0x39).contains($0) || (0x61...0x7a).contains($0 | 0x20) }
        guard let most = prefixes.map(\.utf8.count).max(), let first = prefixes.first(where: { !$0.isEmpty })?.utf8.first(where: letter) else { return nil }
        var n = 0
        // Through a pointer, the fields one by one: an element copied, or an array of its names
        // built, for every control of a page was most of this.
        elements.withUnsafeBufferPointer { buffer in
            for e in buffer.indices.lazy.map({ buffer.baseAddress! + $0 }) where e.pointee.isInteractive {
                for field in 0..<3 {
                    // Only a name about as long, starting with the same letter, is keyed.
                    guard let name = field == 0 ? e.pointee.name : field == 1 ? e.pointee.text : e.pointee.title,
                          name.utf8.count <= most + 8, let c = name.utf8.first(where: letter),
                          c | 0x20 == first | 0x20 || c >= 0x80 || first >= 0x80 else { continue }
                    if let i = prefixes.firstIndex(of: key(name)), i + 1 > n { n = i + 1 }
                }
            }
        }
        guard n > 0 else { return nil }
        var rest = words.dropFirst(n)
        var ordinal: Int? = nil
        while let f = rest.first?.lowercased() {
            if joins.contains(f) { rest.removeFirst() }
            else if ordinal == nil, let i = PlainGrammar.ordinalWords.firstIndex(of: f) { ordinal = i; rest.removeFirst() }
            else if ordinal == nil, f == "last" { ordinal = -1; rest.removeFirst() }
            else { break }
        }
        guard !rest.isEmpty else { return nil }
        return (words.prefix(n).joined(separator: " "), ordinal != nil && rest.count == 1 ? nil : rest.joined(separator: " "), ordinal)
    }
}

/// "the footer", "the main menu", "the cookie dialog", "the discussion": the kinds of page
/// area its nouns name (a landmark role) and the words that name it.
struct AreaPhrase {
    static let nouns: [String: [String]] = [
        "footer": ["contentinfo"], "header": ["banner"], "top": ["banner"], "menu": ["navigation", "menu", "menubar"],
        "navigation": ["navigation"], "nav": ["navigation"], "navbar": ["navigation"], "sidebar": ["complementary", "navigation"],
        "dialog": ["dialog"], "modal": ["dialog"], "popup": ["dialog"], "window": ["dialog"], "banner": ["dialog", "banner", "region"],
        "form": ["form", "search"], "table": ["table"], "grid": ["table"], "list": ["list", "listbox"], "toolbar": ["toolbar"],
        "section": ["region", "group"], "panel": ["region", "tablist", "complementary"], "tabs": ["tablist"],
        "rail": ["navigation", "complementary"], "bottom": ["contentinfo"],
    ]
    /// Words that say where on the screen an area is ("the side menu", "the left rail"): no
    /// part of its name.
    static let sides: [String: ScreenLayout.Side] = [
        "footer": .bottom, "bottom": .bottom, "header": .top, "top": .top, "sidebar": .side, "side": .side, "rail": .side,
        "left": .left, "left-hand": .left, "right": .right, "right-hand": .right, "bar": .top,
    ]
    /// "breadcrumb", "breadcrumbs", "breadcrumb trail": the trail of links to where the page is.
    static func isTrail(_ word: String) -> Bool { word.hasPrefix("breadcrumb") }
    /// Nouns for any part of a page under a title ("the Attendee 1 section", "the Alerts box"):
    /// they name no kind of landmark a person could see, so the title alone decides.
    static let parts: Set<String> = ["section", "part", "area", "block", "box", "panel", "group", "fieldset", "card"]
    var kinds: Set<String> = []
    var name: Prepared?
    /// Only a part noun was said besides the name: a heading that matches is as good as a landmark.
    var anyPart = false
    /// The numbers of the name ("1" of "Attendee 1"): another number is another section.
    var numbers: [UInt64] = []
    /// Where on the screen the words put it, the most specific said ("left" over "sidebar").
    var side: ScreenLayout.Side?
    /// "the breadcrumb": on a page whose trail is no landmark, any of its links may be it.
    var trail = false

    init(_ text: String) {
        var rest: [Substring] = [], onlyParts = true
        for word in text.split(separator: " ") {
            let lower = word.lowercased()
            if let s = Self.sides[lower], side == nil || [.left, .right].contains(s) { side = s }
            if Self.isTrail(lower) { trail = true }
            if let k = Self.nouns[lower] { kinds.formUnion(k); onlyParts = onlyParts && Self.parts.contains(lower) }
            else if Self.sides[lower] != nil { continue }
            else if Self.parts.contains(lower) { continue }
            else { rest.append(word) }
        }
        let words = rest.joined(separator: " ")
        name = words.isEmpty ? nil : Prepared(words)
        anyPart = onlyParts
        numbers = HealingScorer.numbers(words)
    }

    /// The named words' share found in `s`, none when `s` is numbered otherwise ("Attendee 2").
    func named(_ s: String?, _ page: PageWords, _ folder: inout Folder) -> Double {
        guard let name else { return 1 }
        if HealingScorer.numberedOtherwise(s, than: numbers) { return 0 }
        let found = page.coverage(of: name, by: [s], &folder)
        guard found > 0, let s else { return found }
        // Of two sections holding the words ("Your address", "Correspondence address" for "your
        // address"), the one that says nothing more is it.
        folder.load(s)
        return found * (0.8 + 0.2 * page.share(of: folder.tokens, in: name))
    }

    /// 1 when the element is in an area of a named kind with the named words; the words alone
    /// may match an area's name or the element's heading ("in the discussion").
    /// An area said only by where it is ("the footer", "the side menu") is also found by that:
    /// fully on a page without such a landmark (a layout of tables), a little less beside one.
    func score(_ e: Element, _ page: PageWords, _ layout: ScreenLayout?, _ folder: inout Folder) -> Double {
        // Its own heading numbered otherwise ("Attendee 2") is not in "Attendee 1", whatever
        // encloses both.
        if HealingScorer.numberedOtherwise(e.heading, than: numbers) { return 0 }
        var best = 0.0
        if name == nil, let side, let layout, layout.places(e, side) { best = layout.kinds.isDisjoint(with: kinds) ? 1 : 0.8 }
        if trail, layout?.hasTrail == false { return 1 }
        for region in e.regions ?? [] {
            let kindMatches = kinds.contains(String(Element.regionKind(region)))
            let named = self.named(Element.regionName(region).map(String.init), page, &folder)
            if kindMatches { best = max(best, name == nil ? 1 : 0.5 + 0.5 * named) }
            else if name != nil { best = max(best, kinds.isEmpty || anyPart ? named : 0.5 * named) }
        }
        if name != nil { best = max(best, (kinds.isEmpty || anyPart ? 0.9 : 0.5) * named(e.heading, page, &folder)) }
        return best
    }
}

/// Where a page's elements lie: its extent and the kinds of landmark it has, for areas a step
/// names by where they are on the screen.
struct ScreenLayout {
    enum Side { case top, bottom, left, right, side }
    var width = 0.0, height = 0.0
    var kinds: Set<String> = []
    /// Whether an area of the page is named as a breadcrumb trail.
    var hasTrail = false

    init(_ elements: [Element]) {
        var names: Set<String> = []
        for e in elements {
            if let b = e.box { width = max(width, b.x + b.width); height = max(height, b.y + b.height) }
            for region in e.regions ?? [] {
                kinds.insert(String(Element.regionKind(region)))
                if let name = Element.regionName(region) { names.insert(String(name)) }
            }
        }
        hasTrail = names.contains { $0.lowercased().contains("breadcrumb") }
    }

    /// Whether the element lies on that side: the top band (a header's height, or a tenth of a
    /// tall page), the last fifth, or the outer quarter of the width — below the header (a
    /// side menu may start level with a tall one).
    func places(_ e: Element, _ side: Side) -> Bool {
        guard let b = e.box, width > 0, height > 0 else { return false }
        let left = b.x + b.width <= width * 0.25, right = b.x >= width * 0.75
        switch side {
        case .top: return b.y + b.height <= max(120, height * 0.1)
        case .bottom: return b.y >= height * 0.8
        case .left: return left
        case .right: return right
        case .side: return (left || right) && b.y + b.height > 60 && !(e.regions ?? []).contains("banner")
        }
    }
}

func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
