import Foundation
import Testing
import SceneTestSupport

/// `scene import chrome-recorder` and `scene analyze-trace --recorded/--against` as a user runs them.
@Suite struct TraceCommandTests {
    static let flow = #"""
    {"title": "login", "steps": [
      {"type": "setViewport", "width": 800, "height": 600, "deviceScaleFactor": 1, "isMobile": false, "hasTouch": false, "isLandscape": false},
      {"type": "navigate", "url": "http://127.0.0.1:8080/login"},
      {"type": "change", "value": "ada", "selectors": [["aria/User name"], ["#username"]]},
      {"type": "change", "value": "hunter2", "selectors": [["#password"]]},
      {"type": "click", "selectors": [["aria/Log in[role=\"button\"]"], ["#go"]], "offsetX": 1, "offsetY": 1},
      {"type": "waitForExpression", "expression": "true"}
    ]}
    """#

    @Test func chromeRecorderImportWritesATaskAndListsWhatItLeftOut() throws {
        let dir = try temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("flow.json")
        try Data(Self.flow.utf8).write(to: file)
        let r = try SceneExecutable.run(["import", "chrome-recorder", file.path, "--task", "login"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("- id: login") && r.stdout.contains("- goto: /login"))
        #expect(r.stdout.contains("fill: {css: '#username', value: ada}") || r.stdout.contains("#username"))
        #expect(!r.stdout.contains("hunter2"), "a password's value is left out")
        #expect(r.stderr.contains("not converted: step 6: waitForExpression"))

        let out = dir.appendingPathComponent("task.yml")
        #expect(try SceneExecutable.run(["import", "chrome-recorder", file.path, "--out", out.path], in: dir).status == 0)
        let again = try SceneExecutable.run(["import", "chrome-recorder", file.path, "--out", out.path], in: dir)
        #expect(again.status == 64 && again.stderr.contains("pass --force"))

        // Not a Chrome export: said so, with the command that reads it.
        let common = dir.appendingPathComponent("common.json")
        try Data(##"{"actions": [{"action": "click", "selector": "#go"}]}"##.utf8).write(to: common)
        let wrong = try SceneExecutable.run(["import", "chrome-recorder", common.path], in: dir)
        #expect(wrong.status == 65 && wrong.stderr.contains("not a Chrome DevTools Recorder export") && wrong.stderr.contains("--recorded"))
    }

    @Test func analyzeTraceReadsAnyRecordingAndComparesTraces() throws {
        let dir = try temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let trace = traceFixtures.appendingPathComponent("pw-1.65.zip").path
        let recording = dir.appendingPathComponent("rec.json")
        try Data(##"{"actions": [{"action": "goto", "url": "/"}, {"action": "fill", "selector": "#email", "value": "a@b.c"}]}"##.utf8).write(to: recording)
        let r = try SceneExecutable.run(["analyze-trace", trace, "--recorded", recording.path, "--json"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["recordingFormat"] as? String == "common")

        // A trace against itself: nothing changed.
        let same = try SceneExecutable.run(["analyze-trace", trace, "--against", trace], in: dir)
        #expect(same.status == 0 && same.stdout.contains("0 step(s) changed"), "\(same.stdout)")
        // Against a trace of the same script by an older Playwright: it runs, and says what it compared.
        let older = try SceneExecutable.run(["analyze-trace", trace, "--against", traceFixtures.appendingPathComponent("pw-1.53.zip").path, "--json"], in: dir)
        #expect(older.status == 0)
        let comparison = try #require((try JSONSerialization.jsonObject(with: Data(older.stdout.utf8)) as? [String: Any])?["comparison"] as? [String: Any])
        #expect(comparison["unchangedSteps"] as? Int ?? 0 > 0)

        let bad = try SceneExecutable.run(["analyze-trace", trace, "--recorded", trace], in: dir)
        #expect(bad.status == 65 && bad.stderr.contains("Formats known"))
        #expect(try SceneExecutable.run(["analyze-trace", trace, "--against", trace, "--duration-factor", "1"], in: dir).status == 64)
    }
}
