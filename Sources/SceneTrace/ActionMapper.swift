import SceneLocator
/// Turns recorded protocol calls into user-level actions. Calls that are not something a
/// user does (evaluate, waitForSelector, screenshot, tracing...) are left out.
public enum ActionMapper {
    public static func actions(from model: TraceModel) -> [TraceAction] {
        var actions: [TraceAction] = []
        var pageURL: [String: String] = [:]
        var lastURL: [Int: String] = [:]
        // Per context and page, frames sorted by time, for binary search.
        var framesByPage: [String: [ScreencastFrame]] = [:]
        for frame in model.frames { framesByPage["\(frame.context) \(frame.pageId)", default: []].append(frame) }
        for key in framesByPage.keys { framesByPage[key]!.sort { $0.timestamp < $1.timestamp } }
        let framesByContext = Dictionary(grouping: model.frames, by: \.context).mapValues { $0.sorted { $0.timestamp < $1.timestamp } }
        for call in model.calls {
            guard let (kind, value) = classify(call) else { continue }
            let pageKey = call.pageId ?? "context\(call.context)"
            var url = call.frameURL ?? pageURL[pageKey] ?? lastURL[call.context]
            if kind == .navigate, let target = call.params["url"]?.string {
                url = resolve(target, base: model.contexts[call.context].baseURL)
            }
            if let navigated = call.navigatedURL { url = kind == .navigate || kind == .reload || kind == .goBack || kind == .goForward ? navigated : url }
            let selector = call.params["selector"]?.string
            let locator = selector.map { Locator(selector: $0) }
            let secret = call.sensitive || (kind.entersText && Self.looksSecret(selector))
            let start = model.relativeMs(context: call.context, call.startTime)
            let duration = call.endTime.map { max(0, $0 - call.startTime) }
            var action = TraceAction(
                index: actions.count, kind: kind, locator: locator, selector: selector,
                value: secret && kind.entersText ? nil : value, redacted: secret && kind.entersText, url: url,
                startMs: start, durationMs: duration,
                status: call.error != nil ? .failed : (call.endTime == nil ? .unfinished : .passed),
                error: call.error, point: call.point ?? clickPoint(call), box: call.box,
                method: "\(call.className).\(call.method)", callId: call.callId, context: call.context,
                target: selector != nil ? call.target : nil)
            let candidates = call.pageId.flatMap { framesByPage["\(call.context) \($0)"] } ?? framesByContext[call.context] ?? []
            action.frames = nearbyFrames(candidates, start: call.startTime, end: call.endTime)
            actions.append(action)
            if let u = (kind == .navigate || kind == .reload || kind == .goBack || kind == .goForward) ? (call.navigatedURL ?? url) : url {
                pageURL[pageKey] = u
                lastURL[call.context] = u
            }
        }
        return actions
    }

    /// The waits of a trace: for an element (`waitForSelector`, `locator.waitFor`; value = the state
    /// waited for, `visible` by default) or a time (`waitForTimeout`; value = milliseconds). They are
    /// kept apart from the actions: not what a user does, but what a reproduction must do too.
    public static func waits(from model: TraceModel) -> [TraceAction] {
        var waits: [TraceAction] = []
        for call in model.calls where call.className != "Test" {
            let value: String
            var selector: String?
            switch call.method {
            case "waitForSelector":
                guard let s = call.params["selector"]?.string else { continue }
                selector = s
                value = call.params["state"]?.string ?? "visible"
            case "waitForTimeout":
                guard let ms = call.params["waitTimeout"]?.double ?? call.params["timeout"]?.double else { continue }
                value = "\(Int(ms))"
            default: continue
            }
            waits.append(TraceAction(
                index: waits.count, kind: .wait, locator: selector.map { Locator(selector: $0) }, selector: selector, value: value,
                url: call.frameURL, startMs: model.relativeMs(context: call.context, call.startTime),
                durationMs: call.endTime.map { max(0, $0 - call.startTime) },
                status: call.error != nil ? .failed : (call.endTime == nil ? .unfinished : .passed), error: call.error,
                method: "\(call.className).\(call.method)", callId: call.callId, context: call.context))
        }
        return waits
    }

    /// The action kind and value of a call, or nil when the call is not a user action.
    static func classify(_ call: TraceCall) -> (ActionKind, String?)? {
        let p = call.params
        if call.className == "Test" { return nil }
        switch call.method {
        case "goto": return (.navigate, p["url"]?.string)
        case "click", "tap", "mouseClick":
            return ((p["clickCount"]?.double ?? 1) >= 2 ? .dblclick : .click, nil)
        case "dblclick", "mouseDblclick": return (.dblclick, nil)
        case "fill": return (.fill, p["value"]?.string)
        case "type", "pressSequentially", "keyboardType", "keyboardInsertText": return (.type, p["text"]?.string)
        case "press", "keyboardPress": return (.press, p["key"]?.string)
        case "check": return (.check, nil)
        case "uncheck": return (.uncheck, nil)
        case "setChecked": return (p["checked"]?.bool == false ? .uncheck : .check, nil)
        case "selectOption": return (.select, selectedOptions(p))
        case "setInputFiles": return (.setInputFiles, fileNames(p))
        case "hover": return (.hover, nil)
        case "mouseWheel":
            return (.scroll, "\(Int(p["deltaX"]?.double ?? 0)),\(Int(p["deltaY"]?.double ?? 0))")
        case "scrollIntoViewIfNeeded": return (.scroll, nil)
        case "goBack": return (.goBack, nil)
        case "goForward": return (.goForward, nil)
        case "reload": return (.reload, nil)
        case "expect": return (.assert, assertion(p))
        case "dispatchEvent": return p["type"]?.string == "click" ? (.click, nil) : nil
        default: return nil
        }
    }

    static func selectedOptions(_ p: JSONValue) -> String? {
        var values: [String] = []
        for option in p["options"]?.array ?? [] {
            if let s = option["valueOrLabel"]?.string ?? option["value"]?.string ?? option["label"]?.string {
                values.append(s)
            } else if let i = option["index"]?.double {
                values.append("#\(Int(i))")
            }
        }
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    static func fileNames(_ p: JSONValue) -> String? {
        var names = (p["payloads"]?.array ?? p["files"]?.array ?? []).compactMap { $0["name"]?.string }
        names += (p["localPaths"]?.array ?? []).compactMap { $0.string?.split(separator: "/").last.map(String.init) }
        if let dir = p["localDirectory"]?.string { names.append(dir.split(separator: "/").last.map(String.init) ?? dir) }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    /// `to.have.text "Welcome"` / `not to.be.visible`.
    static func assertion(_ p: JSONValue) -> String? {
        guard let expression = p["expression"]?.string else { return nil }
        var text = (p["isNot"]?.bool == true ? "not " : "") + expression
        let expected = (p["expectedText"]?.array ?? []).compactMap { $0["string"]?.string ?? $0["regexSource"]?.string }
        if !expected.isEmpty { text += " " + expected.map { StringLiteral.quoted($0) }.joined(separator: ", ") }
        else if let n = p["expectedNumber"]?.double { text += " \(n)" }
        return text
    }

    static func clickPoint(_ call: TraceCall) -> TraceCall.Point? {
        guard call.method.hasPrefix("mouse"), let x = call.params["x"]?.double, let y = call.params["y"]?.double else { return nil }
        return TraceCall.Point(x: x, y: y)
    }

    /// A selector that names a password field even when the log did not say so.
    static func looksSecret(_ selector: String?) -> Bool {
        guard let s = selector?.lowercased() else { return false }
        return s.contains("password") || s.contains("passwd") || s.contains("type=\"password\"") || s.contains("secret")
    }

    static func resolve(_ url: String, base: String?) -> String {
        guard let base, !url.contains("://"), url.hasPrefix("/") else { return url }
        var b = base
        while b.hasSuffix("/") { b.removeLast() }
        if let scheme = b.range(of: "://"), let slash = b[scheme.upperBound...].firstIndex(of: "/") { b = String(b[..<slash]) }
        return b + url
    }

    /// The last frame painted before the call and the first one after it ended, from time-sorted frames.
    static func nearbyFrames(_ frames: [ScreencastFrame], start: Double, end: Double?) -> [ScreencastFrame] {
        func firstIndex(atOrAfter t: Double) -> Int {
            var low = 0, high = frames.count
            while low < high { let mid = (low + high) / 2; if frames[mid].timestamp < t { low = mid + 1 } else { high = mid } }
            return low
        }
        var result: [ScreencastFrame] = []
        let afterStart = firstIndex(atOrAfter: start)
        if afterStart < frames.count, frames[afterStart].timestamp == start { result.append(frames[afterStart]) }
        else if afterStart > 0 { result.append(frames[afterStart - 1]) }
        let after = firstIndex(atOrAfter: end ?? start)
        if after < frames.count, frames[after] != result.last { result.append(frames[after]) }
        return result
    }
}
