import Foundation
public import SceneConfig
import SceneLocator

/// The element a plain-language step names: "the second 'Add to cart' button for the Blue
/// Mug in the footer" gives words "Add to cart", role word "button" (roles button), ordinal 1,
/// context "Blue Mug" (found in the element's row or card), area "footer" (its landmarks).
public struct TargetPhrase: Sendable, Equatable {
    /// The name part, quotes removed ("" when only a role word was given: "the button").
    public var words: String
    /// True when the name was quoted: matched more strictly.
    public var quoted: Bool
    /// The role word as written ("button", "field") and the ARIA roles it stands for.
    public var roleWord: String?
    public var roles: [String]?
    /// 0-based position among equally good matches; -1 = the last one.
    public var ordinal: Int?
    /// "for the Blue Mug", "in the row for Dana": words found around the element (its row, card, heading).
    public var context: String?
    /// "in the footer", "in the main menu", "the cookie dialog": the page area it is in.
    public var area: String?
    /// The words are a whole phrase read as a name (a second reading of a sentence): every
    /// word must be in the element's name, not only the name in the words.
    public var whole: Bool

    public init(words: String, quoted: Bool = false, roleWord: String? = nil, roles: [String]? = nil, ordinal: Int? = nil,
                context: String? = nil, area: String? = nil, whole: Bool = false) {
        self.words = words; self.quoted = quoted; self.roleWord = roleWord; self.roles = roles; self.ordinal = ordinal
        self.context = context; self.area = area; self.whole = whole
    }

    public var description: String {
        var s = ordinal.map { $0 < 0 ? "the last " : "the \(PlainGrammar.ordinalWords[$0]) " } ?? ""
        s += words.isEmpty ? "" : "'\(words)'"
        if let roleWord { s += (words.isEmpty ? "" : " ") + roleWord }
        if let context { s += " for '\(context)'" }
        if let area { s += " in the \(area)" }
        return s
    }
}

/// A sentence read by the grammar: the action, its element (if any) and its value.
public struct PlainCommand: Sendable, Equatable {
    public var kind: StepKind
    public var target: TargetPhrase?
    public var value: String?
    public var scrollY: Int?
    public var wait: WaitCondition?
    /// The verb picks among things ("select", "choose"): a checkbox or radio it names is checked.
    public var choosing = false
    /// A reading guessed from word order ("Select Problem as the Type", "Choose 50 rows per
    /// page"): only a select with an option like the value fits.
    public var valueMustFit = false
    /// A reading guessed from a field's name then its value with nothing between ("Postcode AB2
    /// 4PL"), or from what a step views ("View allergens & nutrition"): only an element whose
    /// whole name, label or placeholder those words are fits.
    public var namedExactly = false
    /// The verb is the control's name ("Email for Activity on watched tasks"): a box of that
    /// name is ticked, not toggled.
    public var ticksBox = false
    /// Other readings of the same sentence, tried too; the one whose element fits best wins
    /// ("Sort by Name": the sort list's option, else the Name column header).
    public var alternatives: [PlainCommand] = []

    public init(kind: StepKind, target: TargetPhrase? = nil, value: String? = nil, scrollY: Int? = nil, wait: WaitCondition? = nil,
                choosing: Bool = false, alternatives: [PlainCommand] = []) {
        self.kind = kind; self.target = target; self.value = value; self.scrollY = scrollY; self.wait = wait
        self.choosing = choosing; self.alternatives = alternatives
    }

    /// This reading, then the alternatives.
    public var readings: [PlainCommand] { [self] + alternatives }
}

/// A sentence the grammar cannot read.
public struct PlainLanguageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// A small grammar for plain-language steps, deterministic and explainable: a verb phrase
/// picks the action ("add X to the cart", "remove X from the basket", "close the dialog",
/// "sort by X", "change the quantity of X to 3", "enter X as the Y", "search for X", "reply
/// to X", "edit X", ...), quotes (optional where unambiguous) mark literal text, role words
/// (button, link, field, checkbox, dropdown, tab, column header, row, ...) and ordinals
/// (first..tenth, last, 2nd) narrow the element, "for <row or card text>" and "in the
/// <footer, menu, dialog...>" say where it is. Synonyms (basket/cart, Qty/quantity,
/// ZIP/postcode, ...) are `Vocabulary`'s, shared with healing.
public enum PlainGrammar {
    static let ordinalWords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    static let fieldRoles = ["textbox", "searchbox", "spinbutton", "combobox"]
    /// Controls that do or open something, as against boxes and options that hold a choice.
    static let commandRoles = ["button", "link", "menuitem", "tab"]
    static let clickRoles = commandRoles + ["checkbox", "radio", "switch", "option"]

    /// The page's search box, whatever it is called: the fallback reading of every search step.
    static let pageSearchTarget = TargetPhrase(words: "", roles: ["searchbox"])

    /// Role words, longest first so "radio button" wins over "button". "row" is the row's own
    /// selection box ("select the row for Dana").
    static let roleWords: [(String, [String])] = [
        ("radio button", ["radio"]), ("text field", fieldRoles), ("column header", ["columnheader"]),
        ("text box", ["textbox", "searchbox"]), ("search box", ["searchbox", "textbox"]), ("search field", ["searchbox", "textbox"]),
        ("check box", ["checkbox", "switch"]), ("menu item", ["menuitem", "link", "button"]), ("drop-down", ["combobox", "listbox"]),
        ("combo box", ["combobox"]), ("button", ["button"]), ("link", ["link"]), ("field", fieldRoles), ("input", fieldRoles),
        ("textbox", ["textbox", "searchbox"]), ("searchbox", ["searchbox", "textbox"]), ("box", ["textbox", "searchbox", "combobox", "spinbutton"]),
        ("checkbox", ["checkbox", "switch"]), ("radio", ["radio"]), ("dropdown", ["combobox", "listbox"]),
        ("select", ["combobox", "listbox"]), ("menu", ["menuitem", "link", "button"]), ("tab", ["tab"]),
        ("column", ["columnheader"]), ("heading", ["heading"]), ("header", ["heading", "columnheader"]), ("title", ["heading"]),
        ("option", ["option", "radio"]), ("image", ["img"]), ("icon", ["img", "button", "link"]), ("switch", ["switch", "checkbox"]),
        ("toggle", ["switch", "checkbox"]), ("row", ["checkbox", "radio"]),
    ]

    /// Nouns that make "in ..." a page area ("in footer") without an article ("in the ...").
    static let areaNouns: Set<String> = ["footer", "header", "menu", "navigation", "nav", "navbar", "sidebar", "dialog", "modal", "popup",
                                         "banner", "form", "section", "table", "list", "toolbar", "panel", "page", "bar", "window"]

    /// Whether words name a part of the page by a noun or where it is ("top nav", "left rail").
    static func isPlace(_ words: String) -> Bool {
        words.split(separator: " ").contains { let w = $0.lowercased(); return areaNouns.contains(w) || AreaPhrase.sides[w] != nil || AreaPhrase.isTrail(w) }
    }

    /// Nouns for parts every page has, besides those that say where they are (`AreaPhrase.sides`).
    static let screenParts: Set<String> = ["menu", "nav", "navigation", "navbar", "toolbar"]

    /// A part of every page, where it is on the screen ("the header", "the top of the page",
    /// "the left-hand menu"), without "of the page"; nil for anything else ("the foe list").
    static func screenPlace(_ words: String) -> String? {
        let said = words.split(whereSeparator: \.isWhitespace)
        var place = said.map { $0.lowercased() }
        if place.count > 3, place.suffix(3).prefix(2) == ["of", "the"], ["page", "screen", "site"].contains(place[place.count - 1]) { place.removeLast(3) }
        guard let head = place.last, AreaPhrase.sides[head] != nil || screenParts.contains(head) || AreaPhrase.isTrail(head),
              place.dropLast().allSatisfy({ AreaPhrase.sides[$0] != nil || ["main", "site", "page"].contains($0) }) else { return nil }
        return said.prefix(place.count).joined(separator: " ")
    }

    /// Things one adds to or removes from: "add X to the basket".
    static let collections = "cart|basket|bag|trolley|wishlist|wish list|favourites|favorites|list|order"

    static let keys: [String: String] = [
        "enter": "Enter", "return": "Enter", "tab": "Tab", "escape": "Escape", "esc": "Escape", "space": "Space",
        "spacebar": "Space", "backspace": "Backspace", "delete": "Delete", "del": "Delete", "home": "Home", "end": "End",
        "pageup": "PageUp", "page up": "PageUp", "pagedown": "PageDown", "page down": "PageDown",
        "arrowup": "ArrowUp", "up arrow": "ArrowUp", "arrow up": "ArrowUp", "up": "ArrowUp",
        "arrowdown": "ArrowDown", "down arrow": "ArrowDown", "arrow down": "ArrowDown", "down": "ArrowDown",
        "arrowleft": "ArrowLeft", "left arrow": "ArrowLeft", "arrow left": "ArrowLeft", "left": "ArrowLeft",
        "arrowright": "ArrowRight", "right arrow": "ArrowRight", "arrow right": "ArrowRight", "right": "ArrowRight",
    ]

    /// Verbs that are the name of the control doing them: "Edit Ines Duarte" clicks the Edit
    /// control where Ines Duarte is (or one named "Edit Ines Duarte").
    static let controlVerbs: Set<String> = [
        "edit", "delete", "remove", "view", "download", "share", "like", "save", "archive", "duplicate", "copy", "rename", "cancel",
        "confirm", "submit", "accept", "reject", "approve", "decline", "book", "buy", "subscribe", "unsubscribe", "join", "apply",
        "redeem", "reset", "refresh", "print", "play", "pause", "follow", "unfollow", "favourite", "favorite", "star", "pin",
        "upload", "export", "import", "publish", "rate", "reorder", "start", "report", "link", "unlink", "connect", "disconnect",
        "change", "renew", "track", "review", "invite", "resend", "assign", "merge", "snooze", "mute", "block", "restore", "retry",
        "enrol", "enroll", "add", "reply", "quote", "forward", "revoke", "reassign", "reopen", "resolve", "upgrade", "downgrade",
        "flag", "ban", "unblock", "unpin", "unmute", "dismiss", "message", "contact", "preview", "compare", "resume",
        "watch", "unwatch", "bookmark", "email", "move", "complete", "show", "hide", "unstar",
    ]

    /// Role words a step names the control it is done with by ("with the U button").
    static let instrumentRoles = "(?:button|link|icon|tab|menu item)"

    /// States "mark X …" names without "as".
    static let markedStates = "done|complete|completed|finished|read|unread|lost|won|spam|paid|resolved|closed"

    /// States an item's own box marks ("Mark the draft as done" may tick it).
    static let doneWords: Set<String> = ["done", "complete", "completed", "finished", "read", "checked", "ticked"]

    /// Longer sentences are refused: a step is one sentence, and the patterns backtrack.
    public static let maxLength = 500

    public static func parse(_ sentence: String) throws(PlainLanguageError) -> PlainCommand {
        guard sentence.count <= maxLength else {
            throw PlainLanguageError(message: "a step of \(sentence.count) characters is too long to read (at most \(maxLength))")
        }
        // "Go to Pricing, please": a trailing please says nothing of what to do.
        let (text, literals) = extractLiterals(normalize(sentence).replacingOccurrences(of: #"(?i),?\s+please[.!]?$"#, with: "", options: .regularExpression))
        guard !text.isEmpty else { throw PlainLanguageError(message: "an empty step") }
        do { return typedValues(try read(text, literals, sentence), sentence, literals) } catch {
            if let placed = placed(text, literals, sentence) { return typedValues(placed, sentence, literals) }
            throw error
        }
    }

    /// Verbs a step after a place or a subject starts with ("Under Most popular click …").
    static let leadVerbs: Set<String> = [
        "click", "tap", "press", "tick", "untick", "check", "uncheck", "select", "choose", "pick", "enter", "type", "fill", "set",
        "open", "follow", "jump", "switch", "go", "change", "add", "remove", "clear", "turn", "answer", "search", "sort", "expand",
    ]

    /// A step that starts with where it happens or who does it: "In the sidebar, jump to Drinks",
    /// "Under Filter by topic tick Roads and streets", "Permit start date: type 1 into Day",
    /// "For the delivery address, set Town/City to London" (the place becomes the area of every
    /// reading); "Before adding, change …" (a clause that is no place is dropped); "The customer
    /// adds the Lasagne" (a subject, and its verb's -s). Nil when the rest reads as nothing.
    static func placed(_ text: String, _ literals: [String], _ sentence: String) -> PlainCommand? {
        func inArea(_ command: PlainCommand, _ place: String?) -> PlainCommand {
            guard let place = place.map({ restoreLiterals($0, literals) }), !place.isEmpty else { return command }
            func placing(_ reading: inout PlainCommand) { if reading.target != nil, reading.target?.area == nil { reading.target?.area = place } }
            var out = command
            placing(&out)
            for i in out.alternatives.indices { placing(&out.alternatives[i]) }
            return out
        }
        func place(_ clause: Substring) -> String? {
            guard let m = clause.firstMatch(of: #/(?i)^(?:in|under|within|inside|from|on|at|for)\s+(?:the\s+)?(.+)$/#) else { return nil }
            return String(m.output.1)
        }
        // "<place>, <step>" and "<field or section>: <step>".
        if let m = text.firstMatch(of: #/^([^,:]+)[,:]\s*(.+)$/#), let command = try? read(String(m.output.2), literals, sentence) {
            let clause = m.output.1
            if let place = place(clause) ?? (text[clause.endIndex] == ":" ? String(clause) : nil) { return inArea(command, place) }
            // "Before adding, change …": a clause of when, not where.
            if clause.firstMatch(of: #/(?i)^(?:before|after|then|now|next|first|finally|once|when|afterwards)\b/#) != nil { return command }
        }
        let words = text.split(separator: " ")
        // "Under Filter by topic tick Roads": the place runs up to the first verb the rest reads from.
        if let first = words.first?.lowercased(), ["in", "under", "within", "inside", "from"].contains(first), words.count > 2 {
            for i in 2..<words.count where leadVerbs.contains(words[i].lowercased()) {
                if let command = try? read(words[i...].joined(separator: " "), literals, sentence) {
                    return inArea(command, place(words[..<i].joined(separator: " ")[...]))
                }
            }
        }
        // "Then I delete …", "When I reply …", "I click …", "And also tick …": a scenario's
        // keyword and its first person lead the step.
        if let m = text.firstMatch(of: #/(?i)^(?:(?:given|when|then|and|but)\s+)?(?:(?:i|we)\s+)?(?:also\s+)?(.+)$/#),
           m.output.1.count < text.count, let command = try? read(String(m.output.1), literals, sentence) {
            return command
        }
        // "I want to start a new topic", "Please click on …": a wish or a please before the step.
        if let m = text.firstMatch(of: #/(?i)^(?:(?:i|we)\s+(?:want|need|would like|'d like|wish)\s+to|please|kindly)\s+(.+)$/#),
           let command = try? read(String(m.output.1), literals, sentence) {
            return command
        }
        // "The customer adds the Lasagne al forno", "The tester ticks …".
        if let m = text.firstMatch(of: #/(?i)^(?:the\s+)?(?:user|customer|tester|visitor|shopper|agent|admin|applicant|resident|learner|student)\s+(\w+?)(e?s)\s+(.+)$/#) {
            for verb in [String(m.output.1) + (m.output.2 == "es" ? "e" : ""), String(m.output.1)] {
                if let command = try? read(verb + " " + m.output.3, literals, sentence) { return command }
            }
        }
        return nil
    }

    /// The grammar's patterns, each compiled once per process: compiling the fifty-odd patterns
    /// a sentence is tried against cost more than all the rest of resolving it on a large page.
    static let patterns = CompiledPatterns()

    /// The grammar proper, on a normalized sentence whose quoted text is `literals`.
    static func read(_ text: String, _ literals: [String], _ sentence: String) throws(PlainLanguageError) -> PlainCommand {
        func restore(_ s: Substring) -> String { restoreLiterals(String(s), literals).trimmingCharacters(in: .whitespaces) }
        func target(_ s: Substring) -> TargetPhrase { phrase(String(s), literals) }
        /// The phrase read whole, without context or area split ("Save for later" is a name).
        func literal(_ s: Substring) -> TargetPhrase { phrase(String(s), literals, split: false) }
        /// The same as a second reading: compared word for word.
        func whole(_ s: Substring) -> TargetPhrase { var t = literal(s); t.whole = true; return t }
        /// A control named `words` (roles), found where `context` is.
        func named(_ words: String, roles: [String], context: Substring) -> TargetPhrase { controlWhere(words, roles: roles, context: context, literals) }
        func match(_ pattern: String) -> [Substring]? {
            guard let regex = Self.patterns.regex(pattern), let m = text.wholeMatch(of: regex) else { return nil }
            return (1..<m.output.count).map { m.output[$0].substring ?? "" }
        }
        /// A click on the phrase; when it was split into name, context or area, the whole phrase
        /// as a name is a second reading ("Save for later").
        func click(_ raw: Substring, roles: [String]? = nil, choosing: Bool = false, kind: StepKind = .click) -> PlainCommand {
            var t = target(raw)
            if t.roles == nil, let roles { t.roles = roles }
            var command = PlainCommand(kind: kind, target: t, choosing: choosing)
            if t.context != nil || t.area != nil {
                var unsplit = whole(raw)
                if unsplit.roles == nil, let roles { unsplit.roles = roles }
                command.alternatives.append(PlainCommand(kind: kind, target: unsplit, choosing: choosing))
            }
            return command
        }
        /// The page's search box, with `value` typed: the second reading of every search.
        func pageSearch(_ value: String) -> PlainCommand {
            PlainCommand(kind: .fill, target: pageSearchTarget, value: value)
        }
        /// The whole sentence as a control's name ("Add to cart", "Log out").
        let sentenceAsName = PlainCommand(kind: .click, target: whole(text[...]))

        if let g = match(#"(?:assert|verify|check|expect|ensure|confirm)(?: that)? the (?:page )?title (?:contains|is|equals|includes|has)\s+(.+)"#) {
            return PlainCommand(kind: .assertTitle, value: restore(g[0]))
        }
        if let g = match(#"(?:assert|verify|check|expect|ensure|confirm|see)(?: that)?\s+(.+?) (?:is|are) (?:visible|shown|displayed|present|on the page)"#) {
            return PlainCommand(kind: .assertVisible, target: target(g[0]))
        }
        if let g = match(#"(?:assert|verify|expect|confirm|(?:i )?(?:should )?see)(?: that)?(?: the page (?:contains|shows))?\s+(.+)"#) {
            return PlainCommand(kind: .assertVisible, target: target(g[0]))
        }
        // "Underline the text with the U button", "Add a pet with the + button", "Go back a page
        // using the Previous link", "Use the 'Skip to main content' link": the control the step
        // names by its role word is what a person presses, whatever the rest says it does.
        if let g = match(#"(?:use|using)\s+(.+?\s+"# + instrumentRoles + #")(?:\s+(?:to|for)\s+.+)?"#)
            ?? match(#".+?\s+(?:with|using|via)\s+(the\s+.+?\s+"# + instrumentRoles + ")") {
            return click(g[0])
        }
        if let g = match(#"(go to|goto|open|visit|navigate to|browse to|load|jump to|skip to|switch to|go back to|head to|return to|go(?= (?:back )?home\b))\s+(?:back\s+(?=home\b))?(.+)"#) {
            let (verb, g) = (g[0].lowercased(), Array(g.dropFirst()))
            let raw = restore(g[0])
            let words = raw.replacingOccurrences(of: #"^(?i:the )"#, with: "", options: .regularExpression)
            if words.hasPrefix("/") || words.hasPrefix("http://") || words.hasPrefix("https://") || words.hasPrefix("file:")
                || words.hasPrefix("?") || words.hasPrefix("#") || words.range(of: #"^[\w-]+(\.[\w-]+)+(/.*)?$"#, options: .regularExpression) != nil {
                return PlainCommand(kind: .goto, value: words)
            }
            // "Go to Pricing", "Go to the next page": the link (or button) of that name; "Open
            // Related contact": a custom list's button. "Open the driver app deal" may be the
            // Open control of that deal's row.
            var command = click(g[0], roles: ["link", "menuitem", "tab", "button", "combobox"])
            if verb == "open" { command.alternatives.append(PlainCommand(kind: .click, target: named("open", roles: clickRoles, context: g[0]))) }
            // "Load more orders", "Switch to list view": the verb may be the control's first word
            // ("go" is not: "Go to older messages" is no "Go" button's; "open" has its own reading above).
            if !verb.hasPrefix("go"), verb != "open" { command.alternatives.append(sentenceAsName) }
            return command
        }
        // "Read the brief": the Read control where the brief is, a control of the sentence's name
        // ("Read more", "Browse courses"), else the link ("Read the Terms").
        if let g = match(#"(read|browse)\s+(.+)"#) {
            var command = PlainCommand(kind: .click, target: named(g[0].lowercased(), roles: clickRoles, context: g[1]), alternatives: [sentenceAsName])
            command.alternatives += click(g[1], roles: ["link", "button", "tab", "menuitem"]).readings
            return command
        }
        // "Decrease the Garlic bread by one", "Lower the Margherita quantity", "Increase the number
        // of guests": the stepper's button where the item is (`Vocabulary`: Fewer, Minus, −).
        if let g = match(#"(increase|decrease|reduce|lower)\s+(.+?)(?:\s+by\s+(?:one|1))?"#) {
            let verb = g[0].lowercased() == "increase" ? "increase" : "decrease"
            let item = restore(g[1]).replacing(#/(?i)^(?:the\s+)?(?:(?:quantity|number|amount|count)\s+of\s+(?:the\s+)?)?/#, with: "")
                .replacing(#/(?i)\s+(?:quantity|count|amount)$/#, with: "")
            if ["", "quantity", "number", "amount", "count"].contains(item.lowercased()) {
                return PlainCommand(kind: .click, target: TargetPhrase(words: verb, roles: ["button"]), alternatives: [sentenceAsName])
            }
            return PlainCommand(kind: .click, target: named(verb, roles: ["button"], context: item[...]),
                                alternatives: [PlainCommand(kind: .click, target: whole("\(verb) \(item)"[...])), sentenceAsName])
        }
        if let g = match(#"(?:double[- ]?click|dblclick)(?: on)?\s+(.+)"#) { return click(g[0], kind: .dblclick) }
        // "Press Enter in the search box": the key, pressed in that field.
        if let g = match(#"(?:press|hit|push)(?: the)?\s+(.+?)(?: key)?\s+(?:in|into|inside)\s+(.+)"#), let key = keyName(restore(g[0])) {
            return PlainCommand(kind: .press, target: target(g[1]), value: key)
        }
        if let g = match(#"(?:press|hit|push)(?: the)?\s+(.+?)(?: key)?"#), let key = keyName(restore(g[0])) {
            return PlainCommand(kind: .press, value: key)
        }
        // "Close the cookie banner", "Dismiss the Edit user dialog": the close control of that area.
        if let g = match(#"(?:close|dismiss|hide)(?:\s+(.+))?"#) {
            let place = literal(g[0])
            let area = [place.words, place.roleWord].compactMap { $0 }.joined(separator: " ")
            let close = PlainCommand(kind: .click, target: TargetPhrase(words: "close", roles: ["button", "link"], area: area.isEmpty ? nil : area))
            return area.isEmpty ? close : PlainCommand(kind: .click, target: close.target, alternatives: [sentenceAsName])
        }
        // "Add the Blue Mug to the basket": the add control in the Blue Mug's card.
        if let g = match(#"add\s+(.+?)\s+to\s+(?:the |my |your )?("# + collections + ")") {
            let noun = String(g[1])
            return PlainCommand(kind: .click, target: named("add to \(noun)", roles: ["button", "link"], context: g[0]),
                                alternatives: [PlainCommand(kind: .click, target: named(noun, roles: ["button", "link"], context: g[0])), sentenceAsName])
        }
        // "Add Routing Engines Compared to my agenda": any list of the visitor's own (agenda,
        // calendar, shortlist) is added to by its own control in the item's row or card.
        if let g = match(#"add\s+(.+?)\s+to\s+(?:the |my |your )(\w+)"#) {
            let noun = String(g[1])
            return PlainCommand(kind: .click, target: named("add to \(noun)", roles: ["button", "link"], context: g[0]),
                                alternatives: [PlainCommand(kind: .click, target: named(noun, roles: ["button", "link"], context: g[0])), sentenceAsName])
        }
        // "Remove Blue Mug from the cart": the remove control in its row.
        if let g = match(#"(?:remove|delete|take)\s+(.+?)\s+(?:from|out of)\s+(?:the |my |your )?(?:"# + collections + ")") {
            return PlainCommand(kind: .click, target: named("remove", roles: ["button", "link"], context: g[0]), alternatives: [sentenceAsName])
        }
        // "Sort by Price": an option of the sort list, else the column header, else a sort control.
        if let g = match(#"sort(?:\s+.+?)?\s+by\s+(.+)"#) {
            let by = restore(g[0])
            return PlainCommand(kind: .select, target: TargetPhrase(words: "sort", roles: ["combobox", "listbox"]), value: by, alternatives: [
                PlainCommand(kind: .click, target: TargetPhrase(words: by, roleWord: "column header", roles: ["columnheader"])),
                PlainCommand(kind: .click, target: TargetPhrase(words: "sort by \(by)", roles: ["button", "link", "menuitem", "tab"])),
            ])
        }
        // "Change the quantity of Green Teapot to 3": that field in Green Teapot's row.
        if let g = match(#"(?:change|set|update|make)\s+(?:the\s+)?(.+?)\s+(?:of|for)\s+(.+?)\s+to\s+(.+)"#) {
            let field = literal(g[0])
            var t = named(field.words, roles: field.roles ?? fieldRoles + ["combobox", "listbox"], context: g[1])
            t.roleWord = field.roleWord
            return PlainCommand(kind: .fill, target: t, value: restore(g[2]),
                                alternatives: [PlainCommand(kind: .fill, target: literal(text[g[0].startIndex..<g[1].endIndex]), value: restore(g[2]))])
        }
        // "Answer Yes to 'Is it dangerous?'": that answer of that question.
        if let g = match(#"answer\s+(.+?)\s+(?:to|for)\s+(.+)"#) {
            let answer = literal(g[0]), question = restore(g[1])
            return PlainCommand(kind: .check, target: TargetPhrase(words: answer.words, roles: ["radio", "checkbox"], area: question),
                                alternatives: [PlainCommand(kind: .check, target: TargetPhrase(words: answer.words, roles: ["radio", "checkbox"], context: question))])
        }
        if let g = match(#"(?:select|choose|pick)\s+(.+?)\s+from\s+(.+)"#) {
            return PlainCommand(kind: .select, target: target(g[1]), value: restore(g[0]))
        }
        // Value first: "Enter 90210 as the ZIP".
        if let g = match(#"(?:type|enter|input|write|put|use|fill in)\s+(.+?)\s+as\s+(.+)"#) {
            return PlainCommand(kind: .fill, target: target(g[1]), value: restore(g[0]))
        }
        if let g = match(#"(?:fill(?: in| out)?|set|enter|change|update|switch|limit)\s+(.+?)\s+(?:with|to)\s+(.+)"#) {
            return PlainCommand(kind: .fill, target: target(g[0]), value: restore(g[1]))
        }
        // "into" first: "Type Lisbon into the To field" is not "Lisbon into the" into "field".
        if let g = match(#"(?:type|enter|input|write|fill in|fill|put)\s+(.+?)\s+into\s+(.+)"#) {
            return PlainCommand(kind: .fill, target: target(g[1]), value: restore(g[0]))
        }
        if let g = match(#"(?:type|enter|input|write|fill in|fill|put)\s+(.+)\s+(?:into|in|to|on)\s+(.+)"#) {
            return PlainCommand(kind: .fill, target: target(g[1]), value: restore(g[0]))
        }
        // "Enter registration AB12 CDE", "Enter full name 'Sam Okafor'": a field, then its value.
        if let g = match(#"(?:type|enter|input|fill in|provide)\s+(.+)"#) {
            let readings = fieldThenValue(g[0], literals, exactly: false)
            if let first = readings.first { var command = first; command.alternatives = Array(readings.dropFirst()); return command }
        }
        // "Search sessions for transit", "Search contacts by name or email for ramani", "Search by
        // name: nadia": the search field for sessions (by name), with "transit" ("nadia").
        if let g = match(#"search\s+(?!for\s)(\w+(?:\s+\w+){0,4})(?:\s+for\s+|:\s+)(.+)"#) {
            let value = restore(g[1])
            return PlainCommand(kind: .fill, target: TargetPhrase(words: "search \(restore(g[0]))", roles: ["searchbox", "textbox", "combobox"]), value: value,
                                alternatives: [pageSearch(value)])
        }
        // "Search for 'Salford' in the location box": that field, with those words.
        if let g = match(#"search(?:\s+for)?\s+(.+?)\s+(?:in|into|using)\s+(?:the\s+)?(.+?\s+(?:box|field|bar|input))"#) {
            let value = restore(g[0])
            return PlainCommand(kind: .fill, target: target(g[1]), value: value,
                                alternatives: [pageSearch(value)])
        }
        // "Search for teapots": the field named search, else the page's search box. "Search for a
        // service called 'tip'": the quoted words are what is typed.
        if let g = match(#"search(?:\s+for)?\s+(.+)"#) {
            let quotedOnly = g[0].firstMatch(of: #/^(?:.+\s)?(?:called|named|titled)\s+(\u{1}\d+\u{1})$/#).map { restore($0.output.1) }
            let value = quotedOnly ?? restore(g[0])
            return PlainCommand(kind: .fill, target: TargetPhrase(words: "search", roles: ["searchbox", "textbox", "combobox"]), value: value,
                                alternatives: [pageSearch(value)])
        }
        // "Turn subtitles on", "Switch the Slack alerts off": the particle after the box.
        if let g = match(#"(?:turn|switch|toggle)\s+(.+?)\s+(on|off)"#) {
            return PlainCommand(kind: g[1].lowercased() == "on" ? .check : .uncheck, target: target(g[0]))
        }
        // "Make sure Accuracy is not ticked", "Ensure the Email box for X is checked": a state to reach.
        if let g = match(#"(?:make sure|ensure)\s+(?:that\s+)?(.+?)\s+is\s+(not\s+|un)?(?:checked|ticked|selected|enabled|on)"#) {
            return PlainCommand(kind: g[1].isEmpty ? .check : .uncheck, target: target(g[0]))
        }
        if let g = match(#"(?:uncheck|untick|clear|deselect|disable|turn off|switch off|opt out of|don't|do not|never|stop)\s+(.+)"#) {
            // "Clear all filters", "Clear the basket": a control of that name, else boxes to untick.
            // "Don't allow members to email me", "Stop emails about new homes": the box, unticked.
            return PlainCommand(kind: .uncheck, target: target(g[0]), alternatives: [sentenceAsName])
        }
        // "Only show open restaurants", "Filter by the Curry cuisine": the filter's box or chip.
        if let g = match(#"(?:only show|show only|only list|list only|filter by|filter to|filter on)\s+(.+)"#) {
            var command = click(g[0], roles: ["checkbox", "switch", "radio", "button", "option", "tab"], choosing: true)
            // Or an option of a filter list ("Only list Delivered orders": Status, Delivered).
            var option = PlainCommand(kind: .select, target: TargetPhrase(words: "", roles: ["combobox", "listbox"]), value: restore(g[0]))
            option.valueMustFit = true
            command.alternatives += [sentenceAsName, option]
            return command
        }
        // "Go back": the page's Back link or button.
        if match(#"go back|back"#) != nil {
            return PlainCommand(kind: .click, target: TargetPhrase(words: "back", roles: ["link", "button"]))
        }
        if let g = match(#"(?:check|tick|enable|turn on|switch on|opt in to|opt into|opt in for)\s+(.+)"#) { return PlainCommand(kind: .check, target: target(g[0])) }
        // "Allow credit checks": the box that allows them, or a control of the sentence's name ("Allow all").
        if let g = match(#"allow\s+(.+)"#) {
            return PlainCommand(kind: .check, target: target(g[0]), alternatives: [PlainCommand(kind: .check, target: whole(text[...])), sentenceAsName])
        }
        if let g = match(#"(?:hover|mouse over|move the mouse over|move to)(?: over| on)?\s+(.+)"#) { return PlainCommand(kind: .hover, target: target(g[0])) }
        if let g = match(#"scroll (down|up)(?: by (\d+)\s*(?:px|pixels)?)?(?: a bit| the page)?"#) {
            let amount = Int(g[1]) ?? 800
            return PlainCommand(kind: .scroll, scrollY: g[0].lowercased() == "up" ? -amount : amount)
        }
        if let g = match(#"scroll(?: down| up)? to(?: the)? (bottom|top|end|start)(?: of the page)?"#) {
            return PlainCommand(kind: .scroll, value: ["bottom", "end"].contains(g[0].lowercased()) ? "bottom" : "top")
        }
        if let g = match(#"scroll(?: down| up)? (?:to|until)\s+(.+)"#) { return PlainCommand(kind: .scroll, target: target(g[0])) }
        if let g = match(#"wait(?: for)? (\d+(?:\.\d+)?)\s*(s|secs?|seconds?|ms|milliseconds?)"#) {
            let n = Double(g[0]) ?? 0
            let ms = g[1].lowercased().hasPrefix("m") ? n : n * 1000
            return PlainCommand(kind: .wait, wait: .timeout(ms: Int(ms.rounded())))
        }
        if match(#"wait(?: for| until)?(?: the)? (?:network|page)(?: to)?(?: be)?(?: idle| to settle| to load| loaded)"#) != nil {
            return PlainCommand(kind: .wait, wait: .networkIdle)
        }
        // "Wait for the text 'Saved'", "wait until 'Saved' appears": those words, waited for on the page as it
        // changes; never matched against the page as it is now (the text is usually not there yet).
        let appears = #"(?:\s+(?:to appear|appears|is visible|to be visible|is shown|shows up))?"#
        if let g = match("wait (?:for|until)(?: the)?(?: text)? (\u{1}\\d+\u{1})(?: text)?" + appears)
            ?? match(#"wait (?:for|until) the text (.+?)"# + appears) {
            return PlainCommand(kind: .wait, wait: .text(restore(g[0])))
        }
        if let g = match(#"wait (?:for|until)\s+(.+?)(?:\s+(?:to appear|appears|is visible|to be visible|is shown|shows up))?"#) {
            return PlainCommand(kind: .wait, target: target(g[0]))
        }
        // "Reply to Lea": the Reply control of Lea's comment.
        if let g = match(#"reply to\s+(.+)"#) {
            return PlainCommand(kind: .click, target: named("reply", roles: ["button", "link"], context: g[0]), alternatives: [sentenceAsName])
        }
        if let g = match(#"(?:expand|collapse|toggle|proceed to|continue to)\s+(.+)"#) { return click(g[0]) }
        if let g = match(#"(?:select|choose|pick)\s+(.+)"#) {
            var command = click(g[0], choosing: true)
            command.alternatives += optionReadings(g[0], literals)
            // "Select Greta": the selection box of Greta's row or card ("choose" and "pick" are
            // about options; "the last …" counts rows, not boxes).
            if text.lowercased().hasPrefix("select "), case let box = named("", roles: ["checkbox"], context: g[0]), box.ordinal == nil {
                command.alternatives.append(PlainCommand(kind: .check, target: box))
            }
            return command
        }
        // "Follow Tomás Alvarez": a Follow control where he is, before a link named after him.
        if let g = match(#"follow\s+(.+)"#) {
            var command = PlainCommand(kind: .click, target: named("follow", roles: clickRoles, context: g[0]), alternatives: [sentenceAsName])
            command.alternatives.append(click(g[0]))
            return command
        }
        if let g = match(#"(?:click|tap|press|hit|open|follow)(?: on)?\s+(.+)"#) { return click(g[0]) }
        if match(#"(?:log ?in|log ?out|sign ?in|sign ?out|sign ?up|register)"#) != nil { return sentenceAsName }
        // "Mark 'Sketch three layouts' as done", "Mark Casa Verde as a favourite": the control
        // named for that state where the item is ("Done", "Mark as done"), or the item's own box.
        // "Mark studio licences lost": a state word without "as".
        if let g = match(#"mark\s+(.+?)\s+as\s+(?:an?\s+)?(.+)"#) ?? match(#"mark\s+(.+?)\s+("# + markedStates + ")") {
            let state = String(g[1])
            var command = PlainCommand(kind: .click, target: named(state, roles: clickRoles, context: g[0]),
                                       alternatives: [PlainCommand(kind: .click, target: named("mark as " + state, roles: clickRoles, context: g[0])),
                                                      sentenceAsName])
            // The item's own box, named after it (a radio is a choice, not the item's state).
            if doneWords.contains(state.lowercased()) {
                var box = target(g[0])
                if box.roles == nil { box.roles = ["checkbox", "switch"] }
                command.alternatives.append(PlainCommand(kind: .check, target: box))
            }
            command.ticksBox = true
            return command
        }
        // "Send an email to Linh Tran": the Email (or Message) control where Linh Tran is.
        if let g = match(#"(?:send|write)\s+(?:an?\s+|a new\s+)?(email|e-mail|message|mail|note)\s+to\s+(.+)"#) {
            let noun = String(g[0])
            return PlainCommand(kind: .click, target: named(noun, roles: clickRoles, context: g[1]),
                                alternatives: [PlainCommand(kind: .click, target: named("send " + noun, roles: clickRoles, context: g[1])), sentenceAsName])
        }
        // "Make the Mastercard the default card": the item's "Make default" or "Set as default".
        if let g = match(#"(?:make|set)\s+(.+?)\s+(?:the|as(?: the)?)\s+default(?:\s+.+)?"#) {
            return PlainCommand(kind: .click, target: named("default", roles: clickRoles, context: g[0]), alternatives: [sentenceAsName])
        }
        // "Make Jonas Weber a guest", "Demote Priya Nair to Member": the option of the list in that row.
        if let g = match(#"(?:make|promote|demote)\s+(.+?)\s+(?:an?|to(?: an?)?)\s+(.+)"#) {
            return optionInRow(of: literal(g[0]).words, restore(g[1]))
        }
        // "Edit Ines Duarte": the Edit control where Ines Duarte is, or one named "Edit Ines Duarte".
        if let g = match(#"(\w+)\s+(.+)"#), controlVerbs.contains(g[0].lowercased()) {
            var command = verbControl(g[0], g[1], text, literals)
            let verb = g[0].lowercased()
            // "Show all orders, not just the last 30 days": "Show" may be a list's name too.
            if ["show", "hide"].contains(verb) { command.alternatives += verbless(sentence).readings }
            // "View allergens & nutrition", "Show the map": what is viewed may be opened by a link,
            // tab or button of exactly its name (not "Deals" for "View the Security add-on deal").
            if ["view", "show"].contains(verb) {
                command.alternatives += click(g[1], roles: ["link", "tab", "button", "menuitem"]).readings.map { var r = $0; r.namedExactly = true; return r }
            }
            return command
        }
        throw PlainLanguageError(message: "cannot read '\(sentence)': no known action; start with go to, click, double-click, type ... into, "
            + "fill ... with, enter ... as, select ... from, check, uncheck, add ... to the cart, remove ... from the cart, close, sort by, "
            + "change ... of ... to, search for, press, hover over, scroll, wait for, or assert ... is visible")
    }

    /// A control named `words` (of `roles`), found where `context` says (its row, card or heading).
    static func controlWhere(_ words: String, roles: [String], context: Substring, _ literals: [String]) -> TargetPhrase {
        let c = phrase(String(context), literals, split: false)
        return TargetPhrase(words: words, roles: roles, ordinal: c.ordinal, context: [c.words, c.roleWord].compactMap { $0 }.joined(separator: " "))
    }

    /// "Edit Ines Duarte": the control the verb names where the rest is, else one named by the
    /// whole sentence ("Edit Ines Duarte"). A box of the verb's name is ticked, not toggled.
    static func verbControl(_ verb: Substring, _ rest: Substring, _ text: String, _ literals: [String]) -> PlainCommand {
        var whole = phrase(text, literals, split: false)
        whole.whole = true
        var command = PlainCommand(kind: .click, target: controlWhere(String(verb), roles: clickRoles, context: rest, literals),
                                   alternatives: [PlainCommand(kind: .click, target: whole)])
        command.ticksBox = true
        return command
    }

    /// A sentence whose first word the grammar does not know as a verb, read as a control's
    /// name where the rest is ("Warn crustlord": the "Warn member" button in crustlord's row).
    /// Its verb is returned too: only a page whose controls are named by it should read it so.
    static func unknownVerb(_ sentence: String) -> (verb: String, command: PlainCommand)? {
        let (text, literals) = extractLiterals(normalize(sentence))
        guard let m = text.wholeMatch(of: #/(\w+)\s+(.+)/#) else { return nil }
        return (m.output.1.lowercased(), typedValues(verbControl(m.output.1, m.output.2, text, literals), sentence, literals))
    }

    /// A sentence with no verb the grammar knows: a control's whole name ("Include cutlery and
    /// napkins"), else a field and its value ("Colour: Silver", "surname = Okafor", "Postcode
    /// AB2 4PL", "What is the problem? Something else").
    public static func verbless(_ sentence: String) -> PlainCommand {
        let normalized = normalize(sentence)
        var command = PlainCommand(kind: .click, target: TargetPhrase(words: normalized, whole: true))
        let (text, literals) = extractLiterals(normalized)
        // "Comments tab", "Edit for Dana": a name with its role word or where it is, no verb.
        // A box or radio it names is chosen (checked), never toggled.
        let named = PlainCommand(kind: .click, target: phrase(text, literals), choosing: true)
        command.alternatives = (named.target == command.target ? [] : [named]) + fieldThenValue(text[...], literals, exactly: true)
        return typedValues(command, sentence, literals)
    }

    /// Whether a value's last word takes a full stop: "Inc", "Ltd", … or one with dots inside ("B.V").
    static func endsWithAbbreviation(_ value: String) -> Bool {
        value.firstMatch(of: #/(?i)(?:^|\s)(?:inc|ltd|co|corp|jr|sr|st|rd|ave|bros|plc|llc|etc|[\p{L}]+\.[\p{L}.]*)$/#) != nil
    }

    /// The values a sentence types, read again where its last words may not be typed: a value
    /// that ends the sentence keeps its full stop when it is prose (four words or more) or ends
    /// with an abbreviation ("Northwind Logistics Inc.", "I'm away, back on the 15th."); a value
    /// that ends "in the X" may say where the field is ("Search for Alder in the header"), a
    /// reading tried first — one only the field in that place fits well.
    static func typedValues(_ command: PlainCommand, _ sentence: String, _ literals: [String]) -> PlainCommand {
        let trimmed = sentence.trimmingCharacters(in: .whitespaces)
        let stop = trimmed.hasSuffix(".") && !trimmed.hasSuffix("..")
        var readings: [PlainCommand] = []
        for var r in command.readings {
            guard [.fill, .type].contains(r.kind), var value = r.value, !literals.contains(value) else { readings.append(r); continue }
            if stop, !value.hasSuffix("."), trimmed.hasSuffix(value + "."),
               value.split(separator: " ").count >= 4 || endsWithAbbreviation(value) {
                value += "."
                r.value = value
            }
            if r.target?.area == nil, let m = value.firstMatch(of: #/^(.+?)\s+(?:in|inside|within)\s+(?:the\s+)?(\S+(?:\s+\S+){0,3})$/#) {
                var placed = r
                placed.value = String(m.output.1)
                placed.target?.area = String(m.output.2)
                readings.append(placed)
            }
            readings.append(r)
        }
        var out = readings[0]
        out.alternatives = Array(readings.dropFirst())
        return out
    }

    /// "Colour: Silver", "surname = Okafor", "Full name Jane Okafor": readings of a field then
    /// its value — split at ":", "=", "->" or "?" when there is one, else after each of the
    /// first four words, longest field first (a quoted value is split off whole). A field with
    /// that value typed, or an option of that name chosen in the field's group. Without a
    /// separator the field's words must be all in its name — `exactly`: be its whole name
    /// ("Tip £2" is no value for "Custom tip").
    static func fieldThenValue(_ raw: Substring, _ literals: [String], exactly: Bool) -> [PlainCommand] {
        var out: [PlainCommand] = []
        func add(_ field: Substring, _ value: Substring, guessed: Bool = false) {
            let v = restoreLiterals(String(value), literals).trimmingCharacters(in: .whitespaces)
            let t = phrase(String(field), literals, split: false)
            guard !v.isEmpty, !t.words.isEmpty else { return }
            // "Assignee dropdown" names a control by its role word; it gives no value.
            if guessed, roleWords.contains(where: { $0.0 == v.lowercased() }) { return }
            var fill = PlainCommand(kind: .fill, target: t, value: v)
            if guessed { fill.namedExactly = exactly; fill.target?.whole = true }
            out.append(fill)
            out.append(PlainCommand(kind: .check, target: TargetPhrase(words: v, roles: ["radio"], area: t.words)))
            // "Priya Nair: Viewer": the option of a list in the row the words name.
            out.append(optionInRow(of: t.words, v))
        }
        if let m = fieldAndValue(raw)
            ?? raw.firstMatch(of: #/^(.+?)\s+(?:-|\u{2013}|\u{2014})\s+(.+)$/#)
            // "is" only before a value (up to four words, no article): "… address is the same as
            // delivery" names a box.
            ?? raw.firstMatch(of: #/^(.+?)\s+(?:is|should be)\s+((?!(?i:the|a|an|my|your|not)\s)\S+(?:\s+\S+){0,3})$/#) {
            // "Years at this address - 3", "Joint applicant's first name is Yusuf".
            add(m.output.1, m.output.2)
        } else if let m = raw.firstMatch(of: #/^(\d+(?:[.,]\d+)?)\s+(.+)$/#) {
            // "3 people moving in": a number, then the field's whole name.
            add(m.output.2, m.output.1, guessed: true)
        } else if let m = raw.firstMatch(of: #/^(.+?)\s+(\u{1}\d+\u{1})$/#) {
            add(m.output.1, m.output.2)
        } else {
            let words = raw.split(separator: " ")
            for k in (1...min(4, max(1, words.count - 1))).reversed() where k < words.count {
                add(raw[words[0].startIndex..<words[k - 1].endIndex], raw[words[k].startIndex...], guessed: true)
            }
        }
        return out
    }

    /// `s` without a leading "the", "a" or "an".
    static func withoutArticle(_ s: String) -> String {
        s.replacingOccurrences(of: #"^(?i:the|a|an)\s+"#, with: "", options: .regularExpression)
    }

    /// A field and its value split at ":", "=", "->" or "?" ("Colour: Silver").
    static func fieldAndValue<S: StringProtocol>(_ text: S) -> Regex<(Substring, Substring, Substring)>.Match? where S.SubSequence == Substring {
        text[...].firstMatch(of: #/^(.+?)\s*(?::|=|->|\u{2192}|\?)\s+(.+)$/#)
    }

    /// The option `value` of the list in the row `row` names (a member's role: "Make Tom a
    /// guest", "Tom: Guest"); only a list holding the value fits.
    static func optionInRow(of row: String, _ value: String) -> PlainCommand {
        var option = PlainCommand(kind: .select, target: TargetPhrase(words: "", roles: ["combobox", "listbox"], context: row), value: value)
        option.valueMustFit = true
        return option
    }

    /// "Problem as the Type", "Shipping in Move to group", "50 rows per page": the value, then
    /// the select it is an option of, after "as", "in", "under", "for", "on" or right after the
    /// value's first one to three words. Readings only a select holding the value can fit.
    static func optionReadings(_ raw: Substring, _ literals: [String]) -> [PlainCommand] {
        var out: [PlainCommand] = []
        func add(_ value: String, _ field: String) {
            // "Pick the Work label …": the article is no part of the option.
            let v = withoutArticle(restoreLiterals(value, literals).trimmingCharacters(in: .whitespaces))
            let t = phrase(field, literals, split: false)
            guard !v.isEmpty, !t.words.isEmpty else { return }
            var command = PlainCommand(kind: .select, target: t, value: v)
            command.valueMustFit = true
            out.append(command)
        }
        let text = String(raw)
        for m in text.matches(of: #/(?i)\s+(?:as|in|under|for|on|within)\s+(?:the\s+)?/#) {
            add(String(text[..<m.range.lowerBound]), String(text[m.range.upperBound...]))
        }
        let words = text.split(separator: " ")
        for k in 1...3 where k < words.count {
            add(words.prefix(k).joined(separator: " "), words.dropFirst(k).joined(separator: " "))
        }
        return out
    }

    /// "Save in Contact details" -> ("Save", "Contact details"): the name and the section named
    /// after the last "in", "under", "within", "inside" or "of" (nil when there is none, or
    /// either side would be empty). Read as another reading, never instead of the words.
    static func section(_ words: String) -> (words: String, section: String)? {
        guard let m = words.firstMatch(of: #/(?i)^(.+)\s+(?:in|under|within|inside|of)\s+(?:the\s+)?(.+)$/#) else { return nil }
        let name = String(m.output.1).trimmingCharacters(in: .whitespaces), section = String(m.output.2).trimmingCharacters(in: .whitespaces)
        return name.isEmpty || section.isEmpty ? nil : (name, section)
    }

    static func keyName(_ s: String) -> String? {
        let lower = s.lowercased().replacingOccurrences(of: #"^the "#, with: "", options: .regularExpression)
        if let k = keys[lower] { return k }
        if lower.range(of: #"^f([1-9]|1[0-2])$"#, options: .regularExpression) != nil { return lower.uppercased() }
        // Chords: Control+A, Shift+Tab.
        let parts = s.split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count > 1 {
            let modifiers = ["control": "Control", "ctrl": "Control", "shift": "Shift", "alt": "Alt", "meta": "Meta", "cmd": "Meta"]
            var out: [String] = []
            for (i, p) in parts.enumerated() {
                if i < parts.count - 1 { guard let m = modifiers[p.lowercased()] else { return nil }; out.append(m) }
                else if p.count == 1 { out.append(p.uppercased()) }
                else if let k = keys[p.lowercased()] { out.append(k) } else { return nil }
            }
            return out.joined(separator: "+")
        }
        return nil
    }

    /// Curly quotes to straight ones, runs of spaces to one, no trailing full stop. The stop of
    /// an initial ("Dana W.") and an exclamation mark ("OldPass1!") may end a value: kept.
    static func normalize(_ s: String) -> String {
        var t = s.replacingOccurrences(of: "\u{2018}", with: "'").replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
        t = t.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while t.last == ".", t.range(of: #"(^|\s)\p{Lu}\.$"#, options: .regularExpression) == nil { t.removeLast() }
        return t.trimmingCharacters(in: .whitespaces)
    }

    /// Replaces each quoted literal with a marker (`\u{1}0\u{1}`) so the grammar never looks inside it.
    /// A quote opens only at the start or after a space, so "don't" is no literal.
    static func extractLiterals(_ s: String) -> (String, [String]) {
        var out = "", literals: [String] = []
        var chars = Array(s)[...]
        var previous: Character = " "
        while let c = chars.first {
            if (c == "'" || c == "\"") && (previous == " " || previous == "(") {
                let rest = chars.dropFirst()
                // The closing quote must end a word: followed by the end, a space or punctuation.
                if let close = rest.indices.first(where: { rest[$0] == c && ($0 + 1 == chars.endIndex || " ,.;:!?)".contains(chars[$0 + 1])) }) {
                    literals.append(String(rest[rest.startIndex..<close]))
                    out += "\u{1}\(literals.count - 1)\u{1}"
                    chars = chars[(close + 1)...]
                    previous = c
                    continue
                }
            }
            out.append(c); previous = c
            chars = chars.dropFirst()
        }
        return (out, literals)
    }

    static func restoreLiterals(_ s: String, _ literals: [String]) -> String {
        var out = s
        for (i, l) in literals.enumerated() { out = out.replacingOccurrences(of: "\u{1}\(i)\u{1}", with: l) }
        return out
    }

    /// "Book a viewing on the 4th listing", "Order now on the first restaurant card", "View in the
    /// first row of results": the control's words and the count of the row or card it is in.
    static func countedRow(_ body: String) -> (words: String, ordinal: Int)? {
        guard let m = withoutListPlace(body).firstMatch(of: PhrasePatterns.countedRow),
              let n = ordinalNumber(String(m.output.2)) else { return nil }
        return (String(m.output.1), n)
    }

    /// Words without where a list's items are ("deal in the list", "row of results"): that says
    /// nothing of which item.
    static func withoutListPlace(_ words: String) -> String {
        words.firstMatch(of: PhrasePatterns.listPlace)
            .map { String($0.output.1) } ?? words
    }

    /// Whether words after a count name a kind of item rather than its text: one or two words,
    /// maybe with where the items are ("deal in the list", "restaurant card", "ticket").
    static func isItemKind(_ words: String) -> Bool {
        let kind = withoutListPlace(words)
        return !kind.contains("\u{1}") && (1...2).contains(kind.split(separator: " ").count) && !kind.contains(where: \.isNumber)
    }

    /// "second" 1, "4th" 3, "last" -1 (0-based); nil for any other word.
    static func ordinalNumber(_ word: String) -> Int? {
        let w = word.lowercased()
        if let i = ordinalWords.firstIndex(of: w) { return i }
        if w == "last" { return -1 }
        if let m = w.wholeMatch(of: #/(\d+)(?:st|nd|rd|th)/#), let n = Int(m.output.1), n >= 1 { return n - 1 }
        return nil
    }

    /// "the second 'Add to cart' button for the Oak Board in the footer" -> words, role word,
    /// ordinal, context, area. `split: false` reads the whole phrase as the name.
    static func phrase(_ raw: String, _ literals: [String], split: Bool = true) -> TargetPhrase {
        var body = raw
        var context: String? = nil, area: String? = nil
        var ordinal: Int? = nil
        if split {
            // "Book a viewing on the 4th listing", "Pause the listing in the last row": the
            // control in that row or card, counted in page order.
            if let counted = countedRow(body) {
                body = counted.words; ordinal = counted.ordinal
            } else if let m = body.firstMatch(of: PhrasePatterns.rowFor) {
                body = String(m.output.1); context = String(m.output.2)
            } else if let m = body.firstMatch(of: PhrasePatterns.forContext) {
                body = String(m.output.1); context = String(m.output.2)
            } else if let m = body.firstMatch(of: PhrasePatterns.onTheItem)
                        ?? body.firstMatch(of: PhrasePatterns.nextTo)
                        ?? body.firstMatch(of: PhrasePatterns.onSomeonesItem) {
                // "the heart on the Pho Saigon card", "Increase next to Garlic bread", "Like on
                // oskar_bakes's reply".
                body = String(m.output.1); context = String(m.output.2)
            } else if let m = body.firstMatch(of: PhrasePatterns.possessive) {
                // "Tom Becker's role": the role in Tom Becker's row. Only a name (capitalised): "today's
                // date" is a name of its own.
                body = String(m.output.2); context = String(m.output.1)
            }
            // "Settings (top nav)", "Delete my account (link in the footer)": where it is, in brackets.
            if context == nil, let m = body.firstMatch(of: PhrasePatterns.placeInBrackets),
               isPlace(String(m.output.3)) {
                body = String(m.output.1) + (m.output.2.map { " " + $0 } ?? ""); area = String(m.output.3)
            }
            // "... in the footer", "in the main menu", "in footer": the page area; "from the
            // header", "at the top" when the words are a place on the screen.
            if area == nil, let m = (context ?? body).firstMatch(of: PhrasePatterns.inArea) {
                let named = m.output.3.map(String.init), bare = m.output.4.map(String.init)
                let fromOrAt = ["from", "at", "via"].contains(m.output.2.lowercased())
                if let place = named.flatMap({ !fromOrAt ? $0 : screenPlace($0) }) ?? bare.flatMap({ !fromOrAt && areaNouns.contains($0.lowercased()) ? $0 : nil }) {
                    if context != nil { context = String(m.output.1) } else { body = String(m.output.1) }
                    area = place
                }
            }
            // "Companies breadcrumb": a link of the breadcrumb trail.
            if area == nil, context == nil, let m = body.firstMatch(of: PhrasePatterns.breadcrumb) {
                body = String(m.output.1) + " link"; area = String(m.output.2)
            }
        }
        var words = body.split(separator: " ").map(String.init)
        // A capital "My"/"Your" is part of a name ("Toggle My contacts").
        func dropArticles() {
            while let f = words.first, ["the", "a", "an", "on", "at", "over"].contains(f.lowercased()) || f == "your" || f == "my" { words.removeFirst() }
        }
        dropArticles()
        // "First name", "Last login": a word pair the vocabulary knows is a name, not an ordinal.
        if ordinal == nil, let f = words.first?.lowercased(), !(words.count > 1 && Vocabulary.isPair(f, words[1])) {
            ordinal = ordinalNumber(f)
            if ordinal != nil { words.removeFirst(); dropArticles() }
        }
        var roleWord: String? = nil, roles: [String]? = nil
        let lower = words.map { $0.lowercased() }
        for (word, r) in roleWords {
            let n = word.split(separator: " ").count
            guard words.count >= n else { continue }
            // A trailing role word ("Log in button"), else a leading one before quoted text or
            // "named ..." ("button 'Log in'"; "Select all" is a name).
            if lower.suffix(n).joined(separator: " ") == word {
                words.removeLast(n); roleWord = word; roles = r; break
            }
            if lower.prefix(n).joined(separator: " ") == word, words.count > n,
               words[n].hasPrefix("\u{1}") || ["named", "labelled", "labeled", "called", "titled", "with"].contains(lower[n]) {
                words.removeFirst(n); roleWord = word; roles = r; break
            }
        }
        dropArticles()
        let joined = words.joined(separator: " ")
        let quoted = joined.contains("\u{1}")
        var text = restoreLiterals(joined, literals)
        // "the field labelled 'Email'", "the button named 'Go'", "the link with text 'Docs'".
        text = text.replacingOccurrences(of: #"^(?i:(?:labell?ed|named|called|titled|with (?:the )?(?:text|label|name))\s+)"#, with: "", options: .regularExpression)
        func clean(_ s: String?) -> String? {
            guard let s else { return nil }
            let t = withoutArticle(restoreLiterals(s, literals)).trimmingCharacters(in: .whitespaces)
            return t.isEmpty ? nil : t
        }
        return TargetPhrase(words: text.trimmingCharacters(in: .whitespaces), quoted: quoted, roleWord: roleWord, roles: roles, ordinal: ordinal,
                            context: clean(context), area: clean(area))
    }
}

/// Whole-sentence, case-insensitive regular expressions by pattern, compiled on first use.
final class CompiledPatterns: @unchecked Sendable {
    // NSLock rather than Mutex: Mutex needs macOS 15. Guards `compiled` only.
    private let lock = NSLock()
    private var compiled: [String: Regex<AnyRegexOutput>] = [:]

    /// `pattern` anchored at both ends and without case; nil when it does not compile.
    func regex(_ pattern: String) -> Regex<AnyRegexOutput>? {
        if let known = lock.withLock({ compiled[pattern] }) { return known }
        guard let regex = try? Regex("^" + pattern + "$").ignoresCase() else { return nil }
        lock.withLock { compiled[pattern] = regex }
        return regex
    }
}

/// The patterns a step's target phrase is split by, built once: a regular expression literal is
/// parsed again each time it is evaluated, and every reading of a sentence splits its phrase.
/// (`nonisolated(unsafe)`: a `Regex` is not marked `Sendable`, but it only compiles its program
/// once, atomically, and is never mutated.)
enum PhrasePatterns {
    /// "Edit in the row for Ann"
    nonisolated(unsafe) static let rowFor = #/(?i)^(.+?)\s+(?:in|on)\s+the\s+(?:row|line|card|entry|item)\s+(?:for|of|with)\s+(.+)$/#
    /// "Edit for Ann"
    nonisolated(unsafe) static let forContext = #/(?i)^(.+?)\s+for\s+(.+)$/#
    /// "the heart on the Pho Saigon card"
    nonisolated(unsafe) static let onTheItem = #/(?i)^(.+?)\s+(?:on|in|of)\s+the\s+(.+?)\s+(?:row|line|card|entry|item|tile)$/#
    /// "Increase next to Garlic bread"
    nonisolated(unsafe) static let nextTo = #/(?i)^(.+?)\s+(?:next to|beside|alongside)\s+(.+)$/#
    /// "Like on oskar_bakes's reply"
    nonisolated(unsafe) static let onSomeonesItem = #/^(.+?)\s+on\s+([^']+'s\s+.+)$/#
    /// "Tom Becker's role"
    nonisolated(unsafe) static let possessive = #/^(?:[Tt]he\s+)?(\p{Lu}[^']*?)'s\s+(.+)$/#
    /// "Settings (top nav)"
    nonisolated(unsafe) static let placeInBrackets = #/^(.+?)\s*\((?:(?i)(?:(\w+)\s+)?(?:in|on|at|from)\s+the\s+)?([^()]+)\)$/#
    /// "Contact in the footer"
    nonisolated(unsafe) static let inArea = #/(?i)^(.+?)\s+(in|inside|within|from|at|via)\s+(?:(?:the|this|that)\s+(.+)|(\S+))$/#
    /// "Companies breadcrumb"
    nonisolated(unsafe) static let breadcrumb = #/(?i)^(.+?)\s+(breadcrumbs?)$/#
    /// "Book a viewing on the 4th listing"
    nonisolated(unsafe) static let countedRow = #/(?i)^(.+?)\s+(?:on|in|of|for|from)\s+the\s+(\w+)\s+(?:\w+\s+)?(?:row|card|listing|item|entry|line|result|tile|record)$/#
    /// "deal in the list"
    nonisolated(unsafe) static let listPlace = #/(?i)^(.+?)\s+(?:in|on|of)\s+(?:the\s+)?(?:list|grid|table|queue|results|inbox|board|page|feed|column)$/#
}
