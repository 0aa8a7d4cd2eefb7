/// Escaping for the non-HTML outputs (execution pages use `HTML`, the dashboard and history
/// templates Mustache's `{{ }}`).
enum Escaping {
    /// XML text and attribute escaping; control characters XML 1.0 forbids are dropped.
    static func xml(_ s: String) -> String {
        // Most text (ids, levels, numbers) needs nothing: 0xEF leads U+FFFE/U+FFFF.
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) else {
            return s
        }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text for a Markdown table cell: pipes, backticks, angle brackets and newlines are
    /// neutralised so user content cannot break the table or inject HTML.
    static func markdownCell(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "`": out += "'"
            case "[": out += "\\["
            case "]": out += "\\]"
            case "\n", "\r": out += " "
            default: out.append(ch)
            }
        }
        return out
    }

    /// True only for http(s) URLs: anything else (javascript:, data:, file:) is never made a link.
    static func isLinkable(_ url: String) -> Bool {
        let lower = url.trimmingPrefixWhitespace().lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Cuts `s` to at most `limit` characters, marking the cut.
    static func truncate(_ s: String, _ limit: Int) -> String {
        // UTF-8 bytes are never fewer than Characters: skips counting Characters, the usual case.
        guard s.utf8.count > limit, s.count > limit else { return s }
        return String(s.prefix(limit)) + "… [\(s.count - limit) more characters]"
    }
}

extension String {
    func trimmingPrefixWhitespace() -> Substring {
        self.drop { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.value < 0x20 } }
    }
}
