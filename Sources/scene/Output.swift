import ArgumentParser
import Foundation
import SceneBundle

/// Writes to standard error (progress, logs, diagnostics); stdout is for results.
enum Stderr {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// `--json`: one JSON document on stdout and nothing else there (see the CLI contract).
struct JSONOutput: ParsableArguments {
    @Flag(help: "Print one JSON document on stdout (progress and logs stay on stderr).") var json = false

    /// Whether to print JSON: asked for, or (`orWhenPiped`) stdout is not a terminal.
    func wanted(orWhenPiped: Bool = false) -> Bool { json || (orWhenPiped && isatty(STDOUT_FILENO) == 0) }
}

/// A `--json` document: camelCase keys, `schemaVersion` first among equals.
protocol JSONDocument: Encodable {
    var schemaVersion: Int { get }
}

extension JSONDocument {
    var schemaVersion: Int { BundleSchema.version }

    /// Prints the document on stdout, keys sorted, one trailing newline.
    func print() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        FileHandle.standardOutput.write(try encoder.encode(SchemaVersioned(self)) + Data("\n".utf8))
    }
}

/// Adds `schemaVersion` to a document's own keys.
private struct SchemaVersioned<Document: JSONDocument>: Encodable {
    let document: Document
    init(_ document: Document) { self.document = document }
    private enum Key: String, CodingKey { case schemaVersion }
    func encode(to encoder: any Encoder) throws {
        try document.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(document.schemaVersion, forKey: .schemaVersion)
    }
}

extension ExitCode {
    init(_ status: ExitStatus) { self.init(status.rawValue) }
}

/// Ends the process for an error: a `SceneError` is printed compiler style and exits with its
/// status; ArgumentParser's own errors (usage, help, `ExitCode`) go through ArgumentParser.
enum ErrorExit {
    static func exit(_ error: any Error) -> Never {
        if let error = error as? any SceneError {
            Stderr.write(error.description + "\n")
            Foundation.exit(error.exitStatus.rawValue)
        }
        Scene.exit(withError: error)
    }
}

/// A plain text table for terminals.
enum Table {
    static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = min(max(widths[i], cell.count), 60) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let cut = c.count > widths[i] ? String(c.prefix(widths[i] - 1)) + "…" : c
                return i == cells.count - 1 ? cut : cut.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }
}
