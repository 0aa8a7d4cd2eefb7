import Foundation
import SceneBundle
import SceneConfig
import SceneLocator
import Testing
@testable import SceneRun
import SceneTestSupport

/// Look-alikes through the real runner and Chromium: the baseline run records, with each step's
/// element, the page's elements most like it; a later heal checks every candidate against them.
/// Alan Turing's row is removed and the row that moves up into its place, Alan Kay's, shares a
/// word with it: without look-alikes healing clicks Alan Kay's Edit button, with them the step
/// fails saying the element seems removed. Grace Hopper's button, only given a new id, still heals.
@Suite(.serialized) struct LookAlikesRunTests {
    static let people = ["Ada Lovelace", "Alan Turing", "Alan Kay", "Grace Hopper"]

    static func slug(_ name: String) -> String { name.lowercased().replacingOccurrences(of: " ", with: "-") }

    /// v1: every Edit button is `#edit-<name>`.
    static let v1 = usersPage(people) { "edit-\(slug($0))" }
    /// v2: Alan Turing's row is gone and every button is `#<name>-edit`: both recorded locators find nothing.
    static let v2 = usersPage(people.filter { $0 != "Alan Turing" }) { "\(slug($0))-edit" }

    @Test func aRemovedRowsButtonIsNotHealedToTheRowThatMovedIntoItsPlace() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["users.html": Self.v1])
        defer { server.stop() }
        let root = try temporaryDirectory("look-alikes-run")
        defer { try? FileManager.default.removeItem(at: root) }
        // Grace Hopper's button first: a failed step leaves the later ones unrun. The title says
        // whose button the healed click found. 3 s per step bounds each broken locator's wait.
        let steps = [Step(kind: .click, locator: Locator(selector: "#edit-grace-hopper"), timeoutMs: 3000),
                     Step(kind: .assertTitle, value: "edit Grace Hopper", timeoutMs: 3000),
                     Step(kind: .click, locator: Locator(selector: "#edit-alan-turing"), timeoutMs: 3000)]
        let runner = BatchRunner(RunnerEnvironment(environment: environment, resolver: StandardResolver.handler))
        func run(_ runId: String, baselines: String) async throws -> (RunResult, ExecutionRecord) {
            var request = makeRequest([execution("users", url: "\(server.base)/users.html", steps: steps)], root: root,
                                      executionTimeout: 40, healing: true)
            request.runId = runId
            request.baselinesDirectory = root.appendingPathComponent(baselines)
            let result = try await runner.run(request)
            return (result, try #require(result.records.first))
        }

        // v1: the baseline records each step's element and its look-alikes, Alan Kay's button among Alan Turing's.
        let (_, recorded) = try await run("1-record", baselines: "baselines")
        #expect(recorded.status == .newBaseline, "\(recorded.error ?? "")")
        let elementsURL = BaselineStore(root: root.appendingPathComponent("baselines")).folder.elementsURL(recorded.key)
        let elements = try #require(BaselineElements.load(elementsURL, executionId: recorded.id).elements)
        let turing = try #require(elements.entries.first { $0.step == 2 })
        #expect(turing.element.id == "edit-alan-turing")
        #expect(turing.lookAlikes?.contains { $0.id == "edit-alan-kay" } == true, "\(turing.lookAlikes?.map(\.described) ?? [])")

        // The same baseline without look-alikes (as recorded before them), for the trap below.
        let blindBaselines = root.appendingPathComponent("baselines-without-look-alikes")
        try FileManager.default.copyItem(at: root.appendingPathComponent("baselines"), to: blindBaselines)
        var stripped = elements
        stripped.entries = stripped.entries.map { var entry = $0; entry.lookAlikes = nil; return entry }
        try BundleIO.writeJSON(stripped, to: BaselineStore(root: blindBaselines).folder.elementsURL(recorded.key))

        try Data(Self.v2.utf8).write(to: server.root.appendingPathComponent("users.html"))

        // The trap: from the element alone, Alan Kay's button (same place, a shared word) is taken.
        let (_, blind) = try await run("2-without-look-alikes", baselines: "baselines-without-look-alikes")
        try #require(blind.steps.count == 3, "\(blind.error ?? "")")
        #expect(blind.steps[2].healed == true && blind.steps[2].resolvedLocator == "locator('#alan-kay-edit')",
                "without look-alikes healing must pick the neighbouring row, or this test shows nothing: \(blind.steps[2])")

        // With the look-alikes: Grace Hopper's button heals and is clicked; Alan Turing's is refused as removed.
        let (withLookAlikes, refused) = try await run("3-with-look-alikes", baselines: "baselines")
        try #require(refused.steps.count == 3, "\(refused.error ?? "")")
        let renamed = refused.steps[0]
        #expect(renamed.healed == true && renamed.resolvedLocator == "locator('#grace-hopper-edit')", "\(renamed)")
        #expect(refused.steps[1].status == "passed", "the healed click was Grace Hopper's: \(refused.steps[1])")
        let removed = refused.steps[2]
        #expect(removed.status == "failed" && removed.healed != true, "\(removed)")
        let error = removed.error ?? ""
        #expect(error.contains("#edit-alan-turing") && error.contains("seems removed"), "\(error)")
        #expect(error.contains("alan-kay-edit") && error.contains("ada-lovelace-edit"), "the candidates are named: \(error)")
        #expect(refused.status == .error && refused.error?.contains("step 3") == true, "\(refused.error ?? "")")

        // execution.json keeps the refusal for the report: the locator it expected, nothing chosen.
        let folder = withLookAlikes.bundle.executionDirectory(refused.id)
        let stored = try BundleIO.readJSON(ExecutionRecord.self, from: folder.appendingPathComponent(ExecutionFiles.record))
        let refusals = stored.healing.filter { $0.step == 2 }
        try #require(refusals.count == 1, "one attempt, refused at once: \(stored.healing)")
        #expect(refusals[0].failedLocator == "locator('#edit-alan-turing')" && refusals[0].chosenLocator == nil, "\(refusals[0])")
        #expect(refusals[0].reason.contains("seems removed") && refusals[0].runnerUp?.hasSuffix("-edit')") == true, "\(refusals[0])")
    }
}
