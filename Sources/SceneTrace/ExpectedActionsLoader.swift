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

/// The selector strategies a recorder captured for one element (`LocatorPriority` picks the one to keep).
public struct RecordedSelectors: Sendable, Equatable {
    public var testId: String?
    public var role: String?
    public var name: String?
    public var label: String?
    public var placeholder: String?
    public var text: String?
    public var id: String?
    public var css: String?
    /// A Playwright selector (e.g. from a trace-merged action).
    public var playwright: String?

    public init(testId: String? = nil, role: String? = nil, name: String? = nil, label: String? = nil, placeholder: String? = nil,
                text: String? = nil, id: String? = nil, css: String? = nil, playwright: String? = nil) {
        self.testId = testId; self.role = role; self.name = name; self.label = label; self.placeholder = placeholder
        self.text = text; self.id = id; self.css = css; self.playwright = playwright
    }

    /// The keys of `metadata.json`'s `selectors` (unknown keys are ignored).
    public init(_ selectors: [String: String]) {
        func s(_ k: String) -> String? { selectors[k].flatMap { $0.isEmpty ? nil : $0 } }
        self.init(testId: s("testId"), role: s("role"), name: s("name"), label: s("label"), placeholder: s("placeholder"),
                  text: s("text"), id: s("id"), css: s("css"), playwright: s("playwright"))
    }

    public var locators: [Locator] {
        var out: [Locator] = []
        if let playwright { out.append(Locator(selector: playwright)) }
        if let testId { out.append(Locator([.testId(TextMatch(testId, exact: true))])) }
        if let role, let name { out.append(Locator([.role(role, name: TextMatch(name), options: [])])) }
        if let label { out.append(Locator([.label(TextMatch(label))])) }
        if let placeholder { out.append(Locator([.placeholder(TextMatch(placeholder))])) }
        if let text { out.append(Locator([.text(TextMatch(text))])) }
        if let id { out.append(Locator([.css("#" + id)])) }
        if let css { out.append(Locator([.css(css)])) }
        return out
    }
}
