import SceneRepro
import SceneTrace

/// A `scene.yml` task written from a recording, in the config's step shorthand
/// (`- click: {role: button, name: Go}`, `- fill: {label: Email, value: x}`, `- press: Enter`).
public enum TaskSnippet {
    public static func yaml(_ m: RecordingMetadata, taskId: String = "recorded") -> String {
        var out = "# Recorded with `scene record` from \(m.url)\n"
        out += "# \(m.recorderActionsCount) action(s) from the in-page recorder; \(m.missingActionsAdded) more added from the trace (marked).\n"
        out += "# Paste under `tasks:` in scene.yml and list \"\(taskId)\" in a page's tasks.\n"
        out += "tasks:\n  - id: \(taskId)\n    steps:\n"
        let origin = origin(of: m.url)
        var lines = 0
        for action in m.actions {
            guard let step = step(action, origin: origin) else { continue }
            out += "      - \(step)\(action.addedFromTrace ? "  # added from the trace" : "")\n"
            lines += 1
        }
        if lines == 0 { out += "      - wait: 0\n" }
        return out
    }

    static func step(_ a: RecordingMetadata.Action, origin: Substring?) -> String? {
        let element = locatorMapping(a)
        switch a.kind {
        case "navigate":
            guard var url = a.value ?? a.url else { return nil }
            if let origin, url.hasPrefix(origin) { url = String(url.dropFirst(origin.count)); if url.isEmpty { url = "/" } }
            return "goto: \(quote(url))"
        case "click", "dblclick", "hover", "check", "uncheck":
            return element.map { "\(a.kind): {\($0)}" }
        case "fill", "type", "select":
            let value = a.redacted == true ? userProvidedValue : (a.value ?? "")
            let kind = a.kind == "type" ? "type" : a.kind
            return element.map { "\(kind): {\($0), value: \(quote(value))}\(a.redacted == true ? "  # secret: not recorded, fill it in" : "")" }
        case "press":
            let key = a.value ?? "Enter"
            return element.map { "press: {\($0), key: \(quote(key))}" } ?? "press: \(quote(key))"
        case "scroll":
            if let element { return "scroll: {\(element)}" }
            let dy = (a.value ?? "0,0").split(separator: ",").last.flatMap { Int($0) } ?? 0
            return "scroll: \(dy)"
        case "goBack": return "evaluate: \"history.back()\""
        case "goForward": return "evaluate: \"history.forward()\""
        case "reload": return "evaluate: \"location.reload()\""
        case "assert": return element.map { "assertVisible: {\($0)}" }
        default: return nil // setInputFiles has no shorthand
        }
    }

    /// The element as config locator keys, best strategy first (test id > role + name > label > ... > CSS).
    static func locatorMapping(_ a: RecordingMetadata.Action) -> String? {
        let s = a.selectors
        if let v = s["testId"] { return "testId: \(quote(v))" }
        if let role = s["role"], let name = s["name"] { return "role: \(quote(role)), name: \(quote(name))" }
        if let v = s["label"] { return "label: \(quote(v))" }
        if let v = s["placeholder"] { return "placeholder: \(quote(v))" }
        if let v = s["text"] { return "text: \(quote(v))" }
        if let v = s["id"] { return "css: \(quote("#" + v))" }
        if let v = s["css"] { return "css: \(quote(v))" }
        if let selector = s["playwright"] { return mapping(SelectorParser.parse(selector), raw: selector) }
        return nil
    }

    /// A trace locator as config keys; chains the config cannot spell stay a Playwright selector.
    static func mapping(_ locator: Locator, raw: String) -> String {
        let nth = locator.nthIndex.map { ", nth: \($0)" } ?? ""
        let simple = locator.steps.count == 1 || (locator.steps.count == 2 && locator.nthIndex != nil && locator.nthIndex! >= 0)
        guard simple, let target = locator.target else { return "css: \(quote(raw))" }
        func exact(_ m: TextMatch) -> String { m.exact ? ", exact: true" : "" }
        switch target {
        case .testId(let m) where !m.isRegex: return "testId: \(quote(m.text))\(nth)"
        case .role(let role, let name, let options) where options.isEmpty && name?.isRegex != true:
            return "role: \(quote(role))" + (name.map { ", name: \(quote($0.text))\(exact($0))" } ?? "") + nth
        case .label(let m) where !m.isRegex: return "label: \(quote(m.text))\(exact(m))\(nth)"
        case .placeholder(let m) where !m.isRegex: return "placeholder: \(quote(m.text))\(exact(m))\(nth)"
        case .text(let m) where !m.isRegex: return "text: \(quote(m.text))\(exact(m))\(nth)"
        case .css(let css): return "css: \(quote(css))\(nth)"
        case .xpath(let xp): return "xpath: \(quote(xp))\(nth)"
        default: return "css: \(quote(raw))"
        }
    }

    /// A YAML scalar: bare when unambiguous, else double-quoted with escapes.
    static func quote(_ s: String) -> String {
        let plain = !s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber || " _-./@".contains($0) }
            && !s.hasPrefix(" ") && !s.hasSuffix(" ") && !s.hasPrefix("-") && Double(s) == nil
            && !["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(s.lowercased())
        return plain ? s : StringLiteral.quoted(s)
    }

    static func origin(of url: String) -> Substring? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let end = rest.firstIndex(of: "/") ?? url.endIndex
        return url[..<end]
    }
}
