import Foundation

/// A CSS selector (with Playwright's text pseudo-classes) checked against one element and its
/// ancestors: type, `#id`, `.class`, attribute selectors (`=`, `~=`, `|=`, `^=`, `$=`, `*=`, `i`),
/// descendant and child combinators, `:nth-child`/`:nth-of-type` and their first/last/only forms,
/// `:not`/`:is`/`:where`, `:checked`/`:disabled`/`:enabled`, `:has-text`/`:text`/`:text-is`/
/// `:text-matches`, `:visible`. Anything else (sibling combinators, `:has`, `:hover`...) is `unknown`.
struct CSSSelector: Sendable {
    /// One `a > b c` form of a selector list.
    struct Complex {
        /// Compounds left to right; `combinators[k]` joins compound k-1 and k (`combinators[0]` unused).
        var compounds: [Compound]
        var combinators: [Combinator]
    }
    enum Combinator { case descendant, child, sibling }
    struct Compound {
        var tag: String?
        var parts: [Part]
    }
    enum Part {
        case id(String)
        case className(String)
        case attribute(name: String, op: String?, value: String, insensitive: Bool)
        case nth(Nth, ofType: Bool, fromEnd: Bool)
        case only(ofType: Bool)
        case not([Complex])
        case any([Complex])
        case checked, disabled, enabled, visible
        case text(String, exact: Bool)
        case textRegex(String, flags: String)
        case unsupported
    }
    /// `an+b`.
    struct Nth { var a: Int; var b: Int }

    let list: [Complex]

    /// nil when the text is not a selector this reads.
    init?(_ source: String) {
        var parser = CSSParser(source)
        guard let list = parser.selectorList(), parser.atEnd else { return nil }
        self.list = list
    }

    func match(_ chain: ElementChain) -> MatchVerdict {
        var verdict = MatchVerdict.mismatch
        for complex in list {
            verdict = verdict || Self.match(complex, chain)
            if verdict == .match { break }
        }
        return verdict
    }

    static func match(_ complex: Complex, _ chain: ElementChain) -> MatchVerdict {
        var memo: [Int: MatchVerdict] = [:]
        func at(_ k: Int, _ n: Int) -> MatchVerdict {
            let key = k * 10_000 + n
            if let known = memo[key] { return known }
            var verdict = compound(complex.compounds[k], chain.nodes[n])
            if verdict != .mismatch && k > 0 {
                switch complex.combinators[k] {
                case .child:
                    verdict = verdict && (n > 0 ? at(k - 1, n - 1) : (chain.complete ? .mismatch : .unknown))
                case .descendant:
                    var above = MatchVerdict.mismatch
                    var a = n - 1
                    while a >= 0 && above != .match { above = above || at(k - 1, a); a -= 1 }
                    if above != .match && !chain.complete { above = above || .unknown }
                    verdict = verdict && above
                case .sibling:
                    verdict = verdict && .unknown
                }
            }
            memo[key] = verdict
            return verdict
        }
        return at(complex.compounds.count - 1, chain.elementIndex)
    }

    static func compound(_ c: Compound, _ node: ChainNode) -> MatchVerdict {
        var verdict = MatchVerdict.match
        if let tag = c.tag, tag != "*" { verdict = MatchVerdict(tag.lowercased() == node.tag) }
        for part in c.parts where verdict != .mismatch {
            verdict = verdict && self.part(part, node)
        }
        return verdict
    }

    static func part(_ part: Part, _ node: ChainNode) -> MatchVerdict {
        switch part {
        case .id(let id):
            guard let value = node.attribute("id") else { return .unknown }
            return MatchVerdict(value == id)
        case .className(let name):
            guard let classes = node.classes else { return .unknown }
            return MatchVerdict(classes.contains(name))
        case .attribute(let name, let op, let wanted, let insensitive):
            guard let known = node.attribute(name) else { return .unknown }
            guard let value = known else { return .mismatch }
            guard let op else { return .match }
            let have = insensitive ? value.lowercased() : value, want = insensitive ? wanted.lowercased() : wanted
            switch op {
            case "=": return MatchVerdict(have == want)
            case "~=": return MatchVerdict(have.split(whereSeparator: \.isWhitespace).contains { $0 == want })
            case "|=": return MatchVerdict(have == want || have.hasPrefix(want + "-"))
            case "^=": return MatchVerdict(!want.isEmpty && have.hasPrefix(want))
            case "$=": return MatchVerdict(!want.isEmpty && have.hasSuffix(want))
            case "*=": return MatchVerdict(!want.isEmpty && have.contains(want))
            default: return .unknown
            }
        case .nth(let nth, let ofType, let fromEnd):
            guard let p = node.position else { return .unknown }
            var index = ofType ? p.indexOfType : p.index
            if fromEnd {
                guard let count = ofType ? p.countOfType : p.count else { return .unknown }
                index = count - index + 1
            }
            return MatchVerdict(nth.matches(index))
        case .only(let ofType):
            guard let p = node.position, let count = ofType ? p.countOfType : p.count else { return .unknown }
            return MatchVerdict(count == 1)
        case .not(let list):
            var any = MatchVerdict.mismatch
            for complex in list { any = any || Self.match(complex, ElementChain(single: node)) }
            return !any
        case .any(let list):
            var any = MatchVerdict.mismatch
            for complex in list { any = any || Self.match(complex, ElementChain(single: node)) }
            return any
        case .checked:
            return node.checked.map(MatchVerdict.init) ?? .unknown
        case .disabled:
            guard let known = node.attribute("disabled") else { return .unknown }
            return MatchVerdict(known != nil)
        case .enabled:
            guard let known = node.attribute("disabled") else { return .unknown }
            return MatchVerdict(known == nil)
        case .visible:
            // An element Playwright acted on was visible.
            return node.isElement ? .match : .unknown
        case .text(let text, let exact):
            return node.textMatches(text, exact: exact)
        case .textRegex(let source, let flags):
            return node.textMatches(TextMatch(source, regexFlags: flags))
        case .unsupported:
            return .unknown
        }
    }
}

extension CSSSelector.Nth {
    func matches(_ index: Int) -> Bool {
        if a == 0 { return index == b }
        let k = index - b
        return k % a == 0 && k / a >= 0
    }
}

extension ElementChain {
    /// One node alone (for `:not()`/`:is()` arguments, which are checked against the node only).
    init(single node: ChainNode) {
        self.init(nodes: [node], complete: false)
    }
}

/// Reads the CSS selector syntax `CSSSelector` understands.
struct CSSParser {
    private let chars: [Character]
    private var i = 0

    init(_ source: String) { chars = Array(source.trimmingCharacters(in: .whitespaces)) }

    var atEnd: Bool { i >= chars.count }

    mutating func selectorList() -> [CSSSelector.Complex]? {
        var list: [CSSSelector.Complex] = []
        repeat {
            skipSpace()
            guard let complex = complex() else { return nil }
            list.append(complex)
            skipSpace()
        } while eat(",")
        return list.isEmpty ? nil : list
    }

    private mutating func complex() -> CSSSelector.Complex? {
        guard let first = compound() else { return nil }
        var compounds = [first]
        var combinators: [CSSSelector.Combinator] = [.descendant]
        while !atEnd {
            let hadSpace = skipSpace()
            guard let c = peek, c != ",", c != ")" else { break }
            var combinator = CSSSelector.Combinator.descendant
            if c == ">" { i += 1; combinator = .child; skipSpace() }
            else if c == "+" || c == "~" { i += 1; combinator = .sibling; skipSpace() }
            else if !hadSpace { return nil }
            guard let next = compound() else { return nil }
            compounds.append(next)
            combinators.append(combinator)
        }
        return .init(compounds: compounds, combinators: combinators)
    }

    private mutating func compound() -> CSSSelector.Compound? {
        var compound = CSSSelector.Compound(tag: nil, parts: [])
        if eat("*") { compound.tag = "*" } else if let name = identifier() { compound.tag = name }
        while let c = peek {
            if c == "#" {
                i += 1
                guard let id = identifier() else { return nil }
                compound.parts.append(.id(id))
            } else if c == "." {
                i += 1
                guard let name = identifier() else { return nil }
                compound.parts.append(.className(name))
            } else if c == "[" {
                i += 1
                guard let attribute = attribute() else { return nil }
                compound.parts.append(attribute)
            } else if c == ":" {
                i += 1
                _ = eat(":") // pseudo-elements never name an element Playwright acts on
                guard let pseudo = pseudo() else { return nil }
                compound.parts.append(pseudo)
            } else {
                break
            }
        }
        return compound.tag == nil && compound.parts.isEmpty ? nil : compound
    }

    private mutating func attribute() -> CSSSelector.Part? {
        skipSpace()
        guard let name = identifier() else { return nil }
        skipSpace()
        if eat("]") { return .attribute(name: name.lowercased(), op: nil, value: "", insensitive: false) }
        var op = ""
        if let c = peek, "~|^$*".contains(c) { op.append(c); i += 1 }
        guard eat("=") else { return nil }
        op += "="
        skipSpace()
        guard let value = string() ?? identifier() else { return nil }
        skipSpace()
        var insensitive = false
        if let c = peek, c == "i" || c == "I" { insensitive = true; i += 1; skipSpace() } else if let c = peek, c == "s" || c == "S" { i += 1; skipSpace() }
        guard eat("]") else { return nil }
        return .attribute(name: name.lowercased(), op: op, value: value, insensitive: insensitive)
    }

    private mutating func pseudo() -> CSSSelector.Part? {
        guard let name = identifier()?.lowercased() else { return nil }
        guard eat("(") else {
            switch name {
            case "first-child": return .nth(.init(a: 0, b: 1), ofType: false, fromEnd: false)
            case "last-child": return .nth(.init(a: 0, b: 1), ofType: false, fromEnd: true)
            case "first-of-type": return .nth(.init(a: 0, b: 1), ofType: true, fromEnd: false)
            case "last-of-type": return .nth(.init(a: 0, b: 1), ofType: true, fromEnd: true)
            case "only-child": return .only(ofType: false)
            case "only-of-type": return .only(ofType: true)
            case "checked": return .checked
            case "disabled": return .disabled
            case "enabled": return .enabled
            case "visible": return .visible
            default: return .unsupported
            }
        }
        skipSpace()
        let part: CSSSelector.Part
        switch name {
        case "nth-child", "nth-of-type", "nth-last-child", "nth-last-of-type":
            guard let nth = nth() else { return nil }
            part = .nth(nth, ofType: name.hasSuffix("of-type"), fromEnd: name.contains("last"))
        case "not", "is", "where", "matches":
            guard let list = selectorList() else { return nil }
            part = name == "not" ? .not(list) : .any(list)
        case "has-text", "text", "text-is":
            guard let text = string() ?? rawArgument() else { return nil }
            part = .text(text, exact: name == "text-is")
        case "text-matches":
            guard let source = string() else { return nil }
            skipSpace()
            var flags = ""
            if eat(",") {
                skipSpace()
                flags = string() ?? ""
            }
            part = .textRegex(source, flags: flags)
        default:
            // `:has()`, `:nth-match()`, `:right-of()`...: skipped to the closing parenthesis, not decidable.
            guard skipToClose() else { return nil }
            return .unsupported
        }
        skipSpace()
        return eat(")") ? part : nil
    }

    /// `odd`, `even`, `3`, `2n+1`, `-n+3`.
    private mutating func nth() -> CSSSelector.Nth? {
        var text = ""
        while let c = peek, c != ")" { text.append(c); i += 1 }
        let s = text.replacingOccurrences(of: " ", with: "").lowercased()
        if s == "odd" { return .init(a: 2, b: 1) }
        if s == "even" { return .init(a: 2, b: 0) }
        if let b = Int(s) { return .init(a: 0, b: b) }
        guard let n = s.firstIndex(of: "n") else { return nil }
        let aText = String(s[..<n]), bText = String(s[s.index(after: n)...])
        let a = aText.isEmpty || aText == "+" ? 1 : aText == "-" ? -1 : Int(aText)
        let b = bText.isEmpty ? 0 : Int(bText.hasPrefix("+") ? String(bText.dropFirst()) : bText)
        guard let a, let b else { return nil }
        return .init(a: a, b: b)
    }

    private mutating func skipToClose() -> Bool {
        var depth = 1
        var quote: Character?
        while let c = peek {
            i += 1
            if let q = quote { if c == "\\" { i += 1 } else if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c } else if c == "(" { depth += 1 } else if c == ")" { depth -= 1; if depth == 0 { return true } }
        }
        return false
    }

    /// An unquoted pseudo-class argument (`:has-text(Save)`).
    private mutating func rawArgument() -> String? {
        var out = ""
        while let c = peek, c != ")" { out.append(c); i += 1 }
        let trimmed = out.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A CSS identifier with escapes (`\:`, `\31 `).
    private mutating func identifier() -> String? {
        var out = ""
        while let c = peek {
            if c == "\\" {
                i += 1
                guard let e = peek else { return nil }
                if e.isHexDigit {
                    var hex = ""
                    while let h = peek, h.isHexDigit, hex.count < 6 { hex.append(h); i += 1 }
                    if peek == " " { i += 1 }
                    guard let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) else { return nil }
                    out.unicodeScalars.append(scalar)
                } else {
                    out.append(e); i += 1
                }
            } else if c.isLetter || c.isNumber || c == "-" || c == "_" || !c.isASCII {
                out.append(c); i += 1
            } else {
                break
            }
        }
        return out.isEmpty ? nil : out
    }

    /// A quoted string (CSS escapes).
    private mutating func string() -> String? {
        guard let q = peek, q == "\"" || q == "'" else { return nil }
        i += 1
        var out = ""
        while let c = peek {
            i += 1
            if c == q { return out }
            if c == "\\", let e = peek { out.append(e); i += 1 } else { out.append(c) }
        }
        return nil
    }

    private var peek: Character? { i < chars.count ? chars[i] : nil }

    private mutating func eat(_ c: Character) -> Bool {
        guard peek == c else { return false }
        i += 1
        return true
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = i
        while let c = peek, c.isWhitespace { i += 1 }
        return i > start
    }
}
