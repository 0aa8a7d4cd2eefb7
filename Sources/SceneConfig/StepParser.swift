import Foundation
import SceneLocator
import Yams

/// Turns one YAML step into a `Step`. A step is a plain-language string
/// ("Click the Login button") or a one-key mapping whose key is the action:
///
///     - goto: /pricing
///     - click: "#login"                      # CSS (XPath when it starts with //)
///     - click: {role: button, name: Log in}
///     - fill: {label: Email, value: a@b.c}
///     - press: Enter
///     - select: {label: Country, value: Germany}
///     - scroll: 800 | bottom | {css: "#footer"}
///     - wait: 500 | networkidle | {css: ".ready"} | {text: Welcome}
///     - evaluate: "document.body.dataset.x = 1"
///     - setCookie: {name: session, value: abc, secret: true}
///     - setLocalStorage: {name: theme, value: dark}
///     - assertTitle: Shop
enum StepParser {
    static let locatorKeys = Set(ConfigSchema.locatorProperties.map(\.name))
    static let kinds = StepKind.allCases.filter { $0 != .plain }.map(\.rawValue)

    static func step(_ node: Node, _ path: String, _ r: inout NodeReader) -> Step? {
        let source = node.mark.map { "\(r.file):\($0.line):\($0.column)" }
        if case .scalar = node {
            guard let sentence = r.string(node, path: path) else { return nil }
            guard !sentence.trimmingCharacters(in: .whitespaces).isEmpty else {
                r.error("an empty step", at: node, path: path); return nil
            }
            return Step(kind: .plain, value: sentence, source: source)
        }
        guard r.visit(node, path: path) else { return nil }
        guard case .mapping(let m) = node, m.count == 1, let (keyNode, value) = m.first, case .scalar(let key) = keyNode else {
            r.error("a step is a sentence or a one-key mapping such as `click: \"#login\"`", at: node, path: path,
                    hint: "actions: \(kinds.joined(separator: ", "))")
            return nil
        }
        guard let kind = StepKind(rawValue: key.string), kind != .plain else {
            let hint = Spelling.suggestion(for: key.string, among: kinds).map { "did you mean '\($0)'?" } ?? "actions: \(kinds.joined(separator: ", "))"
            r.error("unknown step action '\(key.string)'", at: keyNode, path: path, hint: hint)
            return nil
        }
        let p = "\(path).\(kind.rawValue)"
        var step = Step(kind: kind, source: source)
        switch kind {
        case .goto, .evaluate, .assertTitle:
            guard let v = r.string(value, path: p) else { return nil }
            step.value = v
        case .press:
            if case .scalar = value { guard let v = r.string(value, path: p) else { return nil }; step.value = v }
            else if !options(value, p, &step, &r, needsLocator: false, valueKey: "key") { return nil }
            if step.value == nil { r.error("press needs a key, e.g. `press: Enter`", at: value, path: p); return nil }
        case .scroll:
            if case .scalar(let s) = value {
                if let y = Int(s.string) { step.scrollY = y }
                else if ["bottom", "top"].contains(s.string.lowercased()) { step.value = s.string.lowercased() }
                else { r.error("scroll takes pixels, 'top', 'bottom' or a locator mapping", at: value, path: p); return nil }
            } else if case .mapping(let mm) = value, mm.count == 1, case .scalar(let k)? = mm.first?.key, k.string == "y" {
                guard let y = r.int(mm.first!.value, path: "\(p).y", range: -1_000_000...1_000_000) else { return nil }
                step.scrollY = y
            } else if !options(value, p, &step, &r, needsLocator: true) { return nil }
        case .wait:
            guard let wait = waitCondition(value, p, &r) else { return nil }
            step.wait = wait
        case .setCookie, .setLocalStorage:
            guard let mm = r.mapping(value, path: p, schema: SchemaObject(name: kind.rawValue, doc: "", properties: [
                .init("name", .string, "", required: true), .init("value", .string, "", required: true),
                .init("secret", .boolean, ""),
            ])) else { return nil }
            step.name = mm["name"].flatMap { r.string($0, path: "\(p).name") }
            step.value = mm["value"].flatMap { r.string($0, path: "\(p).value") }
            step.secret = mm["secret"].flatMap { r.bool($0, path: "\(p).secret") }
        case .screenshot:
            if case .scalar = value { guard let css = r.string(value, path: p) else { return nil }; step.locator = Locator(selector: css) }
            else if !options(value, p, &step, &r, needsLocator: true, valueKey: "name") { return nil }
        case .assertText:
            if case .scalar = value { guard let v = r.string(value, path: p) else { return nil }; step.value = v }
            else if !options(value, p, &step, &r, needsLocator: false) { return nil }
        case .click, .dblclick, .hover, .check, .uncheck, .assertVisible, .fill, .type, .select:
            if case .scalar = value {
                guard let css = r.string(value, path: p) else { return nil }
                step.locator = Locator(selector: css)
            } else if !options(value, p, &step, &r, needsLocator: true) { return nil }
            if [.fill, .type, .select].contains(kind), step.value == nil {
                r.error("\(kind.rawValue) needs a value", at: value, path: p, hint: "e.g. `\(kind.rawValue): {label: Email, value: a@b.c}`")
                return nil
            }
        case .plain:
            return nil
        }
        return step
    }

    /// Reads a step's mapping of locator keys and options into `step`.
    static func options(_ node: Node, _ p: String, _ step: inout Step, _ r: inout NodeReader, needsLocator: Bool, valueKey: String = "value") -> Bool {
        guard let m = r.mapping(node, path: p, schema: ConfigSchema.object("Step")) else { return false }
        var keys = LocatorKeys()
        var strategies: [String] = []
        for key in ["css", "selector", "xpath", "testId", "role", "label", "text", "placeholder"] {
            guard let n = m[key], let v = r.string(n, path: "\(p).\(key)") else { continue }
            strategies.append(key)
            switch key {
            case "css", "selector": keys.css = v
            case "xpath": keys.xpath = v
            case "testId": keys.testId = v
            case "role": keys.role = v
            case "label": keys.label = v
            case "text": keys.text = v
            default: keys.placeholder = v
            }
        }
        // A screenshot step's `name` is the file name, not an accessible name.
        keys.name = valueKey == "name" ? nil : m["name"].flatMap { r.string($0, path: "\(p).name") }
        keys.exact = m["exact"].flatMap { r.bool($0, path: "\(p).exact") }
        keys.nth = m["nth"].flatMap { r.int($0, path: "\(p).nth", range: 0...10_000) }
        keys.frame = m["frame"].flatMap { r.string($0, path: "\(p).frame") }
        if strategies.count > 1 {
            r.error("give one way to find the element, found \(strategies.joined(separator: " and "))", at: node, path: p,
                    hint: "role may be combined with name; the others stand alone")
        }
        if keys.name != nil, keys.role == nil {
            r.error("name goes with role", at: m["name"], path: "\(p).name", hint: "e.g. {role: button, name: Log in}")
        }
        if let locator = Locator(keys: keys) { step.locator = locator }
        else if needsLocator {
            r.error("\(step.kind.rawValue) needs an element: css, xpath, testId, role, label, text or placeholder", at: node, path: p)
            return false
        }
        let valueNode = m[valueKey] ?? m["value"] ?? m["key"]
        if let n = valueNode { step.value = r.string(n, path: "\(p).\(valueKey)") }
        step.timeoutMs = m["timeoutMs"].flatMap { r.int($0, path: "\(p).timeoutMs", range: 1...600_000) }
        step.optional = m["optional"].flatMap { r.bool($0, path: "\(p).optional") }
        step.secret = m["secret"].flatMap { r.bool($0, path: "\(p).secret") }
        return true
    }

    static func waitCondition(_ node: Node, _ p: String, _ r: inout NodeReader) -> WaitCondition? {
        if case .scalar(let s) = node {
            if let ms = Int(s.string) {
                guard (0...600_000).contains(ms) else { r.error("wait is in milliseconds, 0 to 600000", at: node, path: p); return nil }
                return .timeout(ms: ms)
            }
            if ["networkidle", "network-idle", "networkIdle"].contains(s.string) { return .networkIdle }
            r.error("wait takes milliseconds, 'networkidle' or {css|text|ms: ...}", at: node, path: p)
            return nil
        }
        guard let m = r.mapping(node, path: p, schema: SchemaObject(name: "wait", doc: "", properties: [
            .init("css", .string, ""), .init("selector", .string, ""), .init("text", .string, ""), .init("ms", .integer, ""),
        ])), m.count == 1, let (key, value) = m.first else {
            r.error("wait takes exactly one of css, text or ms", at: node, path: p)
            return nil
        }
        switch key {
        case "ms": return r.int(value, path: "\(p).ms", range: 0...600_000).map { .timeout(ms: $0) }
        case "text": return r.string(value, path: "\(p).text").map { .text($0) }
        default: return r.string(value, path: "\(p).\(key)").map { .selector($0) }
        }
    }
}
