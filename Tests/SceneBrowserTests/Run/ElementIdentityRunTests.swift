import Foundation
import SceneBundle
import SceneConfig
import SceneLocator
import Testing
@testable import SceneRun
import SceneTestSupport

/// Element identity through the real runner and Chromium: the rows of a table are re-sorted, so
/// the old row-index locator still finds exactly one Edit button, another person's. Scene must
/// not click it in silence: with healing it clicks the baseline's person's button, without
/// healing it fails the step, and both times the execution says which element it expected and
/// which it found.
@Suite(.serialized) struct ElementIdentityRunTests {
    @Test func aLocatorThatStillFindsAnotherRowIsHealedOrFailsNamingBoth() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["users.html": usersPage(["Ada Lovelace", "Grace Hopper", "Alan Turing"])])
        defer { server.stop() }
        let root = try temporaryDirectory("identity-run")
        defer { try? FileManager.default.removeItem(at: root) }
        // The second row's button, as a recorder writes it; the title says whose button was clicked.
        let steps = [Step(kind: .click, locator: Locator(selector: "tbody tr:nth-child(2) button"), timeoutMs: 8000),
                     Step(kind: .assertTitle, value: "edit Grace Hopper", timeoutMs: 8000)]
        var request = makeRequest([execution("users", url: "\(server.base)/users.html", steps: steps)], root: root, healing: true)
        let runner = BatchRunner(RunnerEnvironment(environment: environment, resolver: StandardResolver.handler))
        request.runId = "1-record"
        let first = try #require(try await runner.run(request).records.first)
        #expect(first.status == .newBaseline, "\(first.error ?? "")")
        #expect(first.healing.isEmpty)

        // Sorted by e-mail: Ada, Alan, Grace. Row 2 is now Alan Turing's.
        try Data(usersPage(["Ada Lovelace", "Alan Turing", "Grace Hopper"]).utf8).write(to: server.root.appendingPathComponent("users.html"))
        request.runId = "2-sorted"
        let healed = try #require(try await runner.run(request).records.first)
        #expect(healed.status != .error, "the step acted on Grace Hopper's button again: \(healed.error ?? "")")
        #expect(healed.steps.first?.healed == true, "\(healed.steps)")
        let record = try #require(healed.healing.first)
        #expect(record.reason.contains("Alan Turing") && record.reason.contains("Grace Hopper"),
                "the healing record names the element found and the one expected: \(record.reason)")
        #expect(record.expected?.contains("Grace Hopper") == true && record.found?.contains("Alan Turing") == true,
                "the record keeps both elements as fields, for the report: \(record.expected ?? "nil") / \(record.found ?? "nil")")
        #expect(healed.steps.count == 2 && healed.steps[1].status == "passed", "the title says Grace Hopper's row was edited: \(healed.steps)")

        // Without healing the same doubt fails the step, naming both.
        var strict = makeRequest([execution("users", url: "\(server.base)/users.html", steps: steps)], root: root, healing: false)
        strict.runId = "3-no-healing"
        let failed = try #require(try await runner.run(strict).records.first)
        #expect(failed.status == .error, "\(failed.status)")
        let error = failed.error ?? ""
        #expect(error.contains("Alan Turing") && error.contains("Grace Hopper") && error.contains("healing is off"), "\(error)")
    }
}
