public import SceneLocator
import Foundation

/// Decides whether two locators name the same element without a DOM: both are reduced
/// to identity tokens (`testid:go`, `role:button:go`, `id:email`, `name:go`...) with
/// case and whitespace normalised, and CSS/XPath forms mapped onto the locator
/// method they mean (`#email` = `[id="email"]`, `[data-testid=go]` = `getByTestId('go')`).
public enum LocatorEquivalence {
    /// 1 for the same strategy and value (or an equivalent CSS form), 0.7 when only the
    /// accessible name agrees across strategies (label vs role+name vs text), else 0.
    public static func score(_ a: Locator, _ b: Locator) -> Double { score(Key(a), Key(b)) }

    /// A locator reduced once, for comparing it with many others.
    public struct Key: Sendable, Equatable {
        var strong: Set<String> = []
        var names: Set<String> = []
        var nth: Int?
        /// Hashes of the tokens: alignment compares thousands of pairs, most of them different.
        var strongHashes: [Int] = []
        var nameHashes: [Int] = []
        public init(_ locator: Locator) {
            self = LocatorEquivalence.tokens(locator)
            nth = locator.nthIndex
            strongHashes = strong.map(\.hashValue)
            nameHashes = names.map(\.hashValue)
        }
        init() {}
    }

    public static func score(_ a: Key, _ b: Key) -> Double {
        if let na = a.nth, let nb = b.nth, na != nb { return 0 }
        func mayShare(_ x: [Int], _ y: [Int]) -> Bool { x.contains { y.contains($0) } }
        if mayShare(a.strongHashes, b.strongHashes), !a.strong.isDisjoint(with: b.strong) { return 1 }
        if mayShare(a.nameHashes, b.nameHashes), !a.names.isDisjoint(with: b.names) { return 0.7 }
        return 0
    }

    static func tokens(_ locator: Locator) -> Key {
        var t = Key()
        guard let target = locator.target else { return t }
        switch target {
        case .role(let role, let name, _):
            let r = role.lowercased()
            if let name {
                t.strong.insert("role:\(r):\(normalise(name.text))")
                t.names.insert(normalise(name.text))
            } else {
                t.strong.insert("role:\(r)")
            }
        case .testId(let m): t.strong.insert("testid:\(m.text)")
        case .label(let m): t.strong.insert("label:\(normalise(m.text))"); t.names.insert(normalise(m.text))
        case .text(let m): t.strong.insert("text:\(normalise(m.text))"); t.names.insert(normalise(m.text))
        case .placeholder(let m): t.strong.insert("placeholder:\(normalise(m.text))"); t.names.insert(normalise(m.text))
        case .altText(let m): t.strong.insert("alt:\(normalise(m.text))"); t.names.insert(normalise(m.text))
        case .title(let m): t.strong.insert("title:\(normalise(m.text))"); t.names.insert(normalise(m.text))
        case .css(let css): t.strong.insert(cssToken(css))
        case .xpath(let xp): t.strong.insert(xpathToken(xp))
        case .raw(let raw): t.strong.insert("raw:\(raw)")
        default: break
        }
        return t
    }

    /// Lowercased, whitespace collapsed, trailing `:`/`*` of labels dropped.
    public static func normalise(_ s: String) -> String {
        var words = s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while let last = words.last, last == ":" || last == "*" { words.removeLast() }
        return words.trimmingCharacters(in: .whitespaces)
    }

    /// One CSS selector as the strategy it is equivalent to.
    static func cssToken(_ css: String) -> String {
        let s = css.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("#"), s.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            return "id:\(s.dropFirst())"
        }
        if let (attr, value) = singleAttribute(s) {
            switch attr {
            case "id": return "id:\(value)"
            case "data-testid", "data-test-id", "data-test", "data-qa": return "testid:\(value)"
            case "aria-label": return "label:\(normalise(value))"
            case "placeholder": return "placeholder:\(normalise(value))"
            default: return "css:[\(attr)=\(value)]"
            }
        }
        return "css:" + s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `[attr="v"]`, `[attr='v']`, `[attr=v]`, optionally prefixed by a tag name (`input[name=q]`).
    static func singleAttribute(_ s: String) -> (String, String)? {
        guard s.hasSuffix("]"), let open = s.firstIndex(of: "["), s.filter({ $0 == "[" }).count == 1 else { return nil }
        let tag = s[..<open]
        guard tag.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        let inner = s[s.index(after: open)..<s.index(before: s.endIndex)]
        guard let eq = inner.firstIndex(of: "=") else { return nil }
        let attr = String(inner[..<eq]).trimmingCharacters(in: .whitespaces)
        var value = String(inner[inner.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        if let unq = StringLiteral.unquote(value) { value = unq }
        return (attr, value)
    }

    /// `//*[@id="x"]` and `//*[@data-testid="x"]` as their strategies; other XPath verbatim.
    static func xpathToken(_ xp: String) -> String {
        let s = xp.hasPrefix("xpath=") ? String(xp.dropFirst(6)) : xp
        for (attr, kind) in [("id", "id"), ("data-testid", "testid")] {
            for q in ["\"", "'"] {
                for prefix in ["//*[@\(attr)=\(q)", "//*[@\(attr) = \(q)"] where s.hasPrefix(prefix) && s.hasSuffix("\(q)]") {
                    return "\(kind):\(s.dropFirst(prefix.count).dropLast(2))"
                }
            }
        }
        return "xpath:" + s
    }
}
