/// Quoted string literals, the one escaper: the quote, backslashes and control characters escaped
/// (`\n`, `\r`, `\t`, else `\u00XX`), and U+2028/U+2029 too (line terminators to pre-2019
/// JavaScript). With double quotes it is a JSON string; the same text is a valid JavaScript
/// (single or double quotes) and Python literal. Used where JSON or code is written by hand: the
/// report's data files, Playwright selectors, repro scripts.
public enum JSONString {
    public static func append(_ s: String, to out: inout String, quote: Character = "\"") {
        out.append(quote)
        let quoteByte = quote.asciiValue ?? 0x22
        let plain = !s.utf8.contains { $0 < 0x20 || $0 == quoteByte || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }
        if plain {
            out += s
        } else {
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
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out.append(quote)
    }

    /// `s` as a quoted literal (a JSON string with the default quote).
    public static func quoted(_ s: String, quote: Character = "\"") -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 2)
        append(s, to: &out, quote: quote)
        return out
    }
}
