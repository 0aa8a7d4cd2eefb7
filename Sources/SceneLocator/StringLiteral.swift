/// Source-code string literals, escaped so any text (quotes, backslashes, newlines,
/// control characters) survives a round trip through the generated program.
public enum StringLiteral {
    /// A single-quoted JavaScript/TypeScript literal.
    public static func javaScript(_ s: String) -> String { "'" + escape(s, quote: "'") + "'" }
    /// A double-quoted Python literal.
    public static func python(_ s: String) -> String { "\"" + escape(s, quote: "\"") + "\"" }
    /// A double-quoted literal for plain-language steps.
    public static func quoted(_ s: String) -> String { "\"" + escape(s, quote: "\"") + "\"" }
    /// A JSON string (as `JSON.stringify` writes it, which Playwright's selectors use).
    public static func json(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16) }
                else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    static func escape(_ s: String, quote: Character) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

extension StringLiteral {
    /// Reads back a double- or single-quoted literal (JSON escapes); nil when `s` is not one.
    public static func unquote(_ s: String) -> String? { SelectorSyntax.unquote(s) }
}
