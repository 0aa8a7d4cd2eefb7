import ArgumentParser
import Foundation
import SceneTrace

/// `scene analyze-trace`: what a Playwright trace shows was done, and what is missing
/// compared with a recording or a codegen file.
struct AnalyzeTraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze-trace",
        abstract: "List the actions a Playwright trace.zip performed and compare them with a recording.",
        discussion: """
        Examples:
          scene analyze-trace runs/r1/executions/home~login~desktop~chromium/trace.zip
          scene analyze-trace trace.zip --recorded recording/metadata.json --json
          scene analyze-trace trace.zip --codegen session.jsonl

        `missing` lists actions performed in the trace but absent from the recording
        (a merge adds them back, flagged addedFromTrace); `notPerformed` lists recorded
        actions the trace does not show. Coverage = matched / (matched + missing + not performed).
        Exit codes: 0 analysed, 65 unreadable trace or expectations, 64 usage.
        """
    )

    @Argument(help: "A Playwright trace.zip.")
    var trace: String

    @Option(name: .long, help: "A recorder metadata.json whose actions are expected.")
    var recorded: String?

    @Option(name: .long, help: "A `playwright codegen --target jsonl` file whose actions are expected.")
    var codegen: String?

    @Flag(name: .long, help: "Print one JSON document on stdout.")
    var json = false

    func validate() throws {
        if recorded != nil && codegen != nil {
            throw ValidationError("use either --recorded or --codegen, not both")
        }
    }

    func run() throws {
        let analysis: TraceAnalysis
        do {
            let expectationsPath = recorded ?? codegen
            let expected = try expectationsPath.map { path in
                let url = URL(fileURLWithPath: path)
                return codegen != nil ? try ExpectedActionsLoader.codegen(Self.read(url)) : try ExpectedActionsLoader.load(url: url)
            }
            analysis = try TraceAnalyzer.analyze(trace: URL(fileURLWithPath: trace), expected: expected)
        } catch let error as TraceError {
            let path = if case .badExpectations = error { recorded ?? codegen ?? trace } else { trace }
            FileHandle.standardError.write(Data("\(path): error: \(error)\n".utf8))
            if case .unsupportedVersion = error {
                FileHandle.standardError.write(Data("hint: open it with the Playwright that wrote it (playwright show-trace)\n".utf8))
            }
            throw SceneExit.badInput
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(TraceAnalysisDocument(analysis))
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            print(TraceTable.render(analysis, name: trace), terminator: "")
        }
    }

    static func read(_ url: URL) throws -> Data {
        do { return try Data(contentsOf: url) } catch { throw TraceError.badExpectations("cannot read \(url.path)") }
    }
}
