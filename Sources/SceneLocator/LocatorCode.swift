import Foundation

extension Locator {
    /// Reads locator code as Playwright prints it, in JavaScript (`getByRole('button', { name: 'Go' })`,
    /// `locator('#id').nth(1)`, `frameLocator('#f').getByText('x')`) or Python
    /// (`get_by_role("button", name="Go")`), with an optional leading `page.`. Nil for text that is
    /// not such a chain (or a call it does not know).
    public init?(code: String) {
        guard code.utf8.count <= 10_000 else { return nil }
        var steps: [Step] = []
        for (method, args) in LocatorCode.splitCalls(code.trimmingCharacters(in: .whitespacesAndNewlines)) {
            guard let more = LocatorCode.steps(method: method, args: args) else { return nil }
            steps += more
        }
        guard !steps.isEmpty else { return nil }
        self.init(steps)
    }
}

/// The parts of `Locator(code:)`.
enum LocatorCode {
    /// The steps one call adds; nil for a call that is not a locator method.
    static func steps(method: String, args: String) -> [Locator.Step]? {
        let strings = quotedStrings(args)
        func match() -> TextMatch? { strings.first.map { TextMatch($0, exact: exact(args) ?? false) } }
        switch method.replacingOccurrences(of: "_", with: "").lowercased() {
        case "page", "": return []
        case "framelocator": return strings.first.map { Locator(selector: $0).steps + [.contentFrame] }
        case "contentframe": return [.contentFrame]
        case "getbyrole":
            guard let role = strings.first else { return nil }
            return [.role(role, name: option("name", in: args).map { TextMatch($0, exact: exact(args) ?? false) }, options: [])]
        case "getbytestid": return strings.first.map { [.testId(TextMatch($0, exact: true))] }
        case "getbylabel": return match().map { [.label($0)] }
        case "getbytext": return match().map { [.text($0)] }
        case "getbyplaceholder": return match().map { [.placeholder($0)] }
        case "getbyalttext": return match().map { [.altText($0)] }
        case "getbytitle": return match().map { [.title($0)] }
        case "locator": return strings.first.map { Locator(selector: $0).steps }
        case "nth": return Int(args.trimmingCharacters(in: .whitespaces)).map { [.nth($0)] }
        case "first": return [.nth(0)]
        case "last": return [.nth(-1)]
        case "filter":
            if let text = option("hasText", in: args) ?? option("has_text", in: args) { return [.hasText(TextMatch(text), negated: false)] }
            if let text = option("hasNotText", in: args) ?? option("has_not_text", in: args) { return [.hasText(TextMatch(text), negated: true)] }
            return nil
        default: return nil
        }
    }

    /// The `exact` option: `{ exact: true }` (JS) or `exact=True` (Python); nil when absent.
    static func exact(_ args: String) -> Bool? {
        option("exact", in: args).map { $0 == "true" || $0 == "True" }
    }

    /// `a.b('x').c(1).d` -> [(b, "'x'"), (c, "1"), (d, "")], respecting quotes and nesting; a name
    /// without parentheses is a property (Python's `.first`, `.content_frame`).
    static func splitCalls(_ s: String) -> [(String, String)] {
        var calls: [(String, String)] = []
        var name = "", args = "", depth = 0
        var quote: Character? = nil, escaped = false
        for c in s {
            if depth > 0 {
                if escaped { escaped = false }
                else if quote != nil, c == "\\" { escaped = true }
                else if let q = quote { if c == q { quote = nil } }
                else if c == "'" || c == "\"" || c == "`" { quote = c }
                else if c == "(" { depth += 1 }
                else if c == ")" { depth -= 1; if depth == 0 { calls.append((name, args)); name = ""; args = ""; continue } }
                args.append(c)
            } else if c == "(" { depth = 1 }
            else if c == "." { if !name.isEmpty { calls.append((name, "")) }; name = "" }
            else if !c.isWhitespace { name.append(c) }
        }
        if !name.isEmpty { calls.append((name, "")) }
        return calls
    }

    /// The quoted strings at the top level of an argument list, unescaped.
    static func quotedStrings(_ s: String) -> [String] {
        var out: [String] = []
        var literal = "", quote: Character? = nil, escaped = false
        for c in s {
            if let q = quote {
                literal.append(c)
                if escaped { escaped = false }
                else if c == "\\" { escaped = true }
                else if c == q { out.append(StringLiteral.unquote(literal) ?? literal); literal = ""; quote = nil }
            } else if c == "'" || c == "\"" || c == "`" { quote = c; literal = String(c) }
        }
        return out
    }

    /// `name: 'Go'` (JS) or `name="Go"` (Python): the option's value, unquoted.
    static func option(_ key: String, in args: String) -> String? {
        let pattern = try! Regex("\\b\(key)\\s*[:=]\\s*('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|\\w+)")
        guard let m = args.firstMatch(of: pattern), let value = m.output[1].substring.map(String.init) else { return nil }
        return StringLiteral.unquote(value) ?? value
    }
}
