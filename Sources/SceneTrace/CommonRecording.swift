import Foundation
import SceneLocator

/// The recording shape most in-house recorders write: `{"actions": [{"action": "click",
/// "selector": "#button1", "value": ...}]}` (or the bare list), where `action` is a Playwright
/// method name (`goto`, `click`, `fill`, `check`, `selectOption`, `press`, `expect...`, with or
/// without a `page.`/`locator.` prefix) and `selector` a CSS selector, an XPath or a Playwright
/// selector. Optional per action: `url`, `timestamp` (ms or ISO 8601), `frame` (the iframe's
/// selector, or a list of them, outermost first), `key`, and more selectors for the same element
/// (`selectors`, `alternativeSelectors`, `fallbackSelectors`).
public struct CommonRecording: Codable, Sendable, Equatable {
    public var url: String?
    public var actions: [Action]

    public struct Action: Codable, Sendable, Equatable {
        public var action: String
        public var selector: String?
        /// More selectors for the same element (recorders keep several strategies).
        public var selectors: [String]
        public var value: String?
        public var key: String?
        public var url: String?
        /// Milliseconds (since 1970 or since the recording started) or an ISO 8601 date.
        public var timestamp: Double?
        public var frame: [String]

        public init(action: String, selector: String? = nil, selectors: [String] = [], value: String? = nil, key: String? = nil,
                    url: String? = nil, timestamp: Double? = nil, frame: [String] = []) {
            self.action = action; self.selector = selector; self.selectors = selectors; self.value = value; self.key = key
            self.url = url; self.timestamp = timestamp; self.frame = frame
        }

        enum CodingKeys: String, CodingKey {
            case action, selector, selectors, alternativeSelectors, fallbackSelectors, value, key, url, timestamp, frame
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            action = try c.decode(String.self, forKey: .action)
            selector = try c.decodeIfPresent(String.self, forKey: .selector)
            selectors = []
            for key in [CodingKeys.selectors, .alternativeSelectors, .fallbackSelectors] {
                selectors += try c.decodeIfPresent(FlexibleStrings.self, forKey: key)?.values ?? []
            }
            value = try c.decodeIfPresent(FlexibleStrings.self, forKey: .value).map { $0.values.joined(separator: ", ") }
            key = try c.decodeIfPresent(String.self, forKey: .key)
            url = try c.decodeIfPresent(String.self, forKey: .url)
            if let ms = try? c.decodeIfPresent(Double.self, forKey: .timestamp) {
                timestamp = ms
            } else if let text = try? c.decodeIfPresent(String.self, forKey: .timestamp) {
                timestamp = Self.date(text).map { $0.timeIntervalSince1970 * 1000 }
            }
            frame = try c.decodeIfPresent(FlexibleStrings.self, forKey: .frame)?.values ?? []
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(action, forKey: .action)
            try c.encodeIfPresent(selector, forKey: .selector)
            if !selectors.isEmpty { try c.encode(selectors, forKey: .selectors) }
            try c.encodeIfPresent(value, forKey: .value)
            try c.encodeIfPresent(key, forKey: .key)
            try c.encodeIfPresent(url, forKey: .url)
            try c.encodeIfPresent(timestamp, forKey: .timestamp)
            if !frame.isEmpty { try c.encode(frame, forKey: .frame) }
        }

        static func date(_ text: String) -> Date? {
            let formatter = ISO8601DateFormatter()
            if let d = formatter.date(from: text) { return d }
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return formatter.date(from: text)
        }
    }

    public init(url: String? = nil, actions: [Action]) { self.url = url; self.actions = actions }

    enum CodingKeys: String, CodingKey { case url, actions }

    /// The object form, or the bare list of actions.
    public init(from decoder: any Decoder) throws {
        if let list = try? decoder.singleValueContainer().decode([Action].self) {
            self.init(actions: list)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(url: try c.decodeIfPresent(String.self, forKey: .url), actions: try c.decode([Action].self, forKey: .actions))
    }

    /// Method names with no user action in a trace: skipped.
    static let ignoredActions: Set<String> = [
        "wait", "waitfortimeout", "waitforselector", "waitforloadstate", "waitfornavigation", "waitforurl", "screenshot", "setviewportsize",
        "setviewport", "evaluate", "comment", "openpage", "closepage", "newpage", "close", "focus", "blur",
    ]

    /// The actions as expected actions; an action name this does not know is an error naming the known ones.
    public func expectedActions() throws -> [ExpectedAction] {
        let start = actions.compactMap(\.timestamp).min()
        var result: [ExpectedAction] = []
        for (index, a) in actions.enumerated() {
            let method = String(a.action.split(separator: ".").last ?? "")
            let name = method.lowercased()
            if Self.ignoredActions.contains(name) { continue }
            guard let kind = Self.kind(name, value: a.value) else {
                throw TraceError.badExpectations("action \(index) is '\(a.action)', which Scene does not know (known: "
                    + Self.knownActions.joined(separator: ", ") + "; skipped: " + Self.ignoredActions.sorted().joined(separator: ", ") + ")")
            }
            let locators = ([a.selector].compactMap { $0 } + a.selectors).map { RecordedSelectors.locator(recorded: $0, frames: a.frame) }
            var value = a.value
            if kind == .press { value = a.key ?? a.value }
            if kind == .navigate { value = a.url ?? a.value }
            if kind == .check || kind == .uncheck || kind == .click { value = nil }
            let secret = kind.entersText && locators.contains { ActionMapper.looksSecret($0.selector) }
            result.append(ExpectedAction(
                kind: kind, locators: RecordedSelectors.bestFirst(locators), value: secret ? nil : value, redacted: secret,
                url: kind == .navigate ? value : a.url, timeMs: a.timestamp.flatMap { t in start.map { t - $0 } },
                optional: kind == .assert || kind == .scroll, source: "recording:\(index)"))
        }
        return result
    }

    static let knownActions = ["goto", "click", "dblclick", "fill", "type", "press", "check", "uncheck", "setChecked", "selectOption",
                               "hover", "setInputFiles", "scroll", "goBack", "goForward", "reload", "expect…/assert…"]

    static func kind(_ name: String, value: String?) -> ActionKind? {
        switch name {
        case "goto", "navigate", "open", "visit": return .navigate
        case "click", "tap": return .click
        case "dblclick", "doubleclick": return .dblclick
        case "fill", "input", "change": return .fill
        case "type", "presssequentially", "inserttext": return .type
        case "press", "keypress", "keydown": return .press
        case "check": return .check
        case "uncheck": return .uncheck
        case "setchecked": return value?.lowercased() == "false" ? .uncheck : .check
        case "selectoption", "select": return .select
        case "hover": return .hover
        case "setinputfiles", "upload": return .setInputFiles
        case "scroll", "wheel", "scrollintoview", "scrollintoviewifneeded": return .scroll
        case "goback", "back": return .goBack
        case "goforward", "forward": return .goForward
        case "reload", "refresh": return .reload
        case let n where n.hasPrefix("expect") || n.hasPrefix("assert") || n.hasPrefix("verify") || n.hasPrefix("tobe") || n.hasPrefix("tohave"):
            return .assert
        default: return nil
        }
    }
}

/// A JSON value that recorders write as a string, a number, a boolean or a list of those.
struct FlexibleStrings: Codable, Equatable {
    var values: [String]
    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) { values = [s] }
        else if let b = try? c.decode(Bool.self) { values = [b ? "true" : "false"] }
        else if let n = try? c.decode(Double.self) { values = [n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)] }
        else if let list = try? c.decode([FlexibleStrings].self) { values = list.flatMap(\.values) }
        else if c.decodeNil() { values = [] }
        else { throw DecodingError.typeMismatch(String.self, .init(codingPath: decoder.codingPath, debugDescription: "expected a string, a number, a boolean or a list")) }
    }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(values)
    }
}
