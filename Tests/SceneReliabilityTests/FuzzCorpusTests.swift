import Foundation
import Testing
import SceneTestSupport

/// Every saved fuzz input (seeds and the crashes fuzzing found, Fuzz/corpus/<name>/) replayed
/// through its fuzz target's normal build: each must run to the end.
@Suite("Fuzz corpora replay")
struct FuzzCorpusTests {
    @Test(arguments: [("FuzzConfig", "config"), ("FuzzTraceZip", "tracezip"), ("FuzzTraceEvents", "traceevents"), ("FuzzRecording", "recording"), ("FuzzImageDecoders", "imagedecoders")])
    func corpusReplays(target: String, corpus: String) throws {
        let binary = SceneExecutable.url.deletingLastPathComponent().appendingPathComponent(target)
        let folder = repositoryRoot.appendingPathComponent("Fuzz/corpus/\(corpus)")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path).count
        #expect(inputs >= 3, "\(folder.path) should hold a seed corpus")
        let process = Process()
        process.executableURL = binary
        process.arguments = [folder.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(target) crashed replaying \(folder.path)")
        #expect(text.contains("replayed \(inputs) inputs"), "\(text)")
    }
}
