import Foundation
import SceneBundle
import SceneConfig
import SceneTrace
import SceneTestSupport
import Testing
@testable import SceneRun

/// A Chrome DevTools Recorder flow (written by hand from `@puppeteer/replay`'s schema) imported
/// as a Scene task, run in Chromium, aligned with the trace Playwright wrote; then run again with
/// one step left out and one step made slow by the page, and compared with the baseline's trace.
@Suite(.serialized) struct ChromeRecorderRunTests {
    static func page(slowSave: Bool) -> String {
        """
        <!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Order</title></head>
        <body><h1>Order</h1><form onsubmit="return false">
        <label>User name <input id="username" name="user"></label>
        <label>Colour <select id="colour"><option>red</option><option>blue</option></select></label>
        <label><input type="checkbox" class="opt-in"> Subscribe</label>
        <button type="button" class="btn primary" id="save" \(slowSave ? "disabled" : "")>Save</button>
        </form><p id="done" hidden>Saved</p>
        <script>
        const save = document.getElementById('save');
        save.addEventListener('click', () => { document.getElementById('done').hidden = false; });
        \(slowSave ? "setTimeout(() => { save.disabled = false; }, 4000);" : "")
        </script></body></html>
        """
    }

    static func flow(base: String) -> String {
        #"""
        {"title": "order", "steps": [
          {"type": "setViewport", "width": 640, "height": 480, "deviceScaleFactor": 1, "isMobile": false, "hasTouch": false, "isLandscape": false},
          {"type": "navigate", "url": "\#(base)/p.html", "assertedEvents": [{"type": "navigation", "url": "\#(base)/p.html", "title": "Order"}]},
          {"type": "click", "target": "main", "selectors": [["aria/User name"], ["#username"], ["xpath///*[@id=\"username\"]"], ["pierce/#username"]], "offsetX": 20, "offsetY": 8},
          {"type": "change", "value": "ada", "selectors": [["aria/User name"], ["#username"]], "target": "main"},
          {"type": "change", "value": "blue", "selectors": [["#colour"], ["xpath///*[@id=\"colour\"]"]], "target": "main"},
          {"type": "click", "target": "main", "selectors": [["form input.opt-in"], ["xpath///form/label[3]/input"]], "offsetX": 4, "offsetY": 4},
          {"type": "keyDown", "target": "main", "key": "Tab"},
          {"type": "keyUp", "target": "main", "key": "Tab"},
          {"type": "click", "target": "main", "selectors": [["aria/Save[role=\"button\"]"], ["#save"], ["text/Save"]], "offsetX": 5, "offsetY": 5},
          {"type": "waitForElement", "selectors": [["#done"]]},
          {"type": "waitForExpression", "expression": "document.title === 'Order'"}
        ]}
        """#
    }

    /// The task `scene import chrome-recorder` writes, read back the way scene.yml is.
    static func importedSteps(_ flow: ChromeRecording, base: String) throws -> [Step] {
        let (yaml, notConverted) = TaskSnippet.yaml(flow, taskId: "order", source: "flow.json")
        #expect(notConverted == ["step 11: waitForExpression (a JavaScript condition)"])
        let config = "project: {name: t, baseURL: \"\(base)/\"}\npages:\n  - id: p\n    url: /p.html\n    tasks: [order]\n" + yaml
        let (loaded, diagnostics) = ConfigLoader.validate(data: Data(config.utf8), file: "scene.yml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return try #require(loaded?.tasks.first { $0.id == "order" }).steps
    }

    @Test(.timeLimit(.minutes(4)))
    func flowRunsAlignsAndTraceDiffShowsTheRemovedAndTheSlowStep() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["p.html": Self.page(slowSave: false)])
        defer { server.stop() }
        let root = try temporaryDirectory("chrome-recorder")
        defer { try? FileManager.default.removeItem(at: root) }
        let flowText = Self.flow(base: server.base)
        let recording = try Recording.read(Data(flowText.utf8))
        guard case .chromeRecorder(let flow) = recording else { Issue.record("not read as a Chrome recording: \(recording.format)"); return }
        let steps = try Self.importedSteps(flow, base: server.base)
        #expect(steps.map(\.kind) == [.goto, .click, .fill, .fill, .click, .press, .click, .assertVisible])

        // Run 1: the flow as a task, recorded as the baseline (with its trace).
        let runner = BatchRunner(RunnerEnvironment(environment: environment))
        var request = makeRequest([execution("p", url: "\(server.base)/p.html", steps: steps, task: "order")], root: root, executionTimeout: 60)
        request.runId = "1-record"
        let first = try await runner.run(request)
        let recorded = try #require(first.records.first)
        #expect(recorded.status == .newBaseline, "\(recorded.error ?? "")")
        let trace = first.bundle.executionDirectory(recorded.id).appendingPathComponent(try #require(recorded.artifacts.trace))
        let baselines = BaselineStore(root: root.appendingPathComponent("baselines"))
        #expect(FileManager.default.fileExists(atPath: baselines.folder.traceURL(recorded.key).path), "the baseline keeps its run's trace")

        // The flow itself aligns with the trace Playwright wrote: every recorded step performed, and
        // nothing else but the runner's own load of the page before the task's steps.
        let aligned = try TraceAnalyzer.analyze(trace: trace, expected: recording.expectedActions())
        // (Both loads go to the same URL; which one the alignment calls the recorded one does not matter.)
        #expect(aligned.missing.map { "\($0.action.kind) \($0.action.url ?? "")" } == ["navigate \(server.base)/p.html"])
        #expect(aligned.notPerformed.map { "\($0.action.kind) \($0.action.source ?? "")" } == [])
        #expect(aligned.alignment.filter { $0.performed != nil && $0.expected != nil }.count == 8)
        #expect(aligned.coverage == 8.0 / 9.0)
        #expect(aligned.actions.contains { $0.kind == .select && $0.value == "blue" }, "a change on a <select> selects")

        // Run 2: the checkbox step left out of the task, the page's Save button enabled only 4 s after the load.
        try Data(Self.page(slowSave: true).utf8).write(to: server.root.appendingPathComponent("p.html"))
        let shorter = steps.enumerated().filter { $0.offset != 4 }.map(\.element)
        request.plan.executions = [execution("p", url: "\(server.base)/p.html", steps: shorter, task: "order")]
        request.runId = "2-changed"
        let second = try await runner.run(request)
        let record = try #require(second.records.first)
        let comparison = try #require(record.trace?.comparison, "a baseline trace exists, so the run compares with it")
        let summary = comparison.steps.map { "\($0.change.rawValue) \($0.kind) \($0.locator ?? "")" }
        #expect(comparison.steps.count == 2, "\(summary) \(comparison.steps.map(\.details))")
        let removed = try #require(comparison.steps.first { $0.change == .removed })
        #expect(removed.kind == "click" && removed.locator == "locator('form input.opt-in')" && removed.baselineElement?.contains("opt-in") == true)
        let slow = try #require(comparison.steps.first { $0.change == .changed })
        #expect(slow.kind == "click" && slow.locator == "getByRole('button', { name: 'Save' })" && slow.element?.contains("id=save") == true, "\(slow)")
        #expect(slow.details.count == 1 && slow.details.first?.contains("slower") == true, "\(slow.details)")
        #expect((slow.durationMs ?? 0) >= 1500 && (slow.baselineDurationMs ?? .infinity) < 500, "\(slow)")
        #expect(comparison.unchangedSteps == aligned.actions.count - 2)
        // execution.json keeps it for the report.
        let stored = try BundleIO.readJSON(ExecutionRecord.self, from: second.bundle.executionDirectory(record.id).appendingPathComponent(ExecutionFiles.record))
        #expect(stored.trace?.comparison == comparison)
    }
}
