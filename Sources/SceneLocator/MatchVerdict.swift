import SceneBundle
import Foundation

/// Whether a locator designates an element: yes, no, or not decidable from what an
/// `ElementIdentity` holds (a `label[for]` elsewhere in the page, text cut short, a sibling
/// combinator). Only a certain answer is ever `match` or `mismatch`.
public enum MatchVerdict: Sendable, Equatable {
    case match, mismatch, unknown

    init(_ value: Bool) { self = value ? .match : .mismatch }

    /// Both must hold.
    static func && (a: MatchVerdict, b: @autoclosure () -> MatchVerdict) -> MatchVerdict {
        if a == .mismatch { return .mismatch }
        let second = b()
        if second == .mismatch { return .mismatch }
        return a == .match && second == .match ? .match : .unknown
    }

    /// Either may hold.
    static func || (a: MatchVerdict, b: @autoclosure () -> MatchVerdict) -> MatchVerdict {
        if a == .match { return .match }
        let second = b()
        if second == .match { return .match }
        return a == .mismatch && second == .mismatch ? .mismatch : .unknown
    }

    static prefix func ! (a: MatchVerdict) -> MatchVerdict {
        switch a {
        case .match: return .mismatch
        case .mismatch: return .match
        case .unknown: return .unknown
        }
    }
}

/// One node of an element's chain as the matchers see it: the element itself or one of its
/// ancestors, with what is known of it.
struct ChainNode {
    var tag: String
    var attributes: [ElementIdentity.Attribute]
    /// The element itself kept every attribute but Playwright's, handlers, styles and a field's
    /// value; an ancestor only `ElementIdentity.ancestorAttributes`.
    var isElement: Bool
    var position: ElementIdentity.Position?
    /// The text content (nil: not known), and whether it was cut short.
    var text: String?
    var textClipped: Bool
    var checked: Bool?

    init(element e: ElementIdentity) {
        tag = e.tag; attributes = e.attributes; isElement = true; position = e.position
        text = e.text; textClipped = e.textClipped == true; checked = e.checked
    }

    init(ancestor a: ElementIdentity.Ancestor) {
        tag = a.tag; attributes = a.attributes; isElement = false; position = a.position
        text = a.text; textClipped = false; checked = nil
    }

    /// `.some(nil)`: the element has no such attribute; `nil`: whether it has one is not known.
    func attribute(_ name: String) -> String?? {
        let lower = name.lowercased()
        let value = attributes.first { $0.name == lower }?.value
        if value != nil { return .some(value) }
        if isElement { return lower == "style" || lower == "value" || lower.hasPrefix("on") ? nil : .some(nil) }
        return ElementIdentity.ancestorAttributes.contains(lower) ? .some(nil) : nil
    }

    /// nil when not known.
    var classes: [String]? { attribute("class").map { ElementIdentity.classes($0) } }

    /// Whether the text contains (or, `exact`, equals) `needle`, whitespace collapsed and, unless exact, case folded.
    func textMatches(_ needle: String, exact: Bool) -> MatchVerdict {
        guard let text else { return .unknown }
        let have = Self.normalised(text), want = Self.normalised(needle)
        if exact {
            if have == want { return .match }
            return textClipped && have.count >= want.count ? .unknown : .mismatch
        }
        if have.lowercased().contains(want.lowercased()) { return .match }
        return textClipped ? .unknown : .mismatch
    }

    func textMatches(_ m: TextMatch) -> MatchVerdict {
        guard let flags = m.regexFlags else { return textMatches(m.text, exact: m.exact) }
        guard let text else { return .unknown }
        guard let found = Self.regexMatches(m.text, flags: flags, in: Self.normalised(text)) else { return .unknown }
        return found ? .match : (textClipped ? .unknown : .mismatch)
    }

    static func normalised(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// nil when the pattern is not one Foundation reads like JavaScript does.
    static func regexMatches(_ pattern: String, flags: String, in text: String) -> Bool? {
        var options: NSRegularExpression.Options = []
        if flags.contains("i") { options.insert(.caseInsensitive) }
        if flags.contains("s") { options.insert(.dotMatchesLineSeparators) }
        if flags.contains("m") { options.insert(.anchorsMatchLines) }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: options) else { return nil }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}

/// The chain an element sits in: its ancestors (root first) then itself, for right-to-left matching.
struct ElementChain {
    let nodes: [ChainNode]
    /// The ancestors reach the document root.
    let complete: Bool

    init(_ element: ElementIdentity) {
        nodes = element.ancestors.map(ChainNode.init(ancestor:)) + [ChainNode(element: element)]
        complete = element.ancestorsComplete
    }

    init(nodes: [ChainNode], complete: Bool) {
        self.nodes = nodes
        self.complete = complete
    }

    var element: ChainNode { nodes[nodes.count - 1] }
    var elementIndex: Int { nodes.count - 1 }
}
