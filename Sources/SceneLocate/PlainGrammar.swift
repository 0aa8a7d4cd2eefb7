import Foundation
public import SceneConfig
import SceneLocator

/// The element a plain-language step names: "the second 'Add to cart' button" gives
/// words "Add to cart", role word "button" (roles button), ordinal 1.
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

    public var description: String {
        var s = ordinal.map { $0 < 0 ? "the last " : "the \(PlainGrammar.ordinalWords[$0]) " } ?? ""
        s += words.isEmpty ? "" : "'\(words)'"
        if let roleWord { s += (words.isEmpty ? "" : " ") + roleWord }
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
}

/// A sentence the grammar cannot read.
public struct PlainLanguageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// A small grammar for plain-language steps, deterministic and explainable: a verb
/// phrase picks the action, quotes (optional where unambiguous) mark literal text,
/// role words (button, link, field, checkbox, dropdown, tab, heading, ...) and ordinals
/// (first..tenth, last, 2nd) narrow the element.
public enum PlainGrammar {
    static let ordinalWords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    /// Role words, longest first so "radio button" wins over "button".
    static let roleWords: [(String, [String])] = [
        ("radio button", ["radio"]), ("text field", ["textbox", "searchbox", "spinbutton", "combobox"]),
        ("text box", ["textbox", "searchbox"]), ("search box", ["searchbox", "textbox"]), ("check box", ["checkbox", "switch"]),
        ("menu item", ["menuitem", "link", "button"]), ("drop-down", ["combobox", "listbox"]), ("combo box", ["combobox"]),
        ("button", ["button"]), ("link", ["link"]), ("field", ["textbox", "searchbox", "spinbutton", "combobox"]),
        ("input", ["textbox", "searchbox", "spinbutton", "combobox"]), ("textbox", ["textbox", "searchbox"]),
        ("searchbox", ["searchbox", "textbox"]), ("box", ["textbox", "searchbox", "combobox"]),
        ("checkbox", ["checkbox", "switch"]), ("radio", ["radio"]), ("dropdown", ["combobox", "listbox"]),
        ("select", ["combobox", "listbox"]), ("menu", ["menuitem", "link", "button"]), ("tab", ["tab"]),
        ("heading", ["heading"]), ("header", ["heading"]), ("title", ["heading"]), ("option", ["option", "radio"]),
        ("image", ["img"]), ("icon", ["img", "button", "link"]), ("switch", ["switch", "checkbox"]), ("toggle", ["switch", "checkbox"]),
    ]

    static let keys: [String: String] = [
        "enter": "Enter", "return": "Enter", "tab": "Tab", "escape": "Escape", "esc": "Escape", "space": "Space",
        "spacebar": "Space", "backspace": "Backspace", "delete": "Delete", "del": "Delete", "home": "Home", "end": "End",
        "pageup": "PageUp", "page up": "PageUp", "pagedown": "PageDown", "page down": "PageDown",
        "arrowup": "ArrowUp", "up arrow": "ArrowUp", "arrow up": "ArrowUp", "up": "ArrowUp",
        "arrowdown": "ArrowDown", "down arrow": "ArrowDown", "arrow down": "ArrowDown", "down": "ArrowDown",
        "arrowleft": "ArrowLeft", "left arrow": "ArrowLeft", "arrow left": "ArrowLeft", "left": "ArrowLeft",
        "arrowright": "ArrowRight", "right arrow": "ArrowRight", "arrow right": "ArrowRight", "right": "ArrowRight",
    ]

    /// Longer sentences are refused: a step is one sentence, and the patterns backtrack.
    public static let maxLength = 500

    public static func parse(_ sentence: String) throws(PlainLanguageError) -> PlainCommand {
        guard sentence.count <= maxLength else {
            throw PlainLanguageError(message: "a step of \(sentence.count) characters is too long to read (at most \(maxLength))")
        }
        let (text, literals) = extractLiterals(normalize(sentence))
        guard !text.isEmpty else { throw PlainLanguageError(message: "an empty step") }
        func restore(_ s: Substring) -> String { restoreLiterals(String(s), literals).trimmingCharacters(in: .whitespaces) }
        func target(_ s: Substring) -> TargetPhrase { phrase(String(s), literals) }
        func match(_ pattern: String) -> [Substring]? {
            guard let regex = try? Regex("^" + pattern + "$").ignoresCase(), let m = text.wholeMatch(of: regex) else { return nil }
            return (1..<m.output.count).map { m.output[$0].substring ?? "" }
        }

        if let g = match(#"(?:assert|verify|check|expect|ensure|confirm)(?: that)? the (?:page )?title (?:contains|is|equals|includes|has)\s+(.+)"#) {
            return PlainCommand(kind: .assertTitle, value: restore(g[0]))
        }
        if let g = match(#"(?:assert|verify|check|expect|ensure|confirm|see)(?: that)?\s+(.+?) (?:is|are) (?:visible|shown|displayed|present|on the page)"#) {
            return PlainCommand(kind: .assertVisible, target: target(g[0]))
        }
        if let g = match(#"(?:assert|verify|expect|confirm|(?:i )?(?:should )?see)(?: that)?(?: the page (?:contains|shows))?\s+(.+)"#) {
            return PlainCommand(kind: .assertVisible, target: target(g[0]))
        }
        if let g = match(#"(?:go to|goto|open|visit|navigate to|browse to|load)\s+(.+)"#) {
            let raw = restore(g[0])
            let words = raw.replacingOccurrences(of: #"^(?i:the )"#, with: "", options: .regularExpression)
            if words.hasPrefix("/") || words.hasPrefix("http://") || words.hasPrefix("https://") || words.hasPrefix("file:")
                || words.hasPrefix("?") || words.hasPrefix("#") || words.range(of: #"^[\w-]+(\.[\w-]+)+(/.*)?$"#, options: .regularExpression) != nil {
                return PlainCommand(kind: .goto, value: words)
            }
            // "Go to Pricing": follow the link of that name.
            var t = target(g[0])
            t.words = t.words.replacingOccurrences(of: #"(?i)\s+page$"#, with: "", options: .regularExpression)
            if t.roles == nil { t.roleWord = "link"; t.roles = ["link", "menuitem", "tab"] }
            return PlainCommand(kind: .click, target: t)
        }
        if let g = match(#"(?:double[- ]?click|dblclick)(?: on)?\s+(.+)"#) { return PlainCommand(kind: .dblclick, target: target(g[0])) }
        if let g = match(#"(?:press|hit|push)(?: the)?\s+(.+?)(?: key)?"#), let key = keyName(restore(g[0])) {
            return PlainCommand(kind: .press, value: key)
        }
        if let g = match(#"(?:select|choose|pick)\s+(.+?)\s+(?:from|in)\s+(.+)"#) {
            return PlainCommand(kind: .select, target: target(g[1]), value: restore(g[0]))
        }
        if let g = match(#"(?:fill(?: in| out)?|set|enter)\s+(.+?)\s+(?:with|to|as)\s+(.+)"#) {
            return PlainCommand(kind: .fill, target: target(g[0]), value: restore(g[1]))
        }
        if let g = match(#"(?:type|enter|input|write|fill in|fill|put)\s+(.+)\s+(?:into|in|to|on)\s+(.+)"#) {
            return PlainCommand(kind: .fill, target: target(g[1]), value: restore(g[0]))
        }
        if let g = match(#"(?:uncheck|untick|clear|deselect|disable|turn off)\s+(.+)"#) { return PlainCommand(kind: .uncheck, target: target(g[0])) }
        if let g = match(#"(?:check|tick|enable|turn on)\s+(.+)"#) { return PlainCommand(kind: .check, target: target(g[0])) }
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
        if let g = match(#"wait (?:for|until)\s+(.+?)(?:\s+(?:to appear|appears|is visible|to be visible|is shown|shows up))?"#) {
            return PlainCommand(kind: .wait, target: target(g[0]))
        }
        if let g = match(#"(?:click|tap|press|hit|select|choose|open|follow)(?: on)?\s+(.+)"#) { return PlainCommand(kind: .click, target: target(g[0])) }
        throw PlainLanguageError(message: "cannot read '\(sentence)': no known action; start with go to, click, double-click, type ... into, "
            + "fill ... with, select ... from, check, uncheck, press, hover over, scroll, wait for, or assert ... is visible")
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

    /// Curly quotes to straight ones, runs of spaces to one, no trailing full stop.
    static func normalize(_ s: String) -> String {
        var t = s.replacingOccurrences(of: "\u{2018}", with: "'").replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
        t = t.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = t.last, ".!".contains(last) { t.removeLast() }
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

    /// "the second 'Add to cart' button" -> words, role word, ordinal.
    static func phrase(_ raw: String, _ literals: [String]) -> TargetPhrase {
        var words = raw.split(separator: " ").map(String.init)
        func dropArticles() { while let f = words.first, ["the", "a", "an", "on", "at", "over"].contains(f.lowercased()) { words.removeFirst() } }
        dropArticles()
        var ordinal: Int? = nil
        if let f = words.first?.lowercased() {
            if let i = ordinalWords.firstIndex(of: f) { ordinal = i }
            else if f == "last" { ordinal = -1 }
            else if let m = f.wholeMatch(of: #/(\d+)(?:st|nd|rd|th)/#), let n = Int(m.output.1), n >= 1 { ordinal = n - 1 }
            if ordinal != nil { words.removeFirst(); dropArticles() }
        }
        var roleWord: String? = nil, roles: [String]? = nil
        let lower = words.map { $0.lowercased() }
        for (word, r) in roleWords {
            let n = word.split(separator: " ").count
            guard words.count >= n else { continue }
            // A trailing role word ("Log in button"), else a leading one ("button 'Log in'"),
            // never the whole phrase when it is quoted text.
            if lower.suffix(n).joined(separator: " ") == word {
                words.removeLast(n); roleWord = word; roles = r; break
            }
            if lower.prefix(n).joined(separator: " ") == word, words.count > n {
                words.removeFirst(n); roleWord = word; roles = r; break
            }
        }
        dropArticles()
        let joined = words.joined(separator: " ")
        let quoted = joined.contains("\u{1}")
        var text = restoreLiterals(joined, literals)
        // "the field labelled 'Email'", "the button named 'Go'", "the link with text 'Docs'".
        text = text.replacingOccurrences(of: #"^(?i:(?:labell?ed|named|called|titled|with (?:the )?(?:text|label|name))\s+)"#, with: "", options: .regularExpression)
        return TargetPhrase(words: text.trimmingCharacters(in: .whitespaces), quoted: quoted, roleWord: roleWord, roles: roles, ordinal: ordinal)
    }
}
