import Foundation
import SceneBundle
import SceneConfig
import Testing
@testable import SceneRun
import SceneTestSupport

extension ScaleBrowserSuites {
    /// `runner: {backend: docker, engine: podman}` for real: the runner runs inside the image
    /// scripts/build-runner-image.sh builds without a registry, reaching the loopback site
    /// through `--network host` and writing into the bundle mounted at the same path.
    /// Slow and root-only, so it runs with `make test-containers` (SCENE_TEST_CONTAINERS=1).
    @Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["SCENE_TEST_CONTAINERS"] == "1",
                                 "container test: run `make test-containers` (builds the image, needs root + podman)"))
    struct ContainerBackendTests {
        static let image = ProcessInfo.processInfo.environment["SCENE_RUNNER_IMAGE"] ?? "localhost/scene-runner:1.65.2"

        @Test func oneExecutionRunsInsideThePodmanImage() async throws {
            let podman = try #require(Discovery.which("podman", environment: ProcessInfo.processInfo.environment),
                                      "podman is not installed: apt-get install -y podman runc")
            var environment = ProcessInfo.processInfo.environment
            environment["CONTAINERS_CONF"] = environment["CONTAINERS_CONF"]
                ?? repositoryRoot.appendingPathComponent("docker/containers.conf").path
            _ = try Self.podman(podman, ["image", "exists", Self.image], environment,
                                failure: "image \(Self.image) is missing: run scripts/build-runner-image.sh (make test-containers does)")

            let fixture = try BrowserFixture.start()
            defer { fixture.stop() }
            var config = fixture.config(runner: RunnerSettings(backend: .docker, image: Self.image, engine: "podman", network: "host"))
            config.pages = [config.pages[0]]
            var request = RunRequest(config: config, plan: try Planner.plan(config, batch: nil, environment: [:]))
            request.runsDirectory = fixture.root.appendingPathComponent("runs")
            request.baselinesDirectory = fixture.root.appendingPathComponent("baselines")
            request.runId = "podman"
            request.updateBaselines = .missing
            let outcome = try await BatchRunner(RunnerEnvironment(environment: environment, assetsDirectory: BrowserFixture.assets)).run(request)
            let record = try #require(outcome.records.first)
            #expect(record.status == .newBaseline, "\(record.status): \(record.error ?? "")")
            #expect(record.title == "Welcome")
            let dir = outcome.bundle.executionDirectory(record.id)
            let png = try Data(contentsOf: dir.appendingPathComponent(try #require(record.artifacts.observed)))
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 1000)
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(try #require(record.artifacts.trace)).path))
            // The image's Chromium (Debian bookworm's package inside it) took the screenshot.
            let version = try #require(outcome.manifest.browserVersions["chromium"])
            #expect(try Self.podman(podman, ["run", "--rm", Self.image, "dpkg-query", "-W", "-f", "${Version}", "chromium"], environment)
                .hasPrefix(version + "-"))
            let log = try String(contentsOf: outcome.bundle.root.appendingPathComponent("logs/runner-1.log"), encoding: .utf8)
            #expect(!log.isEmpty)
        }

        /// Runs podman and returns its stdout; throws `failure` (or the status) when it fails.
        static func podman(_ podman: String, _ arguments: [String], _ environment: [String: String], failure: String? = nil) throws -> String {
            let process = Process(), out = Pipe()
            process.executableURL = URL(fileURLWithPath: podman)
            process.arguments = arguments
            process.environment = environment
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw MissingPrerequisite(description: failure ?? "podman \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
            }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
