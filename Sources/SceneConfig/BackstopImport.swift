public import Foundation
import Yams

/// Converts a BackstopJS config (`backstop.json`) into a `scene.yml`, and lists what it
/// could not carry over. Pure: JSON bytes in, YAML text and notes out.
public enum BackstopImport {
    public struct Result: Sendable {
        /// The scene.yml text (ConfigLoader accepts it).
        public var yaml: String
        /// One line per setting that was not converted, or converted only in part.
        public var notConverted: [String]
        public var pages: Int
        public var viewports: Int
    }

    public struct ImportError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { "error: \(message)" }
    }

    /// Settings of the whole file that Scene has no place for (it always uses its own Playwright runner and bundle layout).
    static let ignoredTopLevel = ["engine", "engineOptions", "paths", "report", "onBeforeScript", "onReadyScript", "debug",
                                  "debugWindow", "resembleOutputOptions", "asyncCompareLimit", "dockerCommandTemplate",
                                  "archiveReport", "ci", "fileNameTemplate", "scenarioLogsInReports", "baseline"]
    static let knownScenarioKeys: Set<String> = [
        "label", "url", "referenceUrl", "readySelector", "delay", "hideSelectors", "removeSelectors", "clickSelector",
        "clickSelectors", "hoverSelector", "hoverSelectors", "keyPressSelectors", "postInteractionWait", "scrollToSelector",
        "selectors", "misMatchThreshold", "requireSameDimensions", "viewports",
    ]

    public static func convert(json data: Data, source: String = "backstop.json") throws -> Result {
        guard data.count <= 8 << 20 else { throw ImportError(message: "\(source) is larger than 8 MiB") }
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: data) } catch {
            throw ImportError(message: "\(source) is not valid JSON (\(error.localizedDescription))")
        }
        guard let root = parsed as? [String: Any] else { throw ImportError(message: "\(source): the top level must be an object") }
        var notes: [String] = []

        // Viewports.
        var viewportNodes: [Node] = []
        var viewportNames = UniqueIds()
        for (i, item) in (root["viewports"] as? [Any] ?? []).enumerated() {
            guard let v = item as? [String: Any], let w = int(v["width"]), let h = int(v["height"]),
                  (1 ... 10_000).contains(w), (1 ... 10_000).contains(h) else {
                notes.append("viewports[\(i)]: needs width and height from 1 to 10000; skipped"); continue
            }
            let name = viewportNames.make(from: (v["label"] ?? v["name"]) as? String ?? "\(w)x\(h)")
            viewportNodes.append(mapping([("name", scalar(name)), ("width", scalar(w)), ("height", scalar(h))]))
        }
        if viewportNodes.isEmpty { notes.append("viewports: none given; Scene's default (desktop 1280x800) applies") }

        // Scenarios -> pages (+ one task per scenario with interactions).
        var pageNodes: [Node] = [], taskNodes: [Node] = []
        var pageIds = UniqueIds()
        var thresholds: [Double: [String]] = [:]
        let scenarios = root["scenarios"] as? [Any] ?? []
        if scenarios.isEmpty { throw ImportError(message: "\(source): no scenarios to convert") }
        for (i, item) in scenarios.enumerated() {
            let at = "scenarios[\(i)]"
            guard let s = item as? [String: Any] else { notes.append("\(at): not an object; skipped"); continue }
            guard let url = s["url"] as? String, !url.isEmpty else { notes.append("\(at): no url; skipped"); continue }
            let label = s["label"] as? String ?? "scenario-\(i + 1)"
            let id = pageIds.make(from: label)
            let named = "\(at) (\(label))"
            var page: [(String, Node)] = [("id", scalar(id)), ("url", scalar(url))]
            if let ref = s["referenceUrl"] as? String, !ref.isEmpty { page.append(("referenceURL", scalar(ref))) }
            if let hide = strings(s["hideSelectors"]), !hide.isEmpty { page.append(("hide", sequence(hide))) }
            if let remove = strings(s["removeSelectors"]), !remove.isEmpty { page.append(("remove", sequence(remove))) }
            if let ready = s["readySelector"] as? String, !ready.isEmpty { page.append(("readySelector", scalar(ready))) }
            if let delay = int(s["delay"]), delay > 0 { page.append(("waitMs", scalar(min(delay, 600_000)))) }
            if let selectors = strings(s["selectors"]), !selectors.isEmpty {
                let whole = selectors.filter { $0 == "document" || $0 == "viewport" }
                if whole == ["viewport"] { page.append(("fullPage", scalar(false))) }
                let elements = selectors.filter { $0 != "document" && $0 != "viewport" }
                if !elements.isEmpty {
                    notes.append("\(named): selectors \(elements.joined(separator: ", ")): element captures are not converted; the page is captured whole")
                }
            }
            let steps = interactionSteps(s)
            if !steps.isEmpty {
                page.append(("tasks", sequence([id])))
                taskNodes.append(mapping([("id", scalar(id)), ("steps", .sequence(Node.Sequence(steps)))]))
            }
            let threshold = double(s["misMatchThreshold"]) ?? double(root["misMatchThreshold"]) ?? 0.1
            thresholds[min(max(threshold, 0), 100), default: []].append(id)
            if (s["requireSameDimensions"] as? Bool) == false {
                notes.append("\(named): requireSameDimensions false is not converted; Scene reports a size change as a layout difference")
            }
            if let v = s["viewports"] as? [Any], !v.isEmpty {
                notes.append("\(named): its own viewports are not converted; it runs at the top-level viewports")
            }
            for key in s.keys.sorted() where !knownScenarioKeys.contains(key) && isSet(s[key]) {
                let why: String
                switch key {
                case "onReadyScript", "onBeforeScript": why = "scripts are not converted: express them as steps of its task"
                case "cookiePath": why = "cookies are not converted: add setCookie steps"
                case "readyEvent": why = "a console message to wait for is not converted: use readySelector or a wait step"
                default: why = "not converted"
                }
                notes.append("\(named): \(key): \(why)")
            }
            pageNodes.append(mapping(page))
        }
        guard !pageNodes.isEmpty else { throw ImportError(message: "\(source): no scenario could be converted:\n" + notes.joined(separator: "\n")) }

        // Batches: one per distinct misMatchThreshold (Scene's thresholds belong to batches).
        var batchNodes: [Node] = []
        let ordered = thresholds.keys.sorted()
        for threshold in ordered {
            var batch: [(String, Node)] = [("id", scalar(ordered.count == 1 ? "backstop" : "backstop-\(formatted(threshold))"))]
            if ordered.count > 1 { batch.append(("pages", sequence(thresholds[threshold]!))) }
            batch.append(("thresholds", mapping([("minor", scalar(threshold)), ("major", scalar(max(threshold, 1.0))), ("failOn", scalar("minor"))])))
            if let limit = int(root["asyncCaptureLimit"]), (1 ... 256).contains(limit) { batch.append(("concurrency", scalar(limit))) }
            batchNodes.append(mapping(batch))
        }
        for key in ignoredTopLevel where isSet(root[key]) {
            notes.append("\(key): not converted (Scene runs its own Playwright runner and keeps its own folders and report)")
        }

        let project = mapping([("name", scalar(root["id"] as? String ?? "backstop"))])
        var top: [(String, Node)] = [("project", project)]
        if !viewportNodes.isEmpty { top.append(("viewports", .sequence(Node.Sequence(viewportNodes)))) }
        top.append(("pages", .sequence(Node.Sequence(pageNodes))))
        if !taskNodes.isEmpty { top.append(("tasks", .sequence(Node.Sequence(taskNodes)))) }
        top.append(("batches", .sequence(Node.Sequence(batchNodes))))
        let body = try Yams.serialize(node: mapping(top), width: -1, allowUnicode: true, sortKeys: false)
        var header = "# Converted from \(URL(fileURLWithPath: source).lastPathComponent) by `scene import backstop`.\n"
        if !notes.isEmpty {
            header += "# Not converted (review these):\n" + notes.map { "#   - \($0.replacingOccurrences(of: "\n", with: " "))\n" }.joined()
        }
        return Result(yaml: header + body, notConverted: notes, pages: pageNodes.count, viewports: viewportNodes.count)
    }

    /// Backstop's interaction order (its click-and-hover helper): key presses, hovers,
    /// clicks, the post-interaction wait, then scrolling to an element.
    static func interactionSteps(_ s: [String: Any]) -> [Node] {
        var steps: [Node] = []
        for press in s["keyPressSelectors"] as? [Any] ?? [] {
            guard let p = press as? [String: Any], let css = p["selector"] as? String, let text = p["keyPress"] as? String else { continue }
            steps.append(mapping([("type", mapping([("css", scalar(css)), ("value", scalar(text))]))]))
        }
        for css in (strings(s["hoverSelectors"]) ?? []) + [s["hoverSelector"] as? String].compactMap({ $0 }) where !css.isEmpty {
            steps.append(mapping([("hover", scalar(css))]))
        }
        for css in (strings(s["clickSelectors"]) ?? []) + [s["clickSelector"] as? String].compactMap({ $0 }) where !css.isEmpty {
            steps.append(mapping([("click", scalar(css))]))
        }
        if let wait = int(s["postInteractionWait"]), wait > 0 {
            steps.append(mapping([("wait", scalar(min(wait, 600_000)))]))
        } else if let css = s["postInteractionWait"] as? String, !css.isEmpty {
            steps.append(mapping([("wait", mapping([("css", scalar(css))]))]))
        }
        if let css = s["scrollToSelector"] as? String, !css.isEmpty {
            steps.append(mapping([("scroll", mapping([("css", scalar(css))]))]))
        }
        return steps
    }

    /// Readable ids (letters, digits, `.`, `_`, `-`), unique within one kind.
    struct UniqueIds {
        private var used: Set<String> = []
        mutating func make(from label: String) -> String {
            var id = ""
            for ch in label.lowercased() {
                if ch.isASCII && (ch.isLetter || ch.isNumber || ch == "." || ch == "_") { id.append(ch) }
                else if !id.hasSuffix("-") { id.append("-") }
            }
            id = String(id.trimmingCharacters(in: CharacterSet(charactersIn: "-.")).prefix(90))
            if id.isEmpty { id = "item" }
            var candidate = id, n = 2
            while used.contains(candidate) { candidate = "\(id)-\(n)"; n += 1 }
            used.insert(candidate)
            return candidate
        }
    }

    static func int(_ v: Any?) -> Int? {
        guard let d = double(v), abs(d) < 1e12 else { return nil }
        return Int(d.rounded())
    }
    /// A setting worth a note: present and not empty, null or false.
    static func isSet(_ v: Any?) -> Bool {
        switch v {
        case nil, is NSNull: return false
        case let s as String: return !s.isEmpty
        case let a as [Any]: return !a.isEmpty
        case let b as Bool: return b
        default: return true
        }
    }
    static func double(_ v: Any?) -> Double? { (v as? NSNumber).map(\.doubleValue).flatMap { $0.isFinite ? $0 : nil } }
    static func strings(_ v: Any?) -> [String]? { (v as? [Any])?.compactMap { $0 as? String } }
    static func formatted(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(d) }

    static func scalar(_ s: String) -> Node { Node(s, Tag(.str), s.isEmpty || needsQuotes(s) ? .doubleQuoted : .plain) }
    static func scalar(_ i: Int) -> Node { Node(String(i), Tag(.int)) }
    static func scalar(_ d: Double) -> Node { Node(formatted(d), Tag(.float)) }
    static func scalar(_ b: Bool) -> Node { Node(b ? "true" : "false", Tag(.bool)) }
    static func sequence(_ items: [String]) -> Node { .sequence(Node.Sequence(items.map(scalar))) }
    static func mapping(_ pairs: [(String, Node)]) -> Node { .mapping(Node.Mapping(pairs.map { (Node($0.0), $0.1) })) }

    /// Plain scalars that YAML would read as something else (or choke on) get quotes: selectors
    /// starting with `#`, `.`, `[`, `*`, `&`, `!`, values like `yes`, numbers, etc.
    static func needsQuotes(_ s: String) -> Bool {
        if let first = s.first, "#.[]{}*&!|>'\"%@`,?:-~ ".contains(first) { return true }
        if s.contains(": ") || s.contains(" #") || s.hasSuffix(":") || s.hasSuffix(" ") { return true }
        let lowered = s.lowercased()
        if ["yes", "no", "true", "false", "on", "off", "null", "~", "y", "n"].contains(lowered) { return true }
        return Double(s) != nil || Int(s) != nil
    }
}
