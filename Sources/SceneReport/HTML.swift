/// A piece of HTML built by string interpolation in which every interpolated `String` is
/// escaped and only another `HTML` value is inserted as markup, so page text cannot
/// become markup by accident. Used for the execution pages: 10,000 of them through a
/// template engine cost seconds of dynamic lookups.
struct HTML: ExpressibleByStringInterpolation, Sendable {
    private(set) var text: String

    init(stringLiteral value: String) { text = value }
    init(stringInterpolation: Interpolation) { text = stringInterpolation.text }
    /// Markup made by this module (never data).
    init(markup: String) { text = markup }

    static func += (lhs: inout HTML, rhs: HTML) { lhs.text += rhs.text }

    /// Joins fragments (table rows, list items).
    static func join<S: Sequence>(_ items: S, _ fragment: (S.Element) -> HTML) -> HTML {
        var out = HTML(markup: "")
        for item in items { out += fragment(item) }
        return out
    }

    struct Interpolation: StringInterpolationProtocol {
        var text = ""
        init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity + 24 * interpolationCount) }
        mutating func appendLiteral(_ literal: String) { text += literal }
        mutating func appendInterpolation(_ value: String) { HTML.escape(value, into: &text) }
        /// nil renders as nothing (an empty attribute value or no text).
        mutating func appendInterpolation(_ value: String?) { if let value { HTML.escape(value, into: &text) } }
        mutating func appendInterpolation(_ value: Int) { text += String(value) }
        mutating func appendInterpolation(_ value: HTML) { text += value.text }
    }

    /// Escapes `& < > " '` byte by byte. Working on UTF-8 rather than on `Character`s
    /// matters: a quote followed by a combining mark is one Character, which a
    /// per-Character escaper leaves alone, yet the browser still ends the attribute there.
    static func escape(_ s: String, into out: inout String) {
        let bytes = s.utf8
        guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            out += s
            return
        }
        var start = bytes.startIndex
        var i = start
        while i != bytes.endIndex {
            let replacement: String? = switch bytes[i] {
            case 0x26: "&amp;"
            case 0x3C: "&lt;"
            case 0x3E: "&gt;"
            case 0x22: "&quot;"
            case 0x27: "&#39;"
            default: nil
            }
            let next = bytes.index(after: i)
            if let replacement {
                // The cut is at an ASCII byte, so both slices are whole scalars.
                out += Substring(bytes[start..<i])
                out += replacement
                start = next
            }
            i = next
        }
        out += Substring(bytes[start...])
    }
}
