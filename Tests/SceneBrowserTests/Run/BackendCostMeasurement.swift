import Foundation
import SceneBundle
import SceneConfig
import Testing
@testable import SceneRun
import SceneTestSupport

extension ScaleBrowserSuites {
    /// Measures what one execution costs on each runner backend (docs/SCALE-OUT.md):
    /// a run of 2 and a run of 12 executions (3 pages x 4 viewports, 2 at a time), so
    /// marginal = (T12 - T2) / 10 per execution and fixed = T2 - 2 x marginal per run.
    /// Each run is done `repetitions` times and the fastest kept (the machine is shared).
    /// Opt-in (minutes of CPU): SCENE_MEASURE_BACKENDS=1, as root with the podman image built.
    @Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["SCENE_MEASURE_BACKENDS"] == "1",
                                 "measurement: SCENE_MEASURE_BACKENDS=1 swift test --filter BackendCostMeasurement"))
    struct BackendCostMeasurement {
        static let repetitions = Int(ProcessInfo.processInfo.environment["SCENE_MEASURE_REPETITIONS"] ?? "") ?? 2
        @Test func costPerExecutionOfEachBackend() async throws {
            let fixture = try BrowserFixture.start()
            defer { fixture.stop() }
            let (server, ws) = try ScaleBrowserSuites.RemoteBackendTests.launchServer(in: fixture.root)
            defer { server.stop() }
            let (browser, cdp) = try ScaleBrowserSuites.RemoteBackendTests.cdpBrowser(in: fixture.root)
            defer { browser.stop() }
            var environment = ProcessInfo.processInfo.environment
            environment["CONTAINERS_CONF"] = repositoryRoot.appendingPathComponent("docker/containers.conf").path
            let backends: [(String, RunnerSettings)] = [
                ("local", RunnerSettings()),
                ("remote ws (launch-server)", RunnerSettings(backend: .remote, python: BrowserFixture.python, endpoint: ws)),
                ("remote CDP", RunnerSettings(backend: .remote, python: BrowserFixture.python, endpoint: cdp)),
                ("podman", RunnerSettings(backend: .docker, image: ScaleBrowserSuites.ContainerBackendTests.image, engine: "podman", network: "host")),
            ]
            var table = "| backend | 2 executions (s) | 12 executions (s) | marginal per execution (s) | fixed per run (s) |\n|---|---|---|---|---|\n"
            for (index, (name, settings)) in backends.enumerated() {
                var config = fixture.config(runner: settings)
                config.pages.removeAll { $0.id == "broken" }
                config.viewports = [Viewport(name: "s", width: 360, height: 640), Viewport(name: "m", width: 768, height: 1024),
                                    Viewport(name: "l", width: 1280, height: 800), Viewport(name: "xl", width: 1600, height: 900)]
                var times: [Double] = []
                for (n, filters) in [(2, ["home~*~s~*", "about~*~s~*"]), (12, [String]())] {
                    times.append(try await fastest(config, filters: filters, count: n, label: "backend\(index)-\(n)",
                                                   fixture: fixture, environment: environment))
                }
                let marginal = (times[1] - times[0]) / 10
                print("\(name): \(times)")
                table += String(format: "| %@ | %.1f | %.1f | %.2f | %.1f |\n", name, times[0], times[1], marginal, times[0] - 2 * marginal)
            }
            print("\n" + table)
        }

        /// Seconds of the fastest of `repetitions` runs of the filtered plan (all must succeed).
        func fastest(_ config: Config, filters: [String], count: Int, label: String, fixture: BrowserFixture,
                     environment: [String: String]) async throws -> Double {
            var best = Double.infinity
            for repetition in 1 ... Self.repetitions {
                var request = RunRequest(config: config, plan: try Planner.plan(config, batch: nil, filters: filters, environment: [:]))
                request.runsDirectory = fixture.root.appendingPathComponent("runs")
                request.baselinesDirectory = fixture.root.appendingPathComponent("baselines-\(label)-\(repetition)")
                request.runId = "\(label)-\(repetition)"
                request.updateBaselines = .missing
                var outcome: RunResult?
                let elapsed = try await ContinuousClock().measure {
                    outcome = try await BatchRunner(RunnerEnvironment(environment: environment, assetsDirectory: BrowserFixture.assets)).run(request)
                }
                #expect(outcome?.records.count == count)
                #expect(outcome?.records.allSatisfy { $0.status == .newBaseline } == true, "\(label): \(outcome?.records.map { $0.error ?? "" } ?? [])")
                best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            }
            return best
        }
    }
}
