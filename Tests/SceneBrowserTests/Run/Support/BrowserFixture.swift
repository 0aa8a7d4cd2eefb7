import Foundation
import SceneBundle
import SceneConfig
@testable import SceneRun
import SceneTestSupport

/// A small real site on loopback (python -m http.server) and a config that runs it with
/// the repository's runner, its .venv and /usr/bin/chromium. Missing pieces fail loudly.
struct BrowserFixture {
    let root: URL
    let server: LoopbackProcess
    let baseURL: String

    static let python = repositoryRoot.appendingPathComponent(".venv/bin/python").path
    static let assets = repositoryRoot.appendingPathComponent("assets")

    static func start() throws -> BrowserFixture {
        for (path, fix) in [(python, "make venv"), ("/usr/bin/chromium", "make apt (apt-get install chromium)")]
        where !FileManager.default.isExecutableFile(atPath: path) {
            throw MissingPrerequisite(description: "\(path) is missing: run `\(fix)`; this integration test needs real Playwright and Chromium")
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("scene-scale-\(UUID().uuidString)")
        let site = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for (name, colour, text) in [("home", "#1b5e20", "Welcome"), ("about", "#0d47a1", "About us"), ("contact", "#b71c1c", "Write to us")] {
            let html = """
            <!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>\(text)</title>
            <style>body{margin:0;font:16px sans-serif} header{background:\(colour);color:#fff;padding:24px}</style></head>
            <body><header><h1>\(text)</h1></header><main><p>\(name) page</p><button id="go">Go</button></main></body></html>
            """
            try Data(html.utf8).write(to: site.appendingPathComponent("\(name).html"))
        }
        let server = try LoopbackProcess(name: "http.server", executable: "/usr/bin/python3",
                                         arguments: ["-u", "-m", "http.server", "--bind", "127.0.0.1", "--directory", site.path, "0"])
        let line = try server.waitForLine(containing: "port ")
        guard let port = line.split(separator: " ").firstIndex(of: "port").map({ line.split(separator: " ")[$0 + 1] }) else {
            throw MissingPrerequisite(description: "cannot read the port from: \(line)")
        }
        return BrowserFixture(root: root, server: server, baseURL: "http://127.0.0.1:\(port)/")
    }

    /// home, about, contact (served) and broken (port 9, which Chromium refuses) at one small viewport: 4 executions.
    func config(runner: RunnerSettings = RunnerSettings()) -> Config {
        var runner = runner
        if runner.backend == .local { runner.python = Self.python; runner.executablePath = "/usr/bin/chromium" }
        let pages = ["home", "about", "contact"].map { Page(id: $0, url: "\($0).html") }
            + [Page(id: "broken", url: "http://127.0.0.1:9/")]
        var stabilization = Stabilization()
        stabilization.settleShots = 2
        return Config(project: Project(name: "scale-demo", baseURL: baseURL),
                           viewports: [Viewport(name: "small", width: 480, height: 360)], pages: pages,
                           batches: [Batch(id: "nightly", concurrency: 2, retries: 0, executionTimeoutSeconds: 30)],
                           runner: runner, stabilization: stabilization)
    }

    /// Runs the plan (or one shard of it) into `runs/<runId>` with its own baselines folder.
    func run(_ config: Config, shard: ShardSpec? = nil, runId: String) async throws -> RunResult {
        var request = RunRequest(config: config, plan: try Planner.plan(config, batch: nil, shard: shard, environment: [:]))
        request.runsDirectory = root.appendingPathComponent("runs")
        request.baselinesDirectory = root.appendingPathComponent("baselines-\(runId)")
        request.runId = runId
        request.updateBaselines = .missing
        var environment = ProcessInfo.processInfo.environment
        environment["HOOK_SECRET"] = WebhookTests.secret
        return try await BatchRunner(RunnerEnvironment(environment: environment, assetsDirectory: Self.assets)).run(request)
    }

    func stop() {
        server.stop()
        try? FileManager.default.removeItem(at: root)
    }
}
