import ArgumentParser
import Foundation
import SceneBundle
import SceneTrace

extension TraceAnalysisDocument: JSONDocument {}

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

    @OptionGroup var output: JSONOutput

    func validate() throws {
        if recorded != nil && codegen != nil {
            throw ValidationError("use either --recorded or --codegen, not both")
        }
    }

    func run() throws {
        var expected: [ExpectedAction]?
        if let path = recorded ?? codegen {
            let url = URL(fileURLWithPath: path)
            do { expected = codegen != nil ? try ExpectedActionsLoader.codegen(Self.read(url)) : try ExpectedActionsLoader.load(url: url) }
            catch { throw LocatedError(error, at: path) }
        }
        let analysis: TraceAnalysis
        do { analysis = try TraceAnalyzer.analyze(trace: URL(fileURLWithPath: trace), expected: expected) }
        catch { throw LocatedError(error, at: trace) }
        if output.wanted() {
            try TraceAnalysisDocument(analysis).print()
        } else {
            print(TraceTable.render(analysis, name: trace), terminator: "")
        }
    }

    static func read(_ url: URL) throws -> Data {
        do { return try Data(contentsOf: url) } catch { throw TraceError.badExpectations("cannot read \(url.path)") }
    }
}
