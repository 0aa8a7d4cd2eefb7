/// The element an action acted on, as the page's DOM showed it when the action ran: its tag, its
/// attributes, its text and the chain of its ancestors. Read from the DOM snapshot Playwright takes
/// around each action (SceneTrace), matched against recorded CSS selectors, XPath and locators
/// (SceneLocator), stored with the action in `execution.json` and shown by the report.
///
/// Bounded on purpose: at most `maxAttributes` attributes of `maxValueLength` characters, text
/// clipped to `maxTextLength`, ancestors keep only what CSS and XPath look at (id, classes, a few
/// identifying attributes), never a field's value.
public struct ElementIdentity: Codable, Sendable, Hashable {
    public struct Attribute: Codable, Sendable, Hashable {
        public var name: String
        public var value: String
        public init(name: String, value: String) { self.name = name; self.value = value }
    }

    /// Where an element sits among its parent's element children (1-based).
    public struct Position: Codable, Sendable, Hashable {
        public var index: Int
        /// Among the siblings with the same tag (XPath's `button[2]`, CSS `:nth-of-type`).
        public var indexOfType: Int
        /// Element children of the parent, when the snapshot showed all of them.
        public var count: Int?
        public var countOfType: Int?
        public init(index: Int, indexOfType: Int, count: Int? = nil, countOfType: Int? = nil) {
            self.index = index; self.indexOfType = indexOfType; self.count = count; self.countOfType = countOfType
        }
    }

    /// An ancestor as CSS combinators and XPath steps see it.
    public struct Ancestor: Codable, Sendable, Hashable {
        public var tag: String
        /// A few identifying attributes (`id`, `class`, `name`, `role`, `type`, test ids, `aria-label`, `for`, `href`).
        public var attributes: [Attribute]
        public var position: Position?
        /// The text of a `label` ancestor (what `getByLabel` reads for a wrapped field).
        public var text: String?
        public init(tag: String, attributes: [Attribute] = [], position: Position? = nil, text: String? = nil) {
            self.tag = tag; self.attributes = attributes; self.position = position; self.text = text
        }
        public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    /// Lowercased tag name (`button`, `input`, `my-widget`).
    public var tag: String
    public var attributes: [Attribute]
    /// The element's text content, whitespace collapsed; nil when the snapshot did not show all of it.
    public var text: String?
    /// True when `text` was cut at `maxTextLength`.
    public var textClipped: Bool?
    /// From the document root down to the parent (shadow roots are transparent, as in Playwright's CSS).
    public var ancestors: [Ancestor]
    /// True when `ancestors` reaches the document root (absolute XPath can be checked).
    public var ancestorsComplete: Bool
    public var position: Position?
    /// A checkbox's or radio's state at the time of the snapshot.
    public var checked: Bool?

    public static let maxAttributes = 24
    public static let maxValueLength = 200
    public static let maxTextLength = 200
    public static let maxAncestors = 32
    /// The attributes an ancestor keeps.
    public static let ancestorAttributes: Set<String> = [
        "id", "class", "name", "role", "type", "for", "href", "aria-label", "data-testid", "data-test-id", "data-test", "data-qa", "data-cy",
    ]

    public init(tag: String, attributes: [Attribute] = [], text: String? = nil, textClipped: Bool? = nil, ancestors: [Ancestor] = [],
                ancestorsComplete: Bool = false, position: Position? = nil, checked: Bool? = nil) {
        self.tag = tag; self.attributes = attributes; self.text = text; self.textClipped = textClipped; self.ancestors = ancestors
        self.ancestorsComplete = ancestorsComplete; self.position = position; self.checked = checked
    }

    public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    public var id: String? { attribute("id") }
    public var classes: [String] { Self.classes(attribute("class")) }

    /// The words of a `class` attribute.
    public static func classes(_ value: String?) -> [String] {
        value.map { $0.split(whereSeparator: \.isWhitespace).map(String.init) } ?? []
    }

    /// A short HTML-like description for people: `<button id=save class="btn primary">Save</button>`.
    public var summary: String {
        let shown = ["id", "data-testid", "name", "type", "role", "aria-label", "placeholder", "title", "alt", "href", "for"]
        var out = "<" + tag
        for name in shown {
            guard let value = attribute(name) else { continue }
            out += " " + name + "=" + Self.attributeText(Self.clip(value, 60))
        }
        let classes = self.classes
        if !classes.isEmpty {
            out += " class=" + Self.attributeText(classes.prefix(3).joined(separator: " ") + (classes.count > 3 ? " …" : ""))
        }
        out += ">"
        if Self.voidTags.contains(tag) { return out }
        if let text, !text.isEmpty { out += Self.clip(text, 40) + (textClipped == true && text.count <= 40 ? "…" : "") }
        return out + "</" + tag + ">"
    }

    /// Elements written without a closing tag.
    static let voidTags: Set<String> = ["input", "img", "br", "hr", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"]

    static func attributeText(_ value: String) -> String {
        let bare = !value.isEmpty && value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." || $0 == "/" || $0 == ":" }
        return bare ? value : "\"" + value.replacingOccurrences(of: "\"", with: "&quot;") + "\""
    }

    static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }
}
