import Foundation
public import SceneBundle

/// One problem found in a config file, located like a compiler error.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String
    /// Dotted key path, e.g. `pages[2].url`.
    public var keyPath: String
    public var hint: String?

    public init(file: String, line: Int, column: Int, severity: Severity = .error, message: String, keyPath: String, hint: String? = nil) {
        self.file = file; self.line = line; self.column = column; self.severity = severity
        self.message = message; self.keyPath = keyPath; self.hint = hint
    }

    /// `file:line:column: error: message (at key.path)` plus an indented hint line.
    public var description: String {
        var s = "\(file):\(line):\(column): \(severity.rawValue): \(message)"
        if !keyPath.isEmpty { s += " (at \(keyPath))" }
        if let hint { s += "\n    hint: \(hint)" }
        return s
    }
}

/// Every problem of a config at once. Thrown by `ConfigLoader.load` when any is an error.
public struct ConfigDiagnostics: SceneError, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var message: String { "\(errors.count) error\(errors.count == 1 ? "" : "s") in the config" }
    public var location: String? { diagnostics.first?.file }
    /// Every diagnostic on its own line, compiler style.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Suggestions for misspelt names.
enum Spelling {
    /// Levenshtein distance, case-insensitive.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The closest candidate within a distance that scales with the word, or nil.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let normalized = word.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "-", with: "").lowercased()
        if let same = candidates.first(where: { $0.lowercased() == normalized }) { return same }
        let scored = candidates.map { ($0, distance(word, $0)) }.min { $0.1 < $1.1 }
        guard let (best, d) = scored, d <= max(2, word.count / 3) else { return nil }
        return best
    }
}
