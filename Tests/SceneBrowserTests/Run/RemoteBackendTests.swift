import Foundation
import SceneBundle
import SceneConfig
import Testing
@testable import SceneRun

extension ScaleBrowserSuites {
    /// `runner: {backend: remote}` against real browser endpoints on loopback: a Playwright
    /// server (`python -m playwright launch-server`) and Chromium's own CDP endpoint.
    @Suite(.serialized) struct RemoteBackendTests {
        static func launchServer(in root: URL) throws -> (LoopbackProcess, String) {
            let config = root.appendingPathComponent("launch-server.json")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try Data(#"{"executablePath":"/usr/bin/chromium","args":["--no-sandbox"],"host":"127.0.0.1","port":0,"wsPath":"scene"}"#.utf8)
                .write(to: config)
            let server = try LoopbackProcess(name: "launch-server", executable: BrowserFixture.python,
                                             arguments: ["-m", "playwright", "launch-server", "--browser", "chromium", "--config", config.path])
            let line = try server.waitForLine(containing: "ws://127.0.0.1:")
            return (server, line.trimmingCharacters(in: .whitespaces))
        }

        static func cdpBrowser(in root: URL) throws -> (LoopbackProcess, String) {
            let browser = try LoopbackProcess(name: "chromium-cdp", executable: "/usr/bin/chromium",
                                              arguments: ["--headless", "--no-sandbox", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                                                          "--user-data-dir=\(root.appendingPathComponent("cdp-profile").path)", "about:blank"])
            let line = try browser.waitForLine(containing: "DevTools listening on ws://127.0.0.1:")
            // ws://127.0.0.1:PORT/devtools/browser/<id> -> http://127.0.0.1:PORT (what connect_over_cdp takes)
            let port = line.components(separatedBy: "ws://127.0.0.1:")[1].split(separator: "/")[0]
            return (browser, "http://127.0.0.1:\(port)")
        }

        /// Runs the 3 served pages through `endpoint` and checks real screenshots and traces came back.
        func runThrough(endpoint: String, fixture: BrowserFixture, runId: String) async throws {
            var config = fixture.config(runner: RunnerSettings(backend: .remote, python: BrowserFixture.python, endpoint: endpoint))
            config.pages.removeAll { $0.id == "broken" }
            let outcome = try await fixture.run(config, runId: runId)
            #expect(outcome.records.count == 3)
            for record in outcome.records {
                #expect(record.status == .newBaseline, "\(record.id): \(record.status) \(record.error ?? "")")
                let dir = outcome.bundle.executionDirectory(record.id)
                let png = try Data(contentsOf: dir.appendingPathComponent(try #require(record.artifacts.observed)))
                #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 1000)
                #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(try #require(record.artifacts.trace)).path))
            }
            #expect(outcome.manifest.browserVersions["chromium"]?.isEmpty == false)
        }

        @Test func aPlaywrightServerRunsTheBatch() async throws {
            let fixture = try BrowserFixture.start()
            defer { fixture.stop() }
            let (server, endpoint) = try Self.launchServer(in: fixture.root)
            defer { server.stop() }
            #expect(endpoint.hasPrefix("ws://127.0.0.1:") && endpoint.hasSuffix("/scene"))
            try await runThrough(endpoint: endpoint, fixture: fixture, runId: "ws")
        }

        @Test func aCDPEndpointRunsTheBatch() async throws {
            let fixture = try BrowserFixture.start()
            defer { fixture.stop() }
            let (browser, endpoint) = try Self.cdpBrowser(in: fixture.root)
            defer { browser.stop() }
            try await runThrough(endpoint: endpoint, fixture: fixture, runId: "cdp")
        }

        /// Every execution would fail the same way: the run stops before any, with the reason.
        @Test func anUnreachableEndpointStopsTheRunWithTheReason() async throws {
            let fixture = try BrowserFixture.start()
            defer { fixture.stop() }
            var config = fixture.config(runner: RunnerSettings(backend: .remote, python: BrowserFixture.python, endpoint: "ws://127.0.0.1:9/none"))
            config.pages = [config.pages[0]]
            let outcome = try await fixture.run(config, runId: "unreachable")
            #expect(outcome.records.map(\.status) == [.cancelled] && outcome.manifest.status == .error)
            #expect(outcome.records.first?.error?.contains("cannot connect to the browser endpoint ws://127.0.0.1:9/none") == true,
                    "\(outcome.records.first?.error ?? "")")
            #expect(outcome.manifest.stopReason?.contains("cannot connect to the browser endpoint ws://127.0.0.1:9/none") == true)
        }

        @Test func aBadEndpointStopsTheRunBeforeItsBundleExists() async throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("scene-badbackend-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: root) }
            let config = Config(project: Project(name: "x"), pages: [Page(id: "p", url: "http://127.0.0.1:9/")],
                                     runner: RunnerSettings(backend: .remote, endpoint: "ftp://example"))
            var request = RunRequest(config: config, plan: try Planner.plan(config, batch: nil, environment: [:]))
            request.runsDirectory = root
            await #expect(throws: BackendError.badEndpoint("ftp://example")) {
                try await BatchRunner(RunnerEnvironment(assetsDirectory: BrowserFixture.assets)).run(request)
            }
            #expect(!FileManager.default.fileExists(atPath: root.path), "no half bundle")
        }

        @Test func badBackendSettingsAreRejectedBeforeAnythingStarts() throws {
            let assets = BrowserFixture.assets, bundle = URL(fileURLWithPath: "/tmp/b")
            #expect(throws: BackendError.badEndpoint("ftp://x")) {
                try RunnerBackendLaunch.make(RunnerSettings(backend: .remote, endpoint: "ftp://x"), python: "/p", assets: assets,
                                             runnerArguments: [], bundleRoot: bundle, logFile: nil, environment: [:])
            }
            #expect(throws: BackendError.unknownEngine("lxc")) {
                try RunnerBackendLaunch.make(RunnerSettings(backend: .docker, engine: "lxc"), python: "/p", assets: assets,
                                             runnerArguments: [], bundleRoot: bundle, logFile: nil, environment: [:])
            }
            #expect(throws: BackendError.engineNotFound("docker")) {
                try RunnerBackendLaunch.make(RunnerSettings(backend: .docker), python: "/p", assets: assets,
                                             runnerArguments: [], bundleRoot: bundle, logFile: nil, environment: ["PATH": "/nonexistent"])
            }
            let launch = try RunnerBackendLaunch.make(RunnerSettings(backend: .docker, image: "img:1", engine: "/usr/bin/podman", network: "host"),
                                                      python: "/p", assets: assets, runnerArguments: ["--browser", "chromium"],
                                                      bundleRoot: bundle, logFile: nil, environment: [:])
            #expect(launch.command == ["/usr/bin/podman", "run", "-i", "--rm", "--init", "--ipc=host", "--network", "host",
                                       "-v", "\(assets.path)/runner:/runner:ro", "-v", "/tmp/b:/tmp/b:rw",
                                       "-e", "PYTHONUNBUFFERED=1", "-e", "PYTHONDONTWRITEBYTECODE=1",
                                       "img:1", "python3", "-u", "/runner/runner.py", "--browser", "chromium"])
        }
    }
}
