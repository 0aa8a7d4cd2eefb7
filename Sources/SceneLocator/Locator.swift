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

/// How Scene finds an element: the one locator model that scene.yml steps, traces, recordings,
/// healing and repro scripts all use. A chain of steps, the shape of
/// `page.frameLocator('#f').getByRole(...).filter(...).nth(1)`.
///
/// Read from Playwright's selector syntax (`Locator(selector:)`), from locator code as Playwright
/// prints it in JavaScript or Python (`Locator(code:)`), or from the keys of scene.yml
/// (`Locator(keys:)`, also its JSON form); written back as JavaScript, Python, a selector, the
/// config keys or plain words. `LocatorPriority` says which of several locators a person would keep.
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

extension Locator {
    /// `getByTestId(id)`.
    public static func testId(_ id: String, frame: [String] = []) -> Locator { Locator(frame: frame, .testId(TextMatch(id, exact: true))) }
    /// `getByRole(role, { name })`.
    public static func role(_ role: String, name: String? = nil, exact: Bool = false, frame: [String] = []) -> Locator {
        Locator(frame: frame, .role(role, name: name.map { TextMatch($0, exact: exact) }, options: []))
    }
    /// `getByLabel(text)`.
    public static func label(_ text: String, exact: Bool = false, frame: [String] = []) -> Locator { Locator(frame: frame, .label(TextMatch(text, exact: exact))) }
    /// `getByPlaceholder(text)`.
    public static func placeholder(_ text: String, exact: Bool = false, frame: [String] = []) -> Locator {
        Locator(frame: frame, .placeholder(TextMatch(text, exact: exact)))
    }
    /// `getByText(text)`.
    public static func text(_ text: String, exact: Bool = false, frame: [String] = []) -> Locator { Locator(frame: frame, .text(TextMatch(text, exact: exact))) }
    /// `locator(css)`.
    public static func css(_ css: String, frame: [String] = []) -> Locator { Locator(frame: frame, .css(css)) }
    /// `locator('xpath=…')`.
    public static func xpath(_ xpath: String, frame: [String] = []) -> Locator { Locator(frame: frame, .xpath(xpath)) }

    /// The element inside the (same-origin) iframes `frame` names, outermost first.
    init(frame: [String], _ step: Step) {
        self.init(frame.flatMap { [Step.css($0), .contentFrame] } + [step])
    }

    /// The same locator picking the `n`th match (0-based; -1 = the last), or every match for nil.
    public func nth(_ n: Int?) -> Locator {
        var steps = self.steps
        if case .nth? = steps.last { steps.removeLast() }
        if let n { steps.append(.nth(n)) }
        return Locator(steps)
    }

    /// The CSS selectors of the iframes the element is in, outermost first (`frameLocator(...)` calls).
    public var frames: [String] {
        var frames: [String] = []
        for (i, step) in steps.enumerated() where step == .contentFrame && i > 0 {
            if case .css(let css) = steps[i - 1] { frames.append(css) }
        }
        return frames
    }

    /// The text of the target step's matcher (the role's name, the label, the text...), if it has one.
    public var targetText: TextMatch? {
        switch target {
        case .role(_, let name, _)?: return name
        case .testId(let m)?, .label(let m)?, .text(let m)?, .placeholder(let m)?, .altText(let m)?, .title(let m)?: return m
        default: return nil
        }
    }
}
