import Foundation
import Yams

/// Walks a composed YAML tree, converting values and collecting every problem with its
/// position instead of stopping at the first. A node budget bounds the walk, so alias
/// bombs ("billion laughs") end with an error instead of exponential work.
struct NodeReader {
    let file: String
    var diagnostics: [Diagnostic] = []
    private var budget: Int

    init(file: String, nodeBudget: Int) {
        self.file = file
        self.budget = nodeBudget
    }

    var exhausted: Bool { budget <= 0 }

    mutating func error(_ message: String, at node: Node?, path: String, hint: String? = nil) {
        let mark = node?.mark
        diagnostics.append(Diagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                      message: message, keyPath: path, hint: hint))
    }

    mutating func warning(_ message: String, at node: Node?, path: String, hint: String? = nil) {
        let mark = node?.mark
        diagnostics.append(Diagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, severity: .warning,
                                      message: message, keyPath: path, hint: hint))
    }

    /// Charges one node against the budget; false once it is spent (reported once).
    mutating func visit(_ node: Node, path: String) -> Bool {
        budget -= 1
        if budget == 0 {
            error("the document expands to too many values (an alias bomb?)", at: node, path: path,
                  hint: "a scene.yml needs far fewer values; check anchors (&) and aliases (*)")
        }
        return budget > 0
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return "'\(s.string.prefix(40))'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    /// The entries of a mapping whose keys are checked against `schema`: unknown keys get a
    /// "did you mean" hint, duplicates and missing required keys are errors.
    mutating func mapping(_ node: Node, path: String, schema: SchemaObject) -> [String: Node]? {
        guard visit(node, path: path) else { return nil }
        guard case .mapping(let mapping) = node else {
            error("expected a mapping (\(schema.name)), found \(Self.describe(node))", at: node, path: path)
            return nil
        }
        var result: [String: Node] = [:]
        // A misspelt required key is one mistake: report it once, as the unknown key.
        var suggested = Set<String>()
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                error("a key must be a plain string", at: keyNode, path: path)
                continue
            }
            let keyPath = path.isEmpty ? key.string : "\(path).\(key.string)"
            if result[key.string] != nil {
                error("duplicate key '\(key.string)'", at: keyNode, path: keyPath)
                continue
            }
            guard schema.keys.contains(key.string) else {
                let suggestion = Spelling.suggestion(for: key.string, among: schema.keys)
                if let suggestion { suggested.insert(suggestion) }
                let hint = suggestion.map { "did you mean '\($0)'?" } ?? "allowed keys: \(schema.keys.joined(separator: ", "))"
                error("unknown key '\(key.string)' in \(schema.name)", at: keyNode, path: keyPath, hint: hint)
                continue
            }
            result[key.string] = value
        }
        for p in schema.properties where p.required && result[p.name] == nil && !suggested.contains(p.name) {
            // `url` and its alias `path` satisfy each other.
            if schema.name == "Page", p.name == "url", result["path"] != nil { continue }
            error("missing required key '\(p.name)' in \(schema.name)", at: node, path: path, hint: p.doc)
        }
        return result
    }

    mutating func sequence(_ node: Node, path: String) -> [Node]? {
        guard visit(node, path: path) else { return nil }
        guard case .sequence(let seq) = node else {
            error("expected a list, found \(Self.describe(node))", at: node, path: path)
            return nil
        }
        return Array(seq)
    }

    mutating func scalar(_ node: Node, path: String, expected: String) -> Node.Scalar? {
        guard visit(node, path: path) else { return nil }
        guard case .scalar(let s) = node else {
            error("expected \(expected), found \(Self.describe(node))", at: node, path: path)
            return nil
        }
        return s
    }

    mutating func string(_ node: Node, path: String) -> String? {
        guard let s = scalar(node, path: path, expected: "a string") else { return nil }
        if s.style == .plain && ["~", "null", "Null", "NULL", ""].contains(s.string) {
            error("expected a string, found null", at: node, path: path)
            return nil
        }
        return s.string
    }

    mutating func int(_ node: Node, path: String, range: ClosedRange<Int>) -> Int? {
        guard let s = scalar(node, path: path, expected: "an integer") else { return nil }
        guard s.style == .plain, let v = Int(s.string) else {
            error("expected an integer, found '\(s.string.prefix(40))'", at: node, path: path)
            return nil
        }
        guard range.contains(v) else {
            error("\(v) is out of range \(range.lowerBound)...\(range.upperBound)", at: node, path: path)
            return nil
        }
        return v
    }

    mutating func double(_ node: Node, path: String, range: ClosedRange<Double>) -> Double? {
        guard let s = scalar(node, path: path, expected: "a number") else { return nil }
        guard s.style == .plain, let v = Double(s.string), v.isFinite else {
            error("expected a number, found '\(s.string.prefix(40))'", at: node, path: path)
            return nil
        }
        guard range.contains(v) else {
            error("\(v) is out of range \(range.lowerBound)...\(range.upperBound)", at: node, path: path)
            return nil
        }
        return v
    }

    mutating func bool(_ node: Node, path: String) -> Bool? {
        guard let s = scalar(node, path: path, expected: "true or false") else { return nil }
        switch s.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error("expected true or false, found '\(s.string.prefix(40))'", at: node, path: path)
            return nil
        }
    }

    mutating func strings(_ node: Node, path: String) -> [String]? {
        if case .scalar = node, let one = string(node, path: path) { return [one] }
        guard let items = sequence(node, path: path) else { return nil }
        return items.enumerated().compactMap { string($1, path: "\(path)[\($0)]") }
    }

    mutating func enumeration<E: RawRepresentable>(_ node: Node, path: String, _ type: E.Type, allowed: [String]) -> E? where E.RawValue == String {
        guard let raw = string(node, path: path) else { return nil }
        if let v = E(rawValue: raw) { return v }
        let hint = Spelling.suggestion(for: raw, among: allowed).map { "did you mean '\($0)'?" } ?? "one of: \(allowed.joined(separator: ", "))"
        error("unknown value '\(raw)'", at: node, path: path, hint: hint)
        return nil
    }

    /// Seconds from a number or a string such as `90s`, `5m`, `2h`.
    mutating func duration(_ node: Node, path: String) -> Double? {
        guard let s = scalar(node, path: path, expected: "a duration") else { return nil }
        let text = s.string.trimmingCharacters(in: .whitespaces)
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        var value: Double?
        if let v = Double(text) { value = v }
        else if let (suffix, factor) = units.first(where: { text.hasSuffix($0.0) }), let v = Double(text.dropLast(suffix.count)) { value = v * factor }
        guard let seconds = value, seconds.isFinite, seconds > 0, seconds <= 7 * 86400 else {
            error("expected a positive duration such as 90, '90s', '5m' or '2h', found '\(text.prefix(40))'", at: node, path: path)
            return nil
        }
        return seconds
    }

    /// Ids become folder and file names: keep them to a safe alphabet.
    mutating func identifier(_ node: Node, path: String) -> String? {
        guard let id = string(node, path: path) else { return nil }
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard !id.isEmpty, id.count <= 100, id.unicodeScalars.allSatisfy(allowed.contains), id != ".", id != ".." else {
            error("'\(id.prefix(40))' is not a valid id", at: node, path: path,
                  hint: "use 1 to 100 letters, digits, '.', '_' or '-' (ids name folders and files)")
            return nil
        }
        return id
    }
}
