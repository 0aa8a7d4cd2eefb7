import Foundation
import SceneBundle

extension Locator {
    /// Reads Playwright's selector syntax (`internal:role=button[name="Go"i] >> nth=0`, CSS,
    /// XPath, legacy `text=`/`id=` engines). Never fails: a part it does not understand is kept
    /// verbatim as `.raw`.
    public init(selector: String) {
        self.init(SelectorSyntax.splitParts(selector).flatMap(SelectorSyntax.parsePart))
    }

    /// The locator in Playwright's selector syntax, as `page.locator()` takes it and traces record
    /// it: `internal:role=button[name="Go"i] >> nth=1`.
    public var selector: String {
        steps.map(SelectorSyntax.part).joined(separator: " >> ")
    }
}

/// Playwright's selector syntax, both ways.
enum SelectorSyntax {
    /// One step as a selector part.
    static func part(_ step: Locator.Step) -> String {
        switch step {
        case .role(let role, let name, let options):
            let attributes = (name.map { [("name", text($0))] } ?? []) + options.map { ($0.name, attributeValue($0.value)) }
            return "internal:role=\(role)" + attributes.map { "[\($0.0)=\($0.1)]" }.joined()
        case .testId(let m): return "internal:testid=[data-testid=\(text(m))]"
        case .label(let m): return "internal:label=\(text(m))"
        case .text(let m): return "internal:text=\(text(m))"
        case .placeholder(let m): return "internal:attr=[placeholder=\(text(m))]"
        case .altText(let m): return "internal:attr=[alt=\(text(m))]"
        case .title(let m): return "internal:attr=[title=\(text(m))]"
        case .css(let css): return css
        case .xpath(let xpath): return "xpath=" + xpath
        case .nth(let n): return "nth=\(n)"
        case .hasText(let m, let negated): return "internal:\(negated ? "has-not-text" : "has-text")=\(text(m))"
        case .has(let inner, let negated): return "internal:\(negated ? "has-not" : "has")=\(JSONString.quoted(inner.selector))"
        case .and(let inner): return "internal:and=\(JSONString.quoted(inner.selector))"
        case .or(let inner): return "internal:or=\(JSONString.quoted(inner.selector))"
        case .contentFrame: return "internal:control=enter-frame"
        case .raw(let raw): return raw
        }
    }

    /// A text matcher: `"Go"i` (case-insensitive substring), `"Go"s` (exact) or `/re/flags`.
    static func text(_ m: TextMatch) -> String {
        if let flags = m.regexFlags { return "/" + m.text + "/" + flags }
        return JSONString.quoted(m.text) + (m.exact ? "s" : "i")
    }

    /// A role option's value: booleans and numbers bare, the rest quoted.
    static func attributeValue(_ value: String) -> String {
        value == "true" || value == "false" || Int(value) != nil ? value : JSONString.quoted(value)
    }

    /// Splits on top-level `>>`, ignoring it inside quotes, brackets and parentheses.
    static func splitParts(_ selector: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        var depth = 0
        var escaped = false
        let chars = Array(selector)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                current.append(c)
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == q { quote = nil }
                i += 1
                continue
            }
            if c == "\"" || c == "'" || c == "`" { quote = c }
            if c == "[" || c == "(" { depth += 1 }
            if c == "]" || c == ")" { depth = max(0, depth - 1) }
            if depth == 0 && c == ">" && i + 1 < chars.count && chars[i + 1] == ">" {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                i += 2
                continue
            }
            current.append(c)
            i += 1
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts.filter { !$0.isEmpty }
    }

    static func parsePart(_ part: String) -> [Locator.Step] {
        guard let (engine, body) = engineAndBody(part) else {
            if part.hasPrefix("//") || part.hasPrefix("..") || part.hasPrefix("(//") { return [.xpath(part)] }
            if part.hasPrefix("\"") || part.hasPrefix("'") {
                return [.text(TextMatch(unquote(part) ?? part, exact: true))]
            }
            return [.css(part)]
        }
        switch engine {
        case "internal:role": return [parseRole(body)]
        case "internal:label": return [.label(parseText(body))]
        case "internal:text": return [.text(parseText(body))]
        case "internal:has-text": return [.hasText(parseText(body), negated: false)]
        case "internal:has-not-text": return [.hasText(parseText(body), negated: true)]
        case "internal:testid":
            return [.testId(parseAttributes(body).first?.match ?? TextMatch(body, exact: true))]
        case "internal:attr": return [attributeStep(body)]
        case "internal:has": return [.has(Locator(selector: unquote(body) ?? body), negated: false)]
        case "internal:has-not": return [.has(Locator(selector: unquote(body) ?? body), negated: true)]
        case "internal:and": return [.and(Locator(selector: unquote(body) ?? body))]
        case "internal:or": return [.or(Locator(selector: unquote(body) ?? body))]
        case "internal:chain": return Locator(selector: unquote(body) ?? body).steps
        case "internal:control": return body == "enter-frame" ? [.contentFrame] : [.raw(part)]
        case "nth": return Int(body).map { [.nth($0)] } ?? [.raw(part)]
        case "css": return [.css(body)]
        case "xpath": return [.xpath(body)]
        case "id": return [.css("#" + body)]
        case "data-testid", "data-test-id", "data-test": return [.testId(TextMatch(unquote(body) ?? body, exact: true))]
        case "text":
            if let quoted = unquote(body) { return [.text(TextMatch(quoted, exact: true))] }
            if body.hasPrefix("/") { return [.text(parseText(body))] }
            return [.text(TextMatch(body))]
        default: return [.raw(part)]
        }
    }

    /// `engine=body` when the part starts with a selector engine name.
    static func engineAndBody(_ part: String) -> (String, String)? {
        guard let eq = part.firstIndex(of: "=") else { return nil }
        let name = part[..<eq]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" }) else { return nil }
        return (String(name), String(part[part.index(after: eq)...]).trimmingCharacters(in: .whitespaces))
    }

    /// `"Go"i` (case-insensitive substring), `"Go"s` (exact), `/re/flags`, or bare text.
    static func parseText(_ body: String) -> TextMatch {
        if body.hasPrefix("/"), let end = body.lastIndex(of: "/"), end > body.startIndex {
            let source = String(body[body.index(after: body.startIndex)..<end])
            return TextMatch(source, regexFlags: String(body[body.index(after: end)...]))
        }
        if body.hasPrefix("\"") || body.hasPrefix("'") {
            let suffix = body.last
            let quotedPart = (suffix == "i" || suffix == "s" || suffix == "I" || suffix == "S") ? String(body.dropLast()) : body
            if let text = unquote(quotedPart) {
                return TextMatch(text, exact: suffix == "s" || suffix == "S")
            }
        }
        return TextMatch(body)
    }

    /// `button[name="Go"i][checked=true]`.
    static func parseRole(_ body: String) -> Locator.Step {
        let roleEnd = body.firstIndex(of: "[") ?? body.endIndex
        let role = String(body[..<roleEnd]).trimmingCharacters(in: .whitespaces)
        var name: TextMatch?
        var options: [Locator.RoleOption] = []
        for attr in parseAttributes(String(body[roleEnd...])) {
            if attr.name == "name" { name = attr.match } else { options.append(.init(name: attr.name, value: attr.match.text)) }
        }
        return .role(role, name: name, options: options)
    }

    /// `[placeholder="Search"i]` and friends: attributes with a locator method, else CSS.
    static func attributeStep(_ body: String) -> Locator.Step {
        guard let attr = parseAttributes(body).first else { return .raw("internal:attr=" + body) }
        switch attr.name {
        case "placeholder": return .placeholder(attr.match)
        case "alt": return .altText(attr.match)
        case "title": return .title(attr.match)
        default: return .css("[\(attr.name)=\(StringLiteral.quoted(attr.match.text))]")
        }
    }

    struct Attribute { var name: String; var match: TextMatch }

    /// Parses a run of `[key=value]` groups; values are quoted (with i/s suffix), regexes or bare tokens.
    static func parseAttributes(_ text: String) -> [Attribute] {
        var result: [Attribute] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            rest = rest[rest.index(after: open)...]
            guard let close = closingBracket(rest) else { break }
            let inner = rest[..<close]
            rest = rest[rest.index(after: close)...]
            guard let eq = inner.firstIndex(of: "=") else {
                result.append(Attribute(name: String(inner).trimmingCharacters(in: .whitespaces), match: TextMatch("true")))
                continue
            }
            let key = String(inner[..<eq]).trimmingCharacters(in: .whitespaces)
            let value = String(inner[inner.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
            result.append(Attribute(name: key, match: parseText(value)))
        }
        return result
    }

    /// Index of the `]` that closes an attribute, skipping quoted strings and regexes.
    static func closingBracket(_ s: Substring) -> Substring.Index? {
        var quote: Character?
        var escaped = false
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if let q = quote {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == q { quote = nil }
            } else if c == "\"" || c == "'" || c == "/" {
                quote = c
            } else if c == "]" {
                return i
            }
            i = s.index(after: i)
        }
        return nil
    }

    /// Decodes a JSON-style (or single-quoted, with `\\xNN`) string literal; nil when `s` is not one.
    static func unquote(_ s: String) -> String? {
        guard let first = s.first, first == "\"" || first == "'", s.count >= 2, s.last == first else { return nil }
        var out = ""
        var chars = s.dropFirst().dropLast().makeIterator()
        while let c = chars.next() {
            guard c == "\\" else { out.append(c); continue }
            guard let e = chars.next() else { break }
            switch e {
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "u", "x":
                var hex = ""
                for _ in 0..<(e == "u" ? 4 : 2) { if let h = chars.next() { hex.append(h) } }
                if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) { out.unicodeScalars.append(scalar) }
            default: out.append(e)
            }
        }
        return out
    }
}
