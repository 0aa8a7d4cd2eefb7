public import SceneLocator
public import Foundation
import SceneBundle

/// Reads expected actions from a recorder's `metadata.json` or a Playwright codegen JSONL file.
public enum ExpectedActionsLoader {
    /// Picks the format from the content: a JSON object with `actions`, or JSON lines.
    public static func load(url: URL) throws -> [ExpectedAction] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TraceError.badExpectations("cannot read \(url.path)")
        }
        if url.pathExtension == "jsonl" { return try codegen(data) }
        if (try? JSONSerialization.jsonObject(with: data)) is [String: Any] { return try recording(data) }
        return try codegen(data)
    }

    /// A recording (`metadata.json` of `scene record`, or the in-page recorder's `recorded.json`).
    public static func recording(_ data: Data) throws -> [ExpectedAction] {
        let metadata: RecordingMetadata
        do { metadata = try JSONDecoder().decode(RecordingMetadata.self, from: data) } catch {
            throw TraceError.badExpectations("not a recording: \(ErrorText.describe(error)) "
                + "(expected {\"actions\": [{\"kind\": \"click\", \"selectors\": {\"testId\": ...}, \"value\": ...}]})")
        }
        return try metadata.expectedActions()
    }

    /// A `playwright codegen --target jsonl` file: a header line, then one action per line.
    public static func codegen(_ data: Data) throws -> [ExpectedAction] {
        var result: [ExpectedAction] = []
        var splitter = LineSplitter(maxLineBytes: 1 << 20)
        var lineNumber = 0
        var badLines = 0
        let handle: (Data) -> Void = { line in
            lineNumber += 1
            guard let a = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] else { badLines += 1; return }
            guard let name = a["name"] as? String, let kind = codegenKind(name) else { return }
            let locators = (a["selector"] as? String).map { [Locator(selector: $0)] } ?? []
            var value: String?
            switch name {
            case "navigate": value = a["url"] as? String
            case "fill": value = a["text"] as? String
            case "press":
                let mods = Self.modifiers((a["modifiers"] as? NSNumber)?.intValue ?? 0)
                value = (mods + [a["key"] as? String ?? ""]).joined(separator: "+")
            case "select": value = (a["options"] as? [String])?.joined(separator: ", ")
            case "setInputFiles": value = (a["files"] as? [String])?.map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: ", ")
            case "assertText": value = a["text"] as? String
            case "assertValue": value = a["value"] as? String
            default: break
            }
            let isDouble = name == "click" && ((a["clickCount"] as? NSNumber)?.intValue ?? 1) >= 2
            result.append(ExpectedAction(kind: isDouble ? .dblclick : kind, locators: locators, value: value,
                                         url: name == "navigate" ? value : nil, source: "codegen:\(lineNumber)"))
        }
        splitter.feed(data, line: handle)
        splitter.finish(line: handle)
        if result.isEmpty && badLines > 0 {
            throw TraceError.badExpectations("no codegen actions found (\(badLines) unreadable lines)")
        }
        return result
    }

    static func codegenKind(_ name: String) -> ActionKind? {
        switch name {
        case "navigate": return .navigate
        case "click": return .click
        case "fill": return .fill
        case "press": return .press
        case "check": return .check
        case "uncheck": return .uncheck
        case "select": return .select
        case "setInputFiles": return .setInputFiles
        case "hover": return .hover
        case let n where n.hasPrefix("assert"): return .assert
        default: return nil // openPage, closePage: no user action in the trace
        }
    }

    /// Codegen's modifier bit mask: Alt=1, Control=2, Meta=4, Shift=8.
    static func modifiers(_ mask: Int) -> [String] {
        [(1, "Alt"), (2, "Control"), (4, "Meta"), (8, "Shift")].filter { mask & $0.0 != 0 }.map(\.1)
    }
}

/// The selector strategies a recorder captured for one element (`selectors` in metadata.json):
/// `testId`, `role` + `name`, `label`, `placeholder`, `text`, `id`, `css`, and `playwright` (a
/// Playwright selector, e.g. of an action merged from the trace). Unknown keys are ignored.
public enum RecordedSelectors {
    /// A locator per strategy found; `LocatorPriority` picks the one to keep.
    public static func locators(_ selectors: [String: String]) -> [Locator] {
        func value(_ key: String) -> String? { selectors[key].flatMap { $0.isEmpty ? nil : $0 } }
        var keys: [LocatorKeys] = []
        if let v = value("testId") { keys.append(LocatorKeys(testId: v)) }
        if let role = value("role"), let name = value("name") { keys.append(LocatorKeys(role: role, name: name)) }
        if let v = value("label") { keys.append(LocatorKeys(label: v)) }
        if let v = value("placeholder") { keys.append(LocatorKeys(placeholder: v)) }
        if let v = value("text") { keys.append(LocatorKeys(text: v)) }
        if let v = value("id") { keys.append(LocatorKeys(css: "#" + v)) }
        if let v = value("css") { keys.append(LocatorKeys(css: v)) }
        return (value("playwright").map { [Locator(selector: $0)] } ?? []) + keys.compactMap(Locator.init(keys:))
    }
}
