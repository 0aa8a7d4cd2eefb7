public import SceneLocator

/// A Chrome DevTools Recorder export (the JSON of `@puppeteer/replay`'s `UserFlow`): `{title,
/// steps: [{type, selectors, ...}]}` with step types `setViewport`, `navigate`, `click`,
/// `doubleClick`, `hover`, `change`, `keyDown`, `keyUp`, `scroll`, `waitForElement`,
/// `waitForExpression`, `close`, `emulateNetworkConditions`, `customStep`. Each selector is a
/// string or a list (a path through shadow roots); `aria/Name[role="button"]`, `xpath/…`,
/// `pierce/…` and `text/…` prefixes name Puppeteer's query handlers, anything else is CSS.
public struct ChromeRecording: Codable, Sendable, Equatable {
    public var title: String
    public var timeout: Double?
    /// The attribute the recorder preferred for selectors (`data-testid`...).
    public var selectorAttribute: String?
    public var steps: [Step]

    public struct Step: Codable, Sendable, Equatable {
        public var type: String
        /// Alternatives, each a chain (one string for most elements).
        public var selectors: [[String]]?
        public var url: String?
        public var value: String?
        public var key: String?
        public var target: String?
        /// Child-frame indices from the top frame.
        public var frame: [Int]?
        public var offsetX: Double?
        public var offsetY: Double?
        public var button: String?
        public var x: Double?
        public var y: Double?
        public var width: Int?
        public var height: Int?
        public var deviceScaleFactor: Double?
        public var isMobile: Bool?
        public var `operator`: String?
        public var count: Int?
        public var visible: Bool?
        public var expression: String?
        public var name: String?
        public var timeout: Double?

        public init(type: String, selectors: [[String]]? = nil, url: String? = nil, value: String? = nil, key: String? = nil) {
            self.type = type; self.selectors = selectors; self.url = url; self.value = value; self.key = key
        }

        enum CodingKeys: String, CodingKey {
            case type, selectors, url, value, key, target, frame, offsetX, offsetY, button, x, y, width, height, deviceScaleFactor, isMobile
            case `operator`, count, visible, expression, name, timeout
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decode(String.self, forKey: .type)
            if let alternatives = try c.decodeIfPresent([FlexibleStrings].self, forKey: .selectors) {
                selectors = alternatives.map(\.values).filter { !$0.isEmpty }
            }
            url = try c.decodeIfPresent(String.self, forKey: .url)
            value = try c.decodeIfPresent(FlexibleStrings.self, forKey: .value)?.values.first
            key = try c.decodeIfPresent(String.self, forKey: .key)
            target = try c.decodeIfPresent(String.self, forKey: .target)
            frame = try c.decodeIfPresent([Int].self, forKey: .frame)
            offsetX = try c.decodeIfPresent(Double.self, forKey: .offsetX)
            offsetY = try c.decodeIfPresent(Double.self, forKey: .offsetY)
            button = try c.decodeIfPresent(String.self, forKey: .button)
            x = try c.decodeIfPresent(Double.self, forKey: .x)
            y = try c.decodeIfPresent(Double.self, forKey: .y)
            width = try c.decodeIfPresent(Int.self, forKey: .width)
            height = try c.decodeIfPresent(Int.self, forKey: .height)
            deviceScaleFactor = try c.decodeIfPresent(Double.self, forKey: .deviceScaleFactor)
            isMobile = try c.decodeIfPresent(Bool.self, forKey: .isMobile)
            `operator` = try c.decodeIfPresent(String.self, forKey: .operator)
            count = try c.decodeIfPresent(Int.self, forKey: .count)
            visible = try c.decodeIfPresent(Bool.self, forKey: .visible)
            expression = try c.decodeIfPresent(String.self, forKey: .expression)
            name = try c.decodeIfPresent(String.self, forKey: .name)
            timeout = try c.decodeIfPresent(Double.self, forKey: .timeout)
        }

        /// Every selector as a locator (inside its frame), the one a person would keep first. An
        /// ARIA query without a role (`aria/User name`: any element of that accessible name) reads
        /// as a text locator that may land on the field's label, so it comes after the others.
        public var locators: [Locator] {
            let frames = (frame ?? []).map { ":nth-match(iframe, \($0 + 1))" }
            var specific: [Locator] = [], nameOnly: [Locator] = []
            for chain in selectors ?? [] {
                let parts = chain.map { RecordedSelectors.locator(recorded: $0) }
                guard !parts.isEmpty else { continue }
                let steps = parts.flatMap(\.steps)
                let locator = frames.isEmpty ? Locator(steps) : Locator(frames.flatMap { [Locator.Step.css($0), .contentFrame] } + steps)
                let roleless = chain.count == 1 && chain[0].hasPrefix("aria/") && !chain[0].hasSuffix("]")
                if roleless { nameOnly.append(locator) } else { specific.append(locator) }
            }
            return specific.isEmpty ? RecordedSelectors.bestFirst(nameOnly) : RecordedSelectors.bestFirst(specific) + nameOnly
        }

        /// Steps on another page than the recording's own (a popup): not replayed.
        public var isOnOtherTarget: Bool { target.map { $0 != "main" } ?? false }
    }

    public init(title: String, steps: [Step]) { self.title = title; self.steps = steps }

    /// Modifier keys, held while another key is pressed (`keyDown Shift`, `keyDown A` = `press Shift+A`).
    static let modifiers: Set<String> = ["Shift", "Control", "Alt", "Meta", "ShiftLeft", "ShiftRight", "ControlLeft", "ControlRight",
                                         "AltLeft", "AltRight", "MetaLeft", "MetaRight"]

    /// One user action of the flow, keyDown/keyUp pairs folded into presses (with the modifiers held).
    public enum Action: Sendable, Equatable {
        case step(Int, Step)
        case press(Int, String)
        /// A step Scene does not replay, and why.
        case skipped(Int, String)
    }

    /// The flow as user actions, in order.
    public var actions: [Action] {
        var out: [Action] = []
        var held: [String] = []
        var pressedSinceDown = false
        for (index, step) in steps.enumerated() {
            if step.isOnOtherTarget {
                out.append(.skipped(index, "\(step.type) on another page (\(step.target ?? ""))"))
                continue
            }
            switch step.type {
            case "keyDown":
                guard let key = step.key else { out.append(.skipped(index, "keyDown without a key")); continue }
                if Self.modifiers.contains(key) {
                    held.append(Self.modifierName(key))
                    pressedSinceDown = false
                } else {
                    out.append(.press(index, (held + [key]).joined(separator: "+")))
                    pressedSinceDown = true
                }
            case "keyUp":
                guard let key = step.key, Self.modifiers.contains(key) else { continue }
                let name = Self.modifierName(key)
                if !pressedSinceDown && held.last == name { out.append(.press(index, held.joined(separator: "+"))) }
                held.removeAll { $0 == name }
                pressedSinceDown = true
            case "navigate", "click", "doubleClick", "hover", "change", "scroll", "waitForElement", "setViewport":
                out.append(.step(index, step))
            case "waitForExpression": out.append(.skipped(index, "waitForExpression (a JavaScript condition)"))
            case "close": out.append(.skipped(index, "close (the page closes at the end of every execution)"))
            case "emulateNetworkConditions": out.append(.skipped(index, "emulateNetworkConditions"))
            case "customStep": out.append(.skipped(index, "customStep \(step.name ?? "")"))
            default: out.append(.skipped(index, "unknown step type '\(step.type)'"))
            }
        }
        return out
    }

    static func modifierName(_ key: String) -> String {
        for name in ["Shift", "Control", "Alt", "Meta"] where key.hasPrefix(name) { return name }
        return key
    }

    /// The flow as expected actions, for aligning it with a trace.
    public func expectedActions() -> [ExpectedAction] {
        actions.compactMap { action -> ExpectedAction? in
            switch action {
            case .press(let index, let key):
                return ExpectedAction(kind: .press, value: key, source: "chrome-recorder:step \(index + 1)")
            case .skipped: return nil
            case .step(let index, let step):
                let source = "chrome-recorder:step \(index + 1)"
                let locators = step.locators
                switch step.type {
                case "navigate": return ExpectedAction(kind: .navigate, value: step.url, url: step.url, source: source)
                case "click":
                    return ExpectedAction(kind: .click, locators: locators, source: source)
                case "doubleClick": return ExpectedAction(kind: .dblclick, locators: locators, source: source)
                case "hover": return ExpectedAction(kind: .hover, locators: locators, source: source)
                case "change":
                    let secret = locators.contains { ActionMapper.looksSecret($0.selector) }
                    return ExpectedAction(kind: .fill, locators: locators, value: secret ? nil : step.value, redacted: secret, source: source)
                case "scroll": return ExpectedAction(kind: .scroll, locators: locators, optional: true, source: source)
                case "waitForElement": return ExpectedAction(kind: .assert, locators: locators, optional: true, source: source)
                default: return nil // setViewport: no action in a trace
                }
            }
        }
    }

    /// What `expectedActions` leaves out, for the user to know.
    public var skipped: [String] {
        actions.compactMap { if case .skipped(let index, let why) = $0 { return "step \(index + 1): \(why)" } else { return nil } }
    }
}
