import Foundation
import Testing
import SceneTestSupport

/// Every saved fuzz input (seeds and the crashes fuzzing found, Fuzz/corpus/<name>/) replayed
/// through its target in SceneFuzz's normal build: each must run to the end.
@Suite("Fuzz corpora replay")
struct FuzzCorpusTests {
    @Test(arguments: ["config", "tracezip", "traceevents", "recording", "imagedecoders"])
    func corpusReplays(target: String) throws {
        let binary = SceneExecutable.url.deletingLastPathComponent().appendingPathComponent("SceneFuzz")
        let folder = repositoryRoot.appendingPathComponent("Fuzz/corpus/\(target)")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path).count
        #expect(inputs >= 3, "\(folder.path) should hold a seed corpus")
        let process = Process()
        process.executableURL = binary
        process.arguments = [target, folder.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(target) crashed replaying \(folder.path)")
        #expect(text.contains("replayed \(inputs) inputs"), "\(text)")
    }
}
