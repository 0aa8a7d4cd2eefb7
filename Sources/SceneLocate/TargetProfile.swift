import Foundation
import SceneConfig
public import SceneLocator

/// Everything known about the element a step meant: from its locator (a CSS `#id` says
/// "id = id") and, when the baseline recorded it, from the element's previous snapshot.
/// Absent attributes are simply not compared.
public struct TargetProfile: Sendable, Equatable {
    public var tag: String?
    public var id: String?
    public var testId: String?
    public var classes: [String]?
    public var text: String?
    public var role: String?
    public var name: String?
    public var label: String?
    public var placeholder: String?
    public var nameAttr: String?
    public var type: String?
    public var href: String?
    public var ariaLabel: String?
    public var ancestors: [String]?
    public var box: Box?
    /// nil = unknown; "" = the main frame.
    public var frame: String?
    public var interactive: Bool?
    public var title: String?
    /// Where the element sat: its row or card's text, its landmarks, its heading (see `Element`).
    public var container: String?
    public var regions: [String]?
    public var heading: String?
    public var column: String?
    /// A select's option texts: the same choices are the same select, whatever it is called now.
    public var options: [String]?
    public var peers: [Int]?
    public var unitPeers: [Int]?
    /// The attribute the failed locator found its element by (`id` for `#login`, `testId`, `name`
    /// for a role locator): it is the one that changed, so a mismatch there says little.
    public var brokenAttribute: String?

    public init() {}

    /// What a locator says about its element.
    public init(locator: Locator) {
        switch locator.target {
        case .css(let css)?: self = SelectorHints.css(css)
        case .xpath(let xpath)?: self = SelectorHints.xpath(xpath)
        case .testId(let m)?: testId = m.text; brokenAttribute = "testId"
        case .role(let r, let n, _)?: role = r; name = n?.text; brokenAttribute = "name"
        case .label(let m)?: label = m.text; brokenAttribute = "label"
        case .placeholder(let m)?: placeholder = m.text; brokenAttribute = "placeholder"
        case .text(let m)?: text = m.text; brokenAttribute = "text"
        default: break
        }
        frame = locator.frames.joined(separator: Locator.frameSeparator)
        if brokenAttribute == nil { brokenAttribute = id != nil ? "id" : testId != nil ? "testId" : nil }
    }

    /// Everything the previous snapshot of the element says.
    public init(element e: Element) {
        tag = e.tag; id = e.id; testId = e.testId; classes = e.classes; text = e.text; role = e.role; name = e.name
        label = e.label; placeholder = e.placeholder; nameAttr = e.nameAttr; type = e.type; href = e.href
        ariaLabel = e.ariaLabel; ancestors = e.ancestors; box = e.box; frame = e.frame ?? ""; interactive = e.interactive
        title = e.title; container = e.container; regions = e.regions; heading = e.heading; peers = e.peers
        unitPeers = e.unitPeers; column = e.column; options = e.options
    }

    /// Attributes of `other` fill the gaps and win where both know (the previous element is first-hand).
    public func overlaid(with other: TargetProfile) -> TargetProfile {
        var p = self
        p.tag = other.tag ?? tag; p.id = other.id ?? id; p.testId = other.testId ?? testId
        p.classes = other.classes ?? classes; p.text = other.text ?? text; p.role = other.role ?? role
        p.name = other.name ?? name; p.label = other.label ?? label; p.placeholder = other.placeholder ?? placeholder
        p.nameAttr = other.nameAttr ?? nameAttr; p.type = other.type ?? type; p.href = other.href ?? href
        p.ariaLabel = other.ariaLabel ?? ariaLabel; p.ancestors = other.ancestors ?? ancestors; p.box = other.box ?? box
        p.frame = other.frame ?? frame; p.interactive = other.interactive ?? interactive
        p.title = other.title ?? title; p.container = other.container ?? container; p.regions = other.regions ?? regions
        p.heading = other.heading ?? heading; p.peers = other.peers ?? peers; p.unitPeers = other.unitPeers ?? unitPeers
        p.column = other.column ?? column; p.options = other.options ?? options
        p.brokenAttribute = other.brokenAttribute ?? brokenAttribute
        return p
    }

    /// True when nothing identifying is known (healing then has nothing to go on).
    var isEmpty: Bool {
        [id, testId, text, name, label, placeholder, nameAttr, href, ariaLabel, title].allSatisfy { ($0 ?? "").isEmpty }
            && (classes ?? []).isEmpty && tag == nil && role == nil
    }
}

/// Reads the attributes a CSS selector or an XPath pins on its (last) element.
enum SelectorHints {
    static func css(_ selector: String) -> TargetProfile {
        // A Playwright chain (`host >> inner`): the last part names the element.
        let last = selector.components(separatedBy: " >> ").last ?? selector
        let compound = lastCompound(last)
        var p = TargetProfile()
        var chars = Array(compound)
        var i = 0
        func readIdentifier() -> String {
            var s = ""
            while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "-" || chars[i] == "_" || chars[i] == "\\" {
                if chars[i] == "\\", i + 1 < chars.count { i += 1 }
                s.append(chars[i]); i += 1
            }
            return s
        }
        let tag = readIdentifier()
        if !tag.isEmpty { p.tag = tag.lowercased() }
        while i < chars.count {
            switch chars[i] {
            case "#": i += 1; p.id = readIdentifier()
            case ".": i += 1; p.classes = (p.classes ?? []) + [readIdentifier()]
            case "[":
                guard let close = chars[i...].firstIndex(of: "]") else { i = chars.count; break }
                apply(attribute: String(chars[(i + 1)..<close]), to: &p)
                i = close + 1
            case "*": i += 1
            default:
                // Pseudo-classes (with their arguments) and anything else: skip to the next simple selector.
                i += 1
                var depth = 0
                while i < chars.count, depth > 0 || !"#.[".contains(chars[i]) {
                    if chars[i] == "(" { depth += 1 } else if chars[i] == ")" { depth -= 1 }
                    i += 1
                }
            }
        }
        chars.removeAll()
        return p
    }

    /// The last compound selector (after the last combinator outside brackets and quotes).
    static func lastCompound(_ s: String) -> String {
        var depth = 0, quote: Character? = nil, start = s.startIndex
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if let q = quote { if c == q { quote = nil } }
            else if c == "\"" || c == "'" { quote = c }
            else if c == "[" || c == "(" { depth += 1 }
            else if c == "]" || c == ")" { depth -= 1 }
            else if depth == 0, c == " " || c == ">" || c == "+" || c == "~" { start = s.index(after: i) }
            i = s.index(after: i)
        }
        return String(s[start...]).trimmingCharacters(in: .whitespaces)
    }

    /// `name="value"`, `name=value`, `name~=value`, `name*=value`: the value, unquoted.
    static func apply(attribute body: String, to p: inout TargetProfile) {
        guard let eq = body.firstIndex(of: "=") else { return }
        var name = String(body[..<eq]).trimmingCharacters(in: .whitespaces)
        if let op = name.last, "~|^$*".contains(op) { name.removeLast() }
        var value = String(body[body.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        if value.hasSuffix(" i") || value.hasSuffix(" s") { value.removeLast(2) }
        if let f = value.first, f == "\"" || f == "'", value.count >= 2 { value = String(value.dropFirst().dropLast()) }
        set(attribute: name.lowercased(), value: value, on: &p)
    }

    static func set(attribute: String, value: String, on p: inout TargetProfile) {
        switch attribute {
        case "id": p.id = value
        case "data-testid", "data-test-id", "data-test", "data-qa", "data-cy": p.testId = value
        case "class": p.classes = value.split(separator: " ").map(String.init)
        case "name": p.nameAttr = value
        case "placeholder": p.placeholder = value
        case "type": p.type = value.lowercased()
        case "href": p.href = value
        case "aria-label": p.ariaLabel = value
        case "role": p.role = value
        case "title", "alt": p.name = value
        default: break
        }
    }

    static func xpath(_ expression: String) -> TargetProfile {
        var p = TargetProfile()
        // The last location step, outside predicates.
        var depth = 0, start = expression.startIndex, i = expression.startIndex
        while i < expression.endIndex {
            let c = expression[i]
            if c == "[" { depth += 1 } else if c == "]" { depth -= 1 } else if c == "/", depth == 0 { start = expression.index(after: i) }
            i = expression.index(after: i)
        }
        let step = String(expression[start...])
        let tag = step.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
        if !tag.isEmpty { p.tag = tag.lowercased() }
        // @attr='v', contains(@attr,'v'), text()='v', normalize-space(.)='v'.
        let pattern = #/(?:@([\w-]+)\s*=\s*|contains\(\s*@([\w-]+)\s*,\s*|(?:text\(\)|normalize-space\([^)]*\)|\.)\s*=\s*|contains\(\s*(?:text\(\)|\.)\s*,\s*)(?:'([^']*)'|"([^"]*)")/#
        for m in step.matches(of: pattern) {
            let value = String(m.output.3 ?? m.output.4 ?? "")
            if let attr = m.output.1 ?? m.output.2 {
                if attr == "class", m.output.2 != nil { p.classes = (p.classes ?? []) + [value] }
                else { set(attribute: attr.lowercased(), value: value, on: &p) }
            } else {
                p.text = value
            }
        }
        return p
    }
}
