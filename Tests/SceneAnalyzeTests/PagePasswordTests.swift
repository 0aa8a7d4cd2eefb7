import Foundation
import SceneAnalyze
import SceneBundle
import SceneConfig
import Testing
import ZIPFoundation

/// The analysis and what the runner reports beyond the screenshot: the page's own password values
/// (out of the folder and the record) and an output the runner could not write (the run stops).
@Suite struct PagePasswordTests {
    func analyze(_ change: (inout BrowserCapture) -> Void) throws -> (ExecutionAnalysis.Result, URL) {
        var (directory, capture) = try ExecutionAnalysisTests.folder()
        change(&capture)
        let execution = ExecutionAnalysisTests.execution
        let started = Date(timeIntervalSince1970: 1_800_000_000)
        let input = ExecutionAnalysis.Input(execution: execution, directory: directory, capture: capture, baseline: .record,
                                            secrets: SecretRedaction(execution: execution, environment: [:]), attempt: 1,
                                            startedAt: started, finishedAt: started.addingTimeInterval(2))
        return (try ExecutionAnalysis.analyze(input, batch: Batch(id: "b")), directory)
    }

    /// Values the runner read from password fields leave the trace (every entry), console.jsonl and
    /// the record (here the page title holds one); a step that typed one is reported for plan.json.
    @Test func passwordFieldValuesLeaveTheFolderAndTheRecord() throws {
        let (result, directory) = try analyze { $0.passwordFieldValues = ["Acme Cloud", "Ada Lovelace"] }
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(result.record.status == .newBaseline)
        #expect(result.record.title == "[redacted] — Contact", "\(result.record.title ?? "")")
        #expect(result.typedSecrets == ["Ada Lovelace"])
        let archive = try Archive(url: directory.appendingPathComponent(ExecutionFiles.trace), accessMode: .read)
        var entries = 0
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries += 1
            for needle in ["Acme Cloud", "Ada Lovelace", "Acme%20Cloud", "Ada+Lovelace"] {
                #expect(data.range(of: Data(needle.utf8)) == nil, "\(needle) in \(entry.path)")
            }
        }
        #expect(entries > 3)
        let record = try JSONEncoder().encode(result.record)
        #expect(record.range(of: Data("Acme Cloud".utf8)) == nil && record.range(of: Data("Ada Lovelace".utf8)) == nil)
    }

    @Test func anOutputTheRunnerCouldNotWriteStopsTheAnalysis() throws {
        let failure = StorageError(path: "/runs/r/executions/x/trace.zip", reason: "No space left on device")
        #expect(throws: failure) { _ = try analyze { $0.storageError = failure } }
        #expect(failure.description == "/runs/r/executions/x/trace.zip: error: cannot write: No space left on device")
        #expect(failure.exitStatus == .executionErrors)
    }
}
