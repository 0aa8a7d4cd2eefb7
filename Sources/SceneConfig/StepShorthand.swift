import Foundation
import SceneLocator

/// Writes a step back in the YAML shorthand of scene.yml that `StepParser` reads (one list item), e.g.
/// `- click: {role: button, name: Log in}`, `- fill: {label: Email, value: x}`, `- press: Enter`,
/// `- goto: /pricing`, `- scroll: {y: 800}`, `- wait: {text: Welcome}`, `- assertTitle: Shop`.
/// Values that YAML would misread are single-quoted. A secret value is never written.
public enum StepShorthand {
    public static let redacted = "<secret>"

    /// The item without indentation: `- click: {testId: login}`.
    public static func item(_ step: Step) -> String { "- " + body(step) }

    /// `kind: value` for one step.
    public static func body(_ step: Step) -> String {
        let key = step.kind.rawValue
        var options: [(String, String)] = []
        if let t = step.timeoutMs { options.append(("timeoutMs", String(t))) }
        if step.optional == true { options.append(("optional", "true")) }
        func mapping(_ pairs: [(String, String)]) -> String {
            "\(key): {" + (pairs + options).map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
        }
        let value = step.secret == true ? redacted : step.value
        switch step.kind {
        case .plain:
            return scalar(step.value ?? "")
        case .goto, .evaluate, .assertTitle:
            return "\(key): \(scalar(value ?? ""))"
        case .press:
            guard let locator = step.locator else { return options.isEmpty ? "\(key): \(scalar(value ?? ""))" : mapping([("key", scalar(value ?? ""))]) }
            return mapping(pairs(locator) + [("key", scalar(value ?? ""))])
        case .scroll:
            if let y = step.scrollY { return "\(key): {y: \(y)}" }
            if let locator = step.locator { return mapping(pairs(locator)) }
            return "\(key): \(scalar(value ?? "bottom"))"
        case .wait:
            switch step.wait {
            case .text(let t)?: return "\(key): {text: \(scalar(t))}"
            case .selector(let css)?: return "\(key): {css: \(scalar(css))}"
            case .timeout(let ms)?: return "\(key): {ms: \(ms)}"
            case .networkIdle?, nil: return "\(key): networkidle"
            }
        case .setCookie, .setLocalStorage:
            var p = [("name", scalar(step.name ?? "")), ("value", scalar(value ?? ""))]
            if step.secret == true { p.append(("secret", "true")) }
            return "\(key): {" + p.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
        case .screenshot:
            guard let locator = step.locator else { return "\(key): {name: \(scalar(value ?? ""))}" }
            return mapping(pairs(locator) + (value.map { [("name", scalar($0))] } ?? []))
        case .assertText:
            guard let locator = step.locator else { return options.isEmpty ? "\(key): \(scalar(value ?? ""))" : mapping([("value", scalar(value ?? ""))]) }
            return mapping(pairs(locator) + (value.map { [("value", scalar($0))] } ?? []))
        case .click, .dblclick, .hover, .check, .uncheck, .assertVisible, .fill, .type, .select:
            return mapping((step.locator.map(pairs) ?? []) + (value.map { [("value", scalar($0))] } ?? []))
        }
    }

    /// The locator's keys in the order people write them.
    static func pairs(_ locator: Locator) -> [(String, String)] {
        locator.keys.pairs.map { pair in
            switch pair.value {
            case .string(let s): return (pair.key, scalar(s))
            case .bool(let b): return (pair.key, b ? "true" : "false")
            case .int(let i): return (pair.key, String(i))
            }
        }
    }

    /// A YAML scalar that reads back as this exact string (inside or outside a flow mapping).
    public static func scalar(_ s: String) -> String {
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        let plain = !s.isEmpty
            && s.trimmingCharacters(in: .whitespaces) == s
            && !reserved.contains(s.lowercased())
            && Double(s) == nil && Int(s) == nil
            && s.range(of: #"^[A-Za-z0-9_/$(.][^:#{}\[\],'"\n\r\t\\]*$"#, options: .regularExpression) != nil
            && !s.hasSuffix(":")
        return plain ? s : "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
