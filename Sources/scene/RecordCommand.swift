import ArgumentParser
import Foundation
import SceneBundle
import SceneRun

/// `scene record`: record a session in a real browser, then merge what the in-page
/// recorder missed from the Playwright trace.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a browser session into metadata.json, trace.zip and a scene.yml task.",
        discussion: """
        Examples:
          scene record --url http://127.0.0.1:8000/form.html --out recording/
          xvfb-run scene record --url http://localhost:3000 --out rec --timeout 300
          scene record --url http://127.0.0.1:8000/ --out rec --headless --drive drive.py

        A browser opens with tracing on and the recorder injected. Stop with Ctrl-C (or
        SIGTERM), a "stop" line on stdin, --timeout, by closing the browser, or -- with
        --drive -- when the Python script (given `page`, `context`, `expect`) returns.
        Then the trace is analysed and actions the recorder missed (hovers, wheel scrolls,
        reloads/back/forward, actions in frames it could not reach) are merged in order,
        flagged addedFromTrace. Password fields are never recorded.
        Writes: metadata.json, trace.zip, recorded.json (raw), task.yml (paste into scene.yml).
        Exit codes: 0 recorded, 2 the recorder or the drive script failed, 65 unreadable output, 64 usage.
        """
    )

    @Option(name: .long, help: "The page to open.")
    var url: String

    @Option(name: .long, help: "Output folder.")
    var out: String

    @Option(name: .long, help: "Stop after this many seconds.")
    var timeout: Double?

    @Flag(name: .long, help: "No browser window (for scripted recordings).")
    var headless = false

    @Option(name: .long, help: "A Python script that drives the page; recording stops when it returns.")
    var drive: String?

    @Option(name: .long, help: "The Python with Playwright (default: $SCENE_PYTHON, then .venv/bin/python above this folder).")
    var python: String?

    @Option(name: .long, help: "The browser executable (default: /usr/bin/chromium when present).")
    var executablePath: String?

    func validate() throws {
        guard url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("file://") else {
            throw ValidationError("--url must be an absolute http(s) or file URL")
        }
        if let timeout, timeout <= 0 { throw ValidationError("--timeout must be positive") }
        if let drive, !FileManager.default.fileExists(atPath: drive) { throw ValidationError("--drive: no such file \(drive)") }
        let env = ProcessInfo.processInfo.environment
        if !headless && drive == nil && env["DISPLAY"] == nil && env["WAYLAND_DISPLAY"] == nil {
            throw ValidationError("no display for a browser window: run under xvfb-run, or pass --headless with --drive or --timeout")
        }
    }

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let options = Recorder.Options(
            url: url, outDirectory: URL(fileURLWithPath: out), timeoutSeconds: timeout, headless: headless,
            python: python ?? Discovery.python(configured: nil, configDirectory: cwd, environment: env).path,
            assetsDirectory: try Discovery.assetsDirectory(environment: env),
            executablePath: Discovery.browser(configured: executablePath, name: "chromium")?.path,
            driveScript: drive)
        let result: RecordingResult
        do { result = try Recorder.record(options) { Stderr.write($0) } }
        catch { throw LocatedError(error, at: out) }
        let m = result.metadata
        print("recorded \(m.recorderActionsCount) action(s); the trace shows \(m.traceActionsCount); added \(m.missingActionsAdded) from the trace")
        print("wrote \(result.metadataURL.path), \(result.traceURL.path), \(result.taskURL.path)")
        if m.stopReason == "drive-failed" { throw ExitCode(.executionErrors) }
    }
}
