public import Foundation
import Yams

/// Loads `scene.yml`: reads, checks, converts, and cross-checks, reporting every problem at once.
public enum ConfigLoader {
    /// Limits that keep hostile files from costing time or memory.
    public struct Limits: Sendable {
        public var maxBytes = 4 * 1024 * 1024
        public var maxNesting = 64
        public var maxNodes = 200_000
        public init() {}
    }

    /// Loads and validates the file. Throws `ConfigDiagnostics` when any error is found;
    /// warnings alone do not throw (see `validate`).
    public static func load(path: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                            limits: Limits = Limits()) throws -> Config {
        let (config, diagnostics) = validate(path: path, environment: environment, limits: limits)
        guard let config, !diagnostics.contains(where: { $0.severity == .error }) else { throw ConfigDiagnostics(diagnostics) }
        return config
    }

    /// Every diagnostic of the file, and the config when it could be built.
    public static func validate(path: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                                limits: Limits = Limits()) -> (Config?, [Diagnostic]) {
        func fail(_ message: String, line: Int = 1, column: Int = 1, hint: String? = nil) -> (Config?, [Diagnostic]) {
            (nil, [Diagnostic(file: path, line: line, column: column, message: message, keyPath: "", hint: hint)])
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes else {
            return fail("cannot read config file", hint: "run `scene init` to write a starter scene.yml")
        }
        if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
            return fail("is a folder, not a config file")
        }
        if let size = attributes[.size] as? Int, size > limits.maxBytes {
            return fail("file is \(size) bytes; a config may be at most \(limits.maxBytes) bytes", hint: "is this really a scene.yml?")
        }
        guard let data = FileManager.default.contents(atPath: path) else { return fail("cannot read config file") }
        return validate(data: data, file: path, environment: environment, limits: limits)
    }

    /// Validates config text; `file` is used in messages and to resolve relative paths.
    public static func validate(data: Data, file: String, environment: [String: String] = [:],
                                limits: Limits = Limits()) -> (Config?, [Diagnostic]) {
        func fail(_ message: String, line: Int = 1, column: Int = 1, hint: String? = nil) -> (Config?, [Diagnostic]) {
            (nil, [Diagnostic(file: file, line: line, column: column, message: message, keyPath: "", hint: hint)])
        }
        if data.count > limits.maxBytes {
            return fail("file is \(data.count) bytes; a config may be at most \(limits.maxBytes) bytes")
        }
        if let nul = data.firstIndex(of: 0) {
            let (line, column) = position(of: nul - data.startIndex, in: data)
            return fail("binary data (a NUL byte) in a text file", line: line, column: column)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return fail("the file is not valid UTF-8 text")
        }
        if let (line, column) = tooDeep(text, limit: limits.maxNesting) {
            return fail("values are nested more than \(limits.maxNesting) levels deep", line: line, column: column,
                        hint: "a scene.yml is a few levels deep; is this the right file?")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return fail(yamlMessage(error).message, line: yamlMessage(error).line, column: yamlMessage(error).column)
        } catch {
            return fail("cannot parse YAML: \(error)")
        }
        guard let root else {
            return fail("the config file is empty", hint: "run `scene init` to write a starter scene.yml")
        }
        var reader = NodeReader(file: file, nodeBudget: limits.maxNodes)
        let config = ConfigBuilder.build(root, reader: &reader, environment: environment)
        let sorted = reader.diagnostics.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
        return (config, sorted)
    }

    /// 1-based line and column of a byte offset.
    static func position(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// A cheap scan that bounds nesting before the recursive YAML composer sees the text:
    /// flow brackets, block indentation and `- - -` runs all count as levels.
    static func tooDeep(_ text: String, limit: Int) -> (Int, Int)? {
        var flow = 0, line = 1, column = 0
        var atLineStart = true, indent = 0, dashes = 0
        var quote: Character? = nil
        for ch in text {
            column += 1
            if ch == "\n" {
                line += 1; column = 0; atLineStart = true; indent = 0; dashes = 0
                if quote == "'" || quote == "\"" { continue }
                continue
            }
            if let q = quote {
                if ch == q { quote = nil }
                continue
            }
            if atLineStart {
                if ch == " " { indent += 1; continue }
                if ch == "-" { dashes += 1; continue }
                atLineStart = false
                if indent / 2 + dashes > limit { return (line, column) }
            }
            switch ch {
            case "\"", "'": quote = ch
            case "#": break
            case "[", "{":
                flow += 1
                if flow + indent / 2 > limit { return (line, column) }
            case "]", "}": flow = max(0, flow - 1)
            default: break
            }
        }
        return nil
    }

    static func yamlMessage(_ error: YamlError) -> (message: String, line: Int, column: Int) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return ("invalid YAML: \(what)", mark.line, mark.column)
        case .composer(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return ("invalid YAML: \(what)", mark.line, mark.column)
        default:
            return ("invalid YAML: \(error)", 1, 1)
        }
    }
}
