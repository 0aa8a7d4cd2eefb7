import SceneLocator
import Foundation
import SceneBundle
import SceneConfig
import Testing
@testable import SceneRun
import SceneTestSupport

@Suite(.serialized) struct BatchRunTests {
    @Test func smallBatchRunsGreenAndWritesAValidBundle() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["a.html": simplePage, "b.html": simplePage.replacingOccurrences(of: "#36c", with: "#c63")])
        defer { server.stop() }
        let root = try temporaryDirectory("green")
        defer { try? FileManager.default.removeItem(at: root) }
        let steps = [Step(kind: .fill, locator: Locator.label("Name"), value: "Ada"),
                     Step(kind: .click, locator: Locator.testId("go")),
                     Step(kind: .assertTitle, value: "done")]
        let request = makeRequest([execution("a", url: "\(server.base)/a.html", steps: steps),
                                   execution("b", url: "\(server.base)/b.html")], root: root)
        let outcome = try await BatchRunner(RunnerEnvironment(environment: environment)).run(request)

        #expect(outcome.manifest.status == .passed)
        #expect(outcome.records.map(\.status) == [.newBaseline, .newBaseline])
        #expect(outcome.manifest.playwrightVersion == "1.65.2")
        let manifest = try outcome.bundle.readManifest()
        #expect(manifest.counts.total == 2)
        #expect(manifest.plannedExecutionIds == ["a~default~small~chromium", "b~default~small~chromium"])
        for record in outcome.records {
            let dir = outcome.bundle.executionDirectory(record.id)
            let png = try Data(contentsOf: dir.appendingPathComponent("observed.png"))
            #expect(PNGHeader.size(of: png)?.width == 640)
            let zip = try Data(contentsOf: dir.appendingPathComponent("trace.zip"))
            #expect(zip.prefix(2) == Data("PK".utf8))
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("baselines/\(record.key.page)/default/small-chromium.png").path))
        }
        let a = try outcome.bundle.readExecution("a~default~small~chromium")
        #expect(a.steps.map(\.status) == ["passed", "passed", "passed"])
        #expect(a.title == "done")
        // The trace was analysed against the declared steps, and repro scripts written from it.
        #expect(a.trace?.actions.contains { $0.kind == "click" } == true)
        #expect(a.trace?.notPerformed.isEmpty == true)
        // Scene's own page load is expected, not "performed, not declared", on pages with and without steps.
        for record in outcome.records {
            #expect(record.trace?.missing.isEmpty == true && record.trace?.coverage == 1, "\(record.id): \(String(describing: record.trace?.missing))")
        }
        #expect(a.artifacts.reproPython == "repro.py")
        // Screencast frames around the actions are exported for the report's filmstrip.
        let frames = a.trace?.frames ?? []
        #expect(!frames.isEmpty)
        #expect(frames.allSatisfy { FileManager.default.fileExists(atPath: outcome.bundle.executionDirectory(a.id).appendingPathComponent($0.file).path) })
        let repro = try String(contentsOf: outcome.bundle.executionDirectory(a.id).appendingPathComponent("repro.py"), encoding: .utf8)
        #expect(repro.contains("get_by_test_id(\"go\")") || repro.contains("get_by_test_id('go')"))
        // The journal ends every execution in a terminal state, and nothing is left half-written.
        let latest = Journal.latestStates(at: outcome.bundle.journalURL)
        #expect(latest.values.allSatisfy { $0.status == .newBaseline })
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: outcome.bundle.root.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)

        // A second run compares against the baselines recorded by the first.
        var again = request
        again.runId = "second"
        let second = try await BatchRunner(RunnerEnvironment(environment: environment)).run(again)
        #expect(second.records.allSatisfy { $0.artifacts.baseline == "baseline.png" })
        #expect(second.records.allSatisfy { $0.status == .passed })
    }
}

@Suite(.serialized) struct ResolveTests {
    /// A broken test id is healed and a plain sentence interpreted, both through the runner's
    /// `resolve` message answered by SceneLocate; without a resolver the plain step fails clearly.
    @Test func brokenLocatorIsHealedAndPlainStepInterpreted() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["p.html": simplePage])
        defer { server.stop() }
        let root = try temporaryDirectory("resolve")
        defer { try? FileManager.default.removeItem(at: root) }
        let steps = [Step(kind: .fill, locator: Locator.label("Name"), value: "Ada"),
                     Step(kind: .click, locator: Locator.testId("go-old"), timeoutMs: 1000),
                     Step(kind: .assertTitle, value: "done"),
                     Step(kind: .plain, value: "Click the Go button")]
        let request = makeRequest([execution("p", url: "\(server.base)/p.html", steps: steps)], root: root, healing: true)
        let outcome = try await BatchRunner(RunnerEnvironment(environment: environment, resolver: StandardResolver.handler)).run(request)
        let record = try #require(outcome.records.first)
        #expect(record.status == .newBaseline, "\(record.error ?? "")")
        try #require(record.steps.count == 4, "\(record.steps)")
        #expect(record.steps[1].healed == true)
        #expect(record.steps[1].resolvedLocator?.contains("go") == true || record.steps[1].resolvedLocator?.contains("Go") == true)
        #expect(record.healing.first?.failedLocator == "getByTestId('go-old')")
        #expect(record.steps[3].resolvedLocator != nil)

        var plainOnly = makeRequest([execution("q", url: "\(server.base)/p.html", steps: [Step(kind: .plain, value: "Click the Go button")])],
                                    root: root)
        plainOnly.runId = "no-resolver"
        let refused = try await BatchRunner(RunnerEnvironment(environment: environment)).run(plainOnly)
        #expect(refused.records.first?.status == .error)
        #expect(refused.records.first?.error?.contains("plain-language step") == true)
    }
}
