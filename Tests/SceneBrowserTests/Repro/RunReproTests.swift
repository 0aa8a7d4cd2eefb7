import SceneLocator
import Foundation
import SceneTrace
import SceneTestSupport
import Testing
@testable import SceneRepro

/// Generated Python repros really run: real Python, real Playwright, real Chromium,
/// against the fixture page served on loopback.
@Suite struct RunReproTests {
    @Test(.timeLimit(.minutes(2)))
    func generatedPythonScriptReplaysGreen() throws {
        #expect(FileManager.default.isExecutableFile(atPath: venvPython.path), "no Python venv at \(venvPython.path): run `make setup`")
        let site = try LoopbackServer(serving: traceFixtures.appendingPathComponent("form.html"))
        defer { site.stop() }
        let analysis = try TraceAnalyzer.analyze(trace: traceFixtures.appendingPathComponent("pw-1.65.zip"), expected: nil)
        let actions = analysis.actions.filter { $0.status == .passed }.map(ReproAction.init)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-repro-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try ReproWriter.write(actions: actions, to: dir, options: ReproOptions(baseURL: site.baseURL))
        #expect(files.map(\.lastPathComponent) == ["repro.py", "repro.spec.ts", "repro.txt"])
        let script = try String(contentsOf: dir.appendingPathComponent("repro.py"), encoding: .utf8)
        #expect(script.contains(site.baseURL))
        let result = try ProcessRunner.run(venvPython.path, [dir.appendingPathComponent("repro.py").path], timeout: 90)
        #expect(result.status == 0, "repro.py failed:\n\(result.output)")
        #expect(result.output.contains("reproduction: every action replayed"))
        #expect(site.requests() >= 2) // loaded, then reloaded
    }

    @Test(.timeLimit(.minutes(2)))
    func aFailingActionFailsTheScript() throws {
        #expect(FileManager.default.isExecutableFile(atPath: venvPython.path), "no Python venv at \(venvPython.path)")
        let site = try LoopbackServer(serving: traceFixtures.appendingPathComponent("form.html"))
        defer { site.stop() }
        let actions = [ReproAction(kind: .navigate, value: site.baseURL + "/", url: site.baseURL + "/"),
                       ReproAction(kind: .click, locators: [Locator([.css("#nope")])])]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-repro-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try ReproWriter.write(actions: actions, to: dir, formats: [.python])
        let result = try ProcessRunner.run(venvPython.path, [dir.appendingPathComponent("repro.py").path], timeout: 90,
                                           environment: ["SCENE_TIMEOUT_MS": "3000"])
        #expect(result.status != 0)
        #expect(result.output.contains("#nope"))
    }
}
