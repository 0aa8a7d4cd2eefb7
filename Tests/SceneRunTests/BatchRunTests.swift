import Foundation
import SceneBundle
import SceneConfig
import Testing
@testable import SceneRun

@Suite(.serialized) struct BatchRunTests {
    @Test func smallBatchRunsGreenAndWritesAValidBundle() async throws {
        let environment = try realEnvironment()
        let server = try TestServer(pages: ["a.html": simplePage, "b.html": simplePage.replacingOccurrences(of: "#36c", with: "#c63")])
        defer { server.stop() }
        let root = try temporaryDirectory("green")
        defer { try? FileManager.default.removeItem(at: root) }
        let steps = [Step(kind: .fill, locator: LocatorSpec(label: "Name"), value: "Ada"),
                     Step(kind: .click, locator: LocatorSpec(testId: "go")),
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
        // The trace was analysed and turned into reproduction scripts of what was performed.
        #expect(a.trace?.actions.map(\.kind).contains("fill") == true)
        #expect(a.artifacts.reproPython == "repro.py" && a.artifacts.reproTypeScript == "repro.spec.ts" && a.artifacts.reproSteps == "repro.txt")
        let script = try String(contentsOf: outcome.bundle.executionDirectory(a.id).appendingPathComponent("repro.py"), encoding: .utf8)
        #expect(script.contains("get_by_label(\"Name\")") && script.contains("Ada"), "\(script)")
        let plainSteps = try String(contentsOf: outcome.bundle.executionDirectory(a.id).appendingPathComponent("repro.txt"), encoding: .utf8)
        #expect(plainSteps.contains("Ada"))
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
