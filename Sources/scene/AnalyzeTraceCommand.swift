import ArgumentParser
import Foundation
import SceneBundle
import SceneTrace

extension TraceAnalysisDocument: JSONDocument {}

/// `scene analyze-trace`: what a Playwright trace shows was done, what is missing compared with a
/// recording, and what changed since another trace of the same task.
struct AnalyzeTraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze-trace",
        abstract: "List the actions a Playwright trace.zip performed; compare them with a recording or with another trace.",
        discussion: """
        Examples:
          scene analyze-trace runs/r1/executions/home~login~desktop~chromium/trace.zip
          scene analyze-trace trace.zip --recorded recording/metadata.json --json
          scene analyze-trace trace.zip --recorded flow.json        # a Chrome DevTools Recorder export
          scene analyze-trace trace.zip --codegen session.jsonl
          scene analyze-trace tonight/trace.zip --against baseline/trace.zip

        --recorded reads Scene's metadata.json, a recorder's {"actions": [{"action", "selector",
        "value"}]}, a Chrome DevTools Recorder export or codegen JSON lines, told from the content.
        Recorded CSS selectors, XPath and locators are matched against the element each action
        acted on, read from the trace's DOM snapshots (by spelling when the trace has none).
        `missing` lists actions performed in the trace but absent from the recording (a merge adds
        them back, flagged addedFromTrace); `notPerformed` lists recorded actions the trace does
        not show. Coverage = matched / (matched + missing + not performed).

        --against aligns the actions with another trace of the same task (the baseline's) and
        lists per step what changed: added, removed or moved actions, the element acted on, a
        duration changed by more than --duration-factor (and 0.5 s), the status, the page URL after
        the step, new console errors and failed requests.
        Exit codes: 0 analysed, 65 unreadable trace or recording, 64 usage.
        """
    )

    @Argument(help: "A Playwright trace.zip.")
    var trace: String

    @Option(name: .long, help: "A recording whose actions are expected (metadata.json, recorder actions, Chrome Recorder JSON, codegen JSONL).")
    var recorded: String?

    @Option(name: .long, help: "A `playwright codegen --target jsonl` file whose actions are expected.")
    var codegen: String?

    @Option(name: .long, help: "Another trace.zip of the same task (the baseline's) to compare with.")
    var against: String?

    @Option(name: .long, help: "Report a step whose duration changed by more than this factor (default \(TraceDiff.defaultDurationFactor)).")
    var durationFactor: Double = TraceDiff.defaultDurationFactor

    @OptionGroup var output: JSONOutput

    func validate() throws {
        if recorded != nil && codegen != nil {
            throw ValidationError("use either --recorded or --codegen, not both")
        }
        if !(durationFactor > 1) { throw ValidationError("--duration-factor must be above 1") }
    }

    func run() throws {
        var recording: Recording?
        if let path = recorded ?? codegen {
            let url = URL(fileURLWithPath: path)
            do {
                if codegen != nil {
                    guard let data = FileManager.default.contents(atPath: path) else { throw TraceError.badExpectations("cannot read \(url.path)") }
                    recording = try Recording.read(data, jsonLines: true)
                } else {
                    recording = try Recording.load(url: url)
                }
            } catch { throw LocatedError(error, at: path) }
        }
        let expected: [ExpectedAction]?
        do { expected = try recording?.expectedActions() } catch { throw LocatedError(error, at: recorded ?? codegen ?? "") }
        for note in recording?.skipped ?? [] { Stderr.write("\(recorded ?? ""): note: not compared: \(note)\n") }
        let analysis: TraceAnalysis
        do { analysis = try TraceAnalyzer.analyze(trace: URL(fileURLWithPath: trace), expected: expected) }
        catch { throw LocatedError(error, at: trace) }
        var comparison: TraceDiffRecord?
        if let against {
            let baseline: TraceAnalysis
            do { baseline = try TraceAnalyzer.analyze(trace: URL(fileURLWithPath: against), expected: nil) }
            catch { throw LocatedError(error, at: against) }
            comparison = TraceDiff.compare(baseline: baseline, current: analysis, durationFactor: durationFactor)
        }
        if output.wanted() {
            try TraceAnalysisDocument(analysis, recording: recording, comparison: comparison).print()
        } else {
            print(TraceTable.render(analysis, name: trace, comparison: comparison, againstName: against), terminator: "")
        }
    }
}
