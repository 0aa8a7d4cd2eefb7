public import Foundation
import SceneBundle

/// A recording of what a user did, in any format Scene reads; the format is told from the content.
/// Each format has its own type (read with it, nowhere else): Scene's own `metadata.json`
/// (`RecordingMetadata`), the common recorder shape (`CommonRecording`), a Chrome DevTools
/// Recorder export (`ChromeRecording`) and Playwright codegen JSON lines (`CodegenRecording`).
public enum Recording: Sendable, Equatable {
    case scene(RecordingMetadata)
    case common(CommonRecording)
    case chromeRecorder(ChromeRecording)
    case codegen(CodegenRecording)

    public enum Format: String, Sendable, CaseIterable {
        case scene, common, chromeRecorder = "chrome-recorder", codegen
        /// What it looks like, for error messages.
        public var shape: String {
            switch self {
            case .scene: return ##"Scene recording (metadata.json): {"actions": [{"kind": "click", "selectors": {"testId": …}}]}"##
            case .common: return ##"recorder actions: {"actions": [{"action": "click", "selector": "#id", "value": …}]}"##
            case .chromeRecorder: return ##"Chrome DevTools Recorder export: {"title": …, "steps": [{"type": "click", "selectors": [["#id"]]}]}"##
            case .codegen: return ##"Playwright codegen JSONL: one {"name": "click", "selector": …} per line"##
            }
        }
    }

    public var format: Format {
        switch self {
        case .scene: return .scene
        case .common: return .common
        case .chromeRecorder: return .chromeRecorder
        case .codegen: return .codegen
        }
    }

    /// Reads the file at `url` (JSON lines when it ends in `.jsonl`, else told from the content).
    public static func load(url: URL) throws -> Recording {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw TraceError.badExpectations("cannot read \(url.path)") }
        return try read(data, jsonLines: url.pathExtension.lowercased() == "jsonl")
    }

    /// Tells the format from the content: a JSON object with `steps` of `{type}` (Chrome), with
    /// `actions` of `{kind}` (Scene) or `{action}` (common), a bare list of `{action}`, or JSON lines
    /// with `name` (codegen). Anything else is refused with the fields found and the formats known.
    public static func read(_ data: Data, jsonLines: Bool = false) throws -> Recording {
        if jsonLines { return .codegen(try CodegenRecording(data)) }
        guard let json = try? JSONSerialization.jsonObject(with: data) else {
            // Not one JSON document: JSON lines, or nothing Scene reads.
            let codegen = try? CodegenRecording(data)
            if let codegen, !codegen.actions.isEmpty { return .codegen(codegen) }
            throw TraceError.badExpectations("not a recording: the file is neither JSON nor JSON lines. Formats known: "
                + Format.allCases.map(\.shape).joined(separator: "; "))
        }
        let format: Format
        switch json {
        case let object as [String: Any]:
            if let steps = object["steps"] as? [[String: Any]], steps.isEmpty || steps.contains(where: { $0["type"] != nil }) {
                format = .chromeRecorder
            } else if let actions = object["actions"] as? [[String: Any]] {
                if actions.contains(where: { $0["kind"] != nil }) || actions.isEmpty { format = .scene }
                else if actions.contains(where: { $0["action"] != nil }) { format = .common }
                else { throw unknown(fields: object.keys.sorted(), actionFields: Set(actions.flatMap(\.keys)).sorted()) }
            } else if object["name"] != nil || object["browserName"] != nil {
                format = .codegen
            } else {
                throw unknown(fields: object.keys.sorted(), actionFields: nil)
            }
        case let list as [[String: Any]] where list.contains(where: { $0["action"] != nil }):
            format = .common
        case let list as [Any]:
            let fields = Set(list.compactMap { $0 as? [String: Any] }.flatMap(\.keys)).sorted()
            throw TraceError.badExpectations("not a recording Scene knows: a list of \(list.count) item(s)"
                + (fields.isEmpty ? "" : " with fields " + fields.joined(separator: ", ")) + ". Formats known: "
                + Format.allCases.map(\.shape).joined(separator: "; "))
        default:
            throw TraceError.badExpectations("not a recording: the JSON is a single value. Formats known: " + Format.allCases.map(\.shape).joined(separator: "; "))
        }
        do {
            switch format {
            case .scene: return .scene(try JSONDecoder().decode(RecordingMetadata.self, from: data))
            case .common: return .common(try JSONDecoder().decode(CommonRecording.self, from: data))
            case .chromeRecorder: return .chromeRecorder(try JSONDecoder().decode(ChromeRecording.self, from: data))
            case .codegen: return .codegen(try CodegenRecording(data))
            }
        } catch let error as TraceError {
            throw error
        } catch {
            throw TraceError.badExpectations("looks like a \(format.shape), but \(ErrorText.message(error))")
        }
    }

    static func unknown(fields: [String], actionFields: [String]?) -> TraceError {
        var text = "not a recording Scene knows: top-level fields " + (fields.isEmpty ? "(none)" : fields.joined(separator: ", "))
        if let actionFields { text += "; action fields " + (actionFields.isEmpty ? "(none)" : actionFields.joined(separator: ", ")) }
        return TraceError.badExpectations(text + ". Formats known: " + Format.allCases.map(\.shape).joined(separator: "; "))
    }

    /// The recording's actions, to align with a trace.
    public func expectedActions() throws -> [ExpectedAction] {
        switch self {
        case .scene(let m): return try m.expectedActions()
        case .common(let c): return try c.expectedActions()
        case .chromeRecorder(let c): return c.expectedActions()
        case .codegen(let c): return c.expectedActions()
        }
    }

    /// Steps of the recording that have no counterpart in a trace and were left out (Chrome's `waitForExpression`...).
    public var skipped: [String] {
        if case .chromeRecorder(let c) = self { return c.skipped }
        return []
    }
}
