import SceneLocator
import Foundation
import SceneConfig
import SceneRepro
import SceneTrace
import SceneTestSupport
import Testing
@testable import SceneRun

/// Records a session driven by Playwright itself, so what the in-page recorder misses is
/// known: a hover, a wheel scroll and a reload (it records none of those by design).
@Suite struct RecorderTests {
    static let root = repositoryRoot
    static let python = root.appendingPathComponent(".venv/bin/python").path

    static let drive = """
    page.get_by_label("Email").fill("a@b.c")
    page.get_by_label("Password").fill("hunter2-secret")
    page.get_by_text("Next page").hover()
    page.get_by_role("checkbox", name="Subscribe").check()
    page.get_by_label("Color").select_option("blue")
    page.mouse.wheel(0, 100)
    page.get_by_test_id("go").click()
    page.reload()
    page.get_by_role("button", name="Go").dblclick()
    page.get_by_label("Email").press("Enter")
    """

    @Test(.timeLimit(.minutes(2)))
    func mergeInsertsExactlyTheMissedActionsInOrder() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.python), "no Python venv at \(Self.python): run `make setup`")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-record-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let driveURL = dir.appendingPathComponent("drive.py")
        try Self.drive.write(to: driveURL, atomically: true, encoding: .utf8)
        let page = Self.root.appendingPathComponent("Tests/SceneTraceTests/Fixtures/form.html")
        let out = dir.appendingPathComponent("rec")
        let options = Recorder.Options(url: page.absoluteString, outDirectory: out, timeoutSeconds: 60, headless: true,
                                       python: Self.python, assetsDirectory: Self.root.appendingPathComponent("assets"),
                                       executablePath: "/usr/bin/chromium", driveScript: driveURL.path)
        let result = try Recorder.record(options) { _ in }
        let m = result.metadata

        #expect(m.stopReason == "drive")
        #expect(m.traceActionsCount == 11)
        #expect(m.recorderActionsCount == 8)
        #expect(m.missingActionsAdded == 3)
        #expect(m.notPerformed.isEmpty)
        let added = m.actions.filter(\.addedFromTrace)
        #expect(added.map(\.kind) == ["hover", "scroll", "reload"])
        #expect(added.map(\.index) == [3, 6, 8])
        #expect(m.actions.map(\.kind) == ["navigate", "fill", "fill", "hover", "check", "select", "scroll", "click", "reload", "dblclick", "press"])
        let times = m.actions.compactMap(\.timeMs)
        #expect(times.count == 11 && zip(times, times.dropFirst()).allSatisfy { $0 <= $1 + 50 })

        // No secret anywhere on disk except inside Playwright's own trace.zip.
        for name in ["metadata.json", "recorded.json", "task.yml"] {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains("hunter2"), "\(name) leaks the password")
        }

        // metadata.json reads back as a recording whose alignment with the trace is complete.
        let again = try TraceAnalyzer.analyze(trace: result.traceURL, expected: Recording.load(url: result.metadataURL).expectedActions())
        #expect(again.missing.isEmpty && again.notPerformed.isEmpty && again.coverage == 1)

        // The task snippet is valid scene.yml.
        let snippet = try String(contentsOf: result.taskURL, encoding: .utf8)
        #expect(snippet.contains("      - hover: {text: Next page}  # added from the trace"))
        #expect(snippet.contains("      - click: {testId: go}"))
        let config = "project:\n  name: rec\npages:\n  - id: form\n    url: \(page.absoluteString)\n    tasks: [recorded]\n" + snippet
        let (parsed, diagnostics) = ConfigLoader.validate(data: Data(config.utf8), file: "scene.yml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let steps = try #require(parsed?.tasks.first { $0.id == "recorded" }?.steps)
        #expect(steps.count == 11)
        #expect(steps[1] == Step(kind: .fill, locator: Locator.role("textbox", name: "Email"), value: "a@b.c", source: steps[1].source))

        // And it reproduces.
        let repro = try ReproGenerator.generate(Recording.load(url: result.metadataURL).expectedActions().map(ReproAction.init), format: .steps)
        #expect(repro.contains(#"4. Hover over: "Next page" text"#))
    }
}
