/// A text matcher as Playwright's locators use it: substring/case-insensitive by default,
/// exact when asked, or a regular expression.
public struct TextMatch: Sendable, Hashable {
    public var text: String
    public var exact: Bool
    /// Regex flags when `text` is a regular expression source, nil otherwise.
    public var regexFlags: String?

    public init(_ text: String, exact: Bool = false, regexFlags: String? = nil) {
        self.text = text; self.exact = exact; self.regexFlags = regexFlags
    }
    public var isRegex: Bool { regexFlags != nil }
}

/// A locator as a chain of steps, the shape of `page.getByRole(...).filter(...).nth(1)`.
/// Built from Playwright's internal selector syntax or from a recorder's strategies,
/// rendered back as TypeScript, Python or plain words.
public struct Locator: Sendable, Hashable {
    public indirect enum Step: Sendable, Hashable {
        case role(String, name: TextMatch?, options: [RoleOption])
        case testId(TextMatch)
        case label(TextMatch)
        case text(TextMatch)
        case placeholder(TextMatch)
        case altText(TextMatch)
        case title(TextMatch)
        case css(String)
        case xpath(String)
        case nth(Int)
        case hasText(TextMatch, negated: Bool)
        case has(Locator, negated: Bool)
        case and(Locator)
        case or(Locator)
        /// Enters the frame of the element located so far.
        case contentFrame
        /// A selector engine without a locator method (`engine=body`), kept verbatim.
        case raw(String)
    }

    /// An extra `getByRole` option such as `checked: true` or `level: 2`.
    public struct RoleOption: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(name: String, value: String) { self.name = name; self.value = value }
    }

    public var steps: [Step]
    public init(_ steps: [Step]) { self.steps = steps }

    /// The step that names the element (the last one that is not nth/filter/frame).
    public var target: Step? {
        steps.last(where: { step in
            switch step {
            case .nth, .hasText, .has, .contentFrame, .and, .or: return false
            default: return true
            }
        })
    }

    public var nthIndex: Int? {
        if case .nth(let n)? = steps.last { return n }
        return nil
    }
}
