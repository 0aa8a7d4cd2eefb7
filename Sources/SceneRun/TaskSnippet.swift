import SceneConfig
import SceneLocator
public import SceneTrace

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
            var comments: [String] = []
            if action.addedFromTrace { comments.append("added from the trace") }
            if action.redacted == true { comments.append("secret: not recorded, fill it in") }
            out += "      \(StepShorthand.item(step))\(comments.isEmpty ? "" : "  # " + comments.joined(separator: "; "))\n"
            lines += 1
        }
        if lines == 0 { out += "      - wait: 0\n" }
        return out
    }

    /// The step that repeats a recorded action; nil for one scene.yml cannot spell (a file upload).
    static func step(_ a: RecordingMetadata.Action, origin: Substring?) -> Step? {
        let locator = a.locators.first
        func onElement(_ kind: StepKind, value: String? = nil) -> Step? { locator.map { Step(kind: kind, locator: $0, value: value) } }
        switch a.kind {
        case "navigate":
            guard var url = a.value ?? a.url else { return nil }
            if let origin, url.hasPrefix(origin) { url = String(url.dropFirst(origin.count)); if url.isEmpty { url = "/" } }
            return Step(kind: .goto, value: url)
        case "click": return onElement(.click)
        case "dblclick": return onElement(.dblclick)
        case "hover": return onElement(.hover)
        case "check": return onElement(.check)
        case "uncheck": return onElement(.uncheck)
        case "fill", "type", "select":
            let value = a.redacted == true ? userProvidedValue : (a.value ?? "")
            return onElement(a.kind == "select" ? .select : a.kind == "type" ? .type : .fill, value: value)
        case "press": return Step(kind: .press, locator: locator, value: a.value ?? "Enter")
        case "scroll":
            if let locator { return Step(kind: .scroll, locator: locator) }
            let dy = (a.value ?? "0,0").split(separator: ",").last.flatMap { Int($0) } ?? 0
            return Step(kind: .scroll, scrollY: dy)
        case "goBack": return Step(kind: .evaluate, value: "history.back()")
        case "goForward": return Step(kind: .evaluate, value: "history.forward()")
        case "reload": return Step(kind: .evaluate, value: "location.reload()")
        case "assert": return onElement(.assertVisible)
        default: return nil
        }
    }

    static func origin(of url: String) -> Substring? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let end = rest.firstIndex(of: "/") ?? url.endIndex
        return url[..<end]
    }
}
