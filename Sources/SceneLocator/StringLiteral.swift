import SceneBundle

/// Source-code string literals, escaped so any text (quotes, backslashes, newlines,
/// control characters) survives a round trip through the generated program.
public enum StringLiteral {
    /// A single-quoted JavaScript/TypeScript literal.
    public static func javaScript(_ s: String) -> String { JSONString.quoted(s, quote: "'") }
    /// A double-quoted Python literal.
    public static func python(_ s: String) -> String { JSONString.quoted(s) }
    /// A double-quoted literal for plain-language steps.
    public static func quoted(_ s: String) -> String { JSONString.quoted(s) }
}

extension StringLiteral {
    /// Reads back a double- or single-quoted literal (JSON escapes); nil when `s` is not one.
    public static func unquote(_ s: String) -> String? { SelectorSyntax.unquote(s) }
}
