import Foundation
public import SceneConfig

/// Reads a locator as Playwright prints it, in the JavaScript form
/// (`getByRole('button', { name: 'Go' })`, `locator('#id').nth(1)`) or the Python form
/// (`get_by_role("button", name="Go")`), into a `LocatorSpec`. Only the last call of a chain
/// (plus `nth`/`first`/`last` and `frameLocator`) is read; anything else gives nil.
public enum LocatorText {
    public static func parse(_ text: String) -> LocatorSpec? {
        guard text.utf8.count <= 10_000 else { return nil }
        let calls = splitCalls(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var spec: LocatorSpec? = nil
        var frames: [String] = []
        for (method, args) in calls {
            let strings = quotedStrings(args)
            let m = method.replacingOccurrences(of: "_", with: "").lowercased()
            switch m {
            case "page", "": continue
            case "framelocator":
                if let f = strings.first { frames.append(f) }
            case "getbyrole":
                guard let role = strings.first else { return nil }
                var s = LocatorSpec(role: role)
                s.name = option("name", in: args)
                s.exact = exact(args)
                spec = s
            case "getbytestid": spec = strings.first.map { LocatorSpec(testId: $0) }
            case "getbylabel": spec = strings.first.map { LocatorSpec(exact: exact(args), label: $0) }
            case "getbytext": spec = strings.first.map { LocatorSpec(exact: exact(args), text: $0) }
            case "getbyplaceholder": spec = strings.first.map { LocatorSpec(exact: exact(args), placeholder: $0) }
            case "getbyalttext", "getbytitle": spec = strings.first.map { LocatorSpec(role: nil, name: $0) }
            case "locator":
                guard let sel = strings.first else { return nil }
                if sel.hasPrefix("xpath=") { spec = LocatorSpec(xpath: String(sel.dropFirst(6))) }
                else if sel.hasPrefix("//") || sel.hasPrefix("(//") { spec = LocatorSpec(xpath: sel) }
                else { spec = LocatorSpec(css: sel.hasPrefix("css=") ? String(sel.dropFirst(4)) : sel) }
            case "nth": spec?.nth = Int(args.trimmingCharacters(in: .whitespaces))
            case "first": spec?.nth = 0
            case "last", "filter": continue
            default: return nil
            }
        }
        if !frames.isEmpty { spec?.frame = frames.joined(separator: " >> ") }
        return spec
    }

    /// The `exact` option: `{ exact: true }` (JS) or `exact=True` (Python); nil when absent.
    static func exact(_ args: String) -> Bool? {
        option("exact", in: args).map { $0 == "true" || $0 == "True" }
    }

    /// `a.b('x').c(1)` -> [(b, "'x'"), (c, "1")], respecting quotes and nesting.
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
            else if c == "." { name = "" }
            else if !c.isWhitespace { name.append(c) }
        }
        return calls
    }

    /// The contents of the quoted strings at the top level of an argument list, unescaped.
    static func quotedStrings(_ s: String) -> [String] {
        var out: [String] = []
        var current = "", quote: Character? = nil, escaped = false
        for c in s {
            if let q = quote {
                if escaped { current.append(c); escaped = false }
                else if c == "\\" { escaped = true }
                else if c == q { out.append(current); current = ""; quote = nil }
                else { current.append(c) }
            } else if c == "'" || c == "\"" || c == "`" { quote = c }
        }
        return out
    }

    /// `name: 'Go'` (JS) or `name="Go"` (Python): the option's value, unquoted.
    static func option(_ key: String, in args: String) -> String? {
        let pattern = try! Regex("\\b\(key)\\s*[:=]\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"|(\\w+))")
        guard let m = args.firstMatch(of: pattern) else { return nil }
        for i in 1...3 {
            if let sub = m.output[i].substring { return String(sub).replacingOccurrences(of: "\\'", with: "'").replacingOccurrences(of: "\\\"", with: "\"") }
        }
        return nil
    }
}
