public import Foundation
import SceneLocator

/// A `playwright codegen --target jsonl` file: a header line (browser and context options), then
/// one action per line (`{"name": "click", "selector": "internal:role=…", ...}`).
public struct CodegenRecording: Sendable, Equatable {
    public struct Action: Decodable, Sendable, Equatable {
        public var name: String
        public var selector: String?
        public var url: String?
        public var text: String?
        public var key: String?
        /// Alt=1, Control=2, Meta=4, Shift=8.
        public var modifiers: Int?
        public var options: [String]?
        public var files: [String]?
        public var clickCount: Int?
        public var value: String?
    }

    /// Each action with its line number (1-based).
    public var actions: [(line: Int, action: Action)]
    /// Lines that are not JSON objects.
    public var unreadableLines: Int

    public static func == (a: CodegenRecording, b: CodegenRecording) -> Bool {
        a.unreadableLines == b.unreadableLines && a.actions.map(\.line) == b.actions.map(\.line) && a.actions.map(\.action) == b.actions.map(\.action)
    }

    /// Reads the lines; the header and lines without a `name` are passed over, lines that are not
    /// JSON objects counted. No action and unreadable lines: an error.
    public init(_ data: Data) throws {
        var actions: [(Int, Action)] = []
        var unreadable = 0
        var splitter = LineSplitter(maxLineBytes: 1 << 20)
        var lineNumber = 0
        let decoder = JSONDecoder()
        let handle: (Data) -> Void = { line in
            lineNumber += 1
            guard (try? JSONSerialization.jsonObject(with: line)) is [String: Any] else { unreadable += 1; return }
            if let action = try? decoder.decode(Action.self, from: line) { actions.append((lineNumber, action)) }
        }
        splitter.feed(data, line: handle)
        splitter.finish(line: handle)
        if actions.isEmpty && unreadable > 0 {
            throw TraceError.badExpectations("no codegen actions found (\(unreadable) unreadable lines)")
        }
        self.actions = actions
        self.unreadableLines = unreadable
    }

    public func expectedActions() -> [ExpectedAction] {
        actions.compactMap { line, a in
            guard let kind = Self.kind(a.name) else { return nil }
            let locators = a.selector.map { [Locator(selector: $0)] } ?? []
            var value: String?
            switch a.name {
            case "navigate": value = a.url
            case "fill": value = a.text
            case "press": value = (Self.modifiers(a.modifiers ?? 0) + [a.key ?? ""]).joined(separator: "+")
            case "select": value = a.options?.joined(separator: ", ")
            case "setInputFiles": value = a.files?.map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: ", ")
            case "assertText": value = a.text
            case "assertValue": value = a.value
            default: break
            }
            let isDouble = a.name == "click" && (a.clickCount ?? 1) >= 2
            return ExpectedAction(kind: isDouble ? .dblclick : kind, locators: locators, value: value,
                                  url: a.name == "navigate" ? value : nil, source: "codegen:\(line)")
        }
    }

    static func kind(_ name: String) -> ActionKind? {
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
