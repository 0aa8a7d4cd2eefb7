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

extension TaskSnippet {
    /// A task from a Chrome DevTools Recorder export, and the steps it could not convert (also
    /// written as comments where they were). Navigations on the flow's first origin become paths;
    /// key downs/ups become presses; a `change` becomes a fill (a select when its selectors name
    /// one; on a `<select>` the runner's fill selects); an absolute page scroll becomes a wheel
    /// scroll by the difference; `waitForElement` becomes `assertVisible`.
    public static func yaml(_ flow: ChromeRecording, taskId: String = "recorded", source: String) -> (yaml: String, notConverted: [String]) {
        var lines: [String] = []
        var notConverted: [String] = []
        let origin = flow.steps.first { $0.type == "navigate" }?.url.flatMap { Self.origin(of: $0) }
        var scrollY = 0.0
        for action in flow.actions {
            switch action {
            case .skipped(let index, let why):
                notConverted.append("step \(index + 1): \(why)")
                lines.append("# not converted: step \(index + 1): \(why)")
            case .press(_, let key):
                lines.append(StepShorthand.item(Step(kind: .press, value: key)))
            case .step(let index, let s):
                let locator = s.locators.first
                func onElement(_ kind: StepKind, value: String? = nil) -> String? {
                    locator.map { StepShorthand.item(Step(kind: kind, locator: $0, value: value)) }
                }
                var line: String?
                var comment: String?
                switch s.type {
                case "setViewport":
                    comment = "viewport \(s.width ?? 0)x\(s.height ?? 0) when recorded (viewports come from scene.yml)"
                case "navigate":
                    guard var url = s.url else { break }
                    if let origin, url.hasPrefix(origin) { url = String(url.dropFirst(origin.count)); if url.isEmpty { url = "/" } }
                    line = StepShorthand.item(Step(kind: .goto, value: url))
                case "click":
                    line = onElement(.click)
                    if s.button == "secondary" { comment = "a right click in the recording" }
                case "doubleClick": line = onElement(.dblclick)
                case "hover": line = onElement(.hover)
                case "change":
                    let secret = s.locators.contains { Step(kind: .fill, locator: $0).isSecret }
                    let isSelect = (s.selectors ?? []).joined().contains { part in
                        part.hasPrefix("select") || part.contains(" select") || part.contains(">select") || part.contains("[role=\"combobox\"]")
                    }
                    line = onElement(isSelect ? .select : .fill, value: secret ? userProvidedValue : (s.value ?? ""))
                    if secret { comment = "secret: recorded value left out, fill it in" }
                case "scroll":
                    if let locator, s.x == nil && s.y == nil {
                        line = StepShorthand.item(Step(kind: .scroll, locator: locator))
                    } else {
                        let y = s.y ?? 0
                        line = StepShorthand.item(Step(kind: .scroll, scrollY: Int((y - scrollY).rounded())))
                        scrollY = y
                    }
                case "waitForElement":
                    line = onElement(.assertVisible)
                    if let op = s.operator, op != ">=" || (s.count ?? 1) != 1 { comment = "recorded as waiting for \(op) \(s.count ?? 1) element(s)" }
                default: break
                }
                if s.type != "setViewport" && line == nil {
                    notConverted.append("step \(index + 1): \(s.type) without a selector")
                    lines.append("# not converted: step \(index + 1): \(s.type) without a selector")
                    continue
                }
                if let line { lines.append(line + (comment.map { "  # " + $0 } ?? "")) } else if let comment { lines.append("# " + comment) }
            }
        }
        var out = "# Imported with `scene import chrome-recorder` from \(source)"
        out += flow.title.isEmpty ? "\n" : " (\"\(flow.title.replacingOccurrences(of: "\n", with: " "))\")\n"
        out += "# Paste under `tasks:` in scene.yml and list \"\(taskId)\" in a page's tasks.\n"
        out += "tasks:\n  - id: \(taskId)\n    steps:\n"
        let steps = lines.filter { !$0.hasPrefix("#") }
        for line in lines { out += "      " + line + "\n" }
        if steps.isEmpty { out += "      - wait: {ms: 0}\n" }
        return (out, notConverted)
    }
}
