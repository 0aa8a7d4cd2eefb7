/// The keys a locator is spelled with in scene.yml, in the runner protocol and in elements.json:
/// one strategy (`testId`, `role` with an optional `name`, `label`, `placeholder`, `text`, `css`,
/// `xpath`), `exact`, `nth` and `frame` (iframe selectors joined by ` >> `).
///
/// Only a spelling of `Locator`: read into one with `Locator(keys:)`, written with `locator.keys`.
/// A locator these keys cannot spell (filters, alt text, regular expressions...) is written as
/// `css:` holding its Playwright selector, which Playwright's `locator()` reads back.
public struct LocatorKeys: Sendable, Hashable, Codable {
    public var testId: String?
    public var role: String?
    public var name: String?
    public var label: String?
    public var placeholder: String?
    public var text: String?
    public var css: String?
    public var xpath: String?
    public var exact: Bool?
    public var nth: Int?
    public var frame: String?

    public init(testId: String? = nil, role: String? = nil, name: String? = nil, label: String? = nil, placeholder: String? = nil,
                text: String? = nil, css: String? = nil, xpath: String? = nil, exact: Bool? = nil, nth: Int? = nil, frame: String? = nil) {
        self.testId = testId; self.role = role; self.name = name; self.label = label; self.placeholder = placeholder
        self.text = text; self.css = css; self.xpath = xpath; self.exact = exact; self.nth = nth; self.frame = frame
    }

    /// The strategy keys, in the order a person writes (and `Locator(keys:)` reads) them.
    public static let strategies = ["testId", "role", "label", "placeholder", "text", "css", "xpath"]

    /// Key/value pairs in the order people write them: strategy, name, exact, nth, frame.
    /// Values are strings, booleans or integers.
    public var pairs: [(key: String, value: Value)] {
        var p: [(key: String, value: Value)] = []
        func add(_ key: String, _ value: String?) { if let value { p.append((key, .string(value))) } }
        add("testId", testId); add("role", role); add("name", name); add("label", label); add("placeholder", placeholder)
        add("text", text); add("css", css); add("xpath", xpath)
        if let exact { p.append(("exact", .bool(exact))) }
        if let nth { p.append(("nth", .int(nth))) }
        add("frame", frame)
        return p
    }

    public enum Value: Sendable, Hashable {
        case string(String), bool(Bool), int(Int)
    }
}

extension Locator {
    /// Separates nested frames in the `frame` key.
    public static let frameSeparator = " >> "

    /// The locator the keys spell, nil when they name no strategy. With several strategies the
    /// first of `LocatorKeys.strategies` wins; `exact` applies to the name, label, placeholder or text.
    public init?(keys: LocatorKeys) {
        let exact = keys.exact ?? false
        let frames = (keys.frame ?? "").components(separatedBy: Self.frameSeparator)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var steps: [Step] = frames.flatMap { [Step.css($0), .contentFrame] }
        if let testId = keys.testId { steps.append(.testId(TextMatch(testId, exact: true))) }
        else if let role = keys.role { steps.append(.role(role, name: keys.name.map { TextMatch($0, exact: exact) }, options: [])) }
        else if let label = keys.label { steps.append(.label(TextMatch(label, exact: exact))) }
        else if let placeholder = keys.placeholder { steps.append(.placeholder(TextMatch(placeholder, exact: exact))) }
        else if let text = keys.text { steps.append(.text(TextMatch(text, exact: exact))) }
        else if let css = keys.css { steps += Locator(selector: css).steps }
        else if let xpath = keys.xpath { steps.append(.xpath(xpath)) }
        else { return nil }
        if let nth = keys.nth { steps.append(.nth(nth)) }
        self.init(steps)
    }

    /// The keys that spell this locator (see `LocatorKeys`).
    public var keys: LocatorKeys {
        var rest = steps[...]
        var frames: [String] = []
        while rest.count >= 2, case .css(let css) = rest.first, rest.dropFirst().first == .contentFrame {
            frames.append(css)
            rest = rest.dropFirst(2)
        }
        var keys = LocatorKeys(frame: frames.isEmpty ? nil : frames.joined(separator: Self.frameSeparator))
        if case .nth(let n)? = rest.last, rest.count == 2 {
            keys.nth = n
            rest = rest.dropLast()
        }
        func exact(_ m: TextMatch) -> Bool? { m.exact ? true : nil }
        switch rest.count == 1 ? rest.first : nil {
        case .testId(let m)? where !m.isRegex: keys.testId = m.text
        case .role(let role, let name, let options)? where options.isEmpty && name?.isRegex != true:
            keys.role = role; keys.name = name?.text; keys.exact = name.flatMap(exact)
        case .label(let m)? where !m.isRegex: keys.label = m.text; keys.exact = exact(m)
        case .placeholder(let m)? where !m.isRegex: keys.placeholder = m.text; keys.exact = exact(m)
        case .text(let m)? where !m.isRegex: keys.text = m.text; keys.exact = exact(m)
        case .css(let css)?: keys.css = css
        case .xpath(let xpath)?: keys.xpath = xpath
        default:
            keys.nth = nil
            keys.css = Locator(Array(steps.dropFirst(frames.count * 2))).selector
        }
        return keys
    }
}

/// A locator's JSON form is its keys: `{"role": "button", "name": "Go"}`.
extension Locator: Codable {
    public init(from decoder: any Decoder) throws {
        let keys = try LocatorKeys(from: decoder)
        guard let locator = Locator(keys: keys) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "a locator needs one of \(LocatorKeys.strategies.joined(separator: ", "))"))
        }
        self = locator
    }

    public func encode(to encoder: any Encoder) throws {
        try keys.encode(to: encoder)
    }
}
