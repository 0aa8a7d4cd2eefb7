import Foundation
import SceneBundle
import SceneConfig
import SceneLocate
import SceneLocator
import SceneReport
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

    /// The menu lost its "Contact us" link and the footer gained one to the same address: the old
    /// locator still finds exactly one link, not the baseline's. Scene doubts it, compares the
    /// whole page, and keeps it, as the most like the baseline's; that is recorded naming both
    /// links, warned about (`healedSteps: warn`), and shown in the report in a real browser.
    @Test func aLocatorKeptAfterDoubtIsRecordedAndShownNamingBoth() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["home.html": Self.councilPage(menuContact: true), "contact.html": Self.contactPage])
        defer { server.stop() }
        let root = try temporaryDirectory("identity-kept")
        defer { try? FileManager.default.removeItem(at: root) }
        let steps = [Step(kind: .click, locator: .role("link", name: "Contact us"), timeoutMs: 8000),
                     Step(kind: .assertTitle, value: "Contact the council", timeoutMs: 8000)]
        var request = makeRequest([execution("home", url: "\(server.base)/home.html", steps: steps)], root: root, healing: true)
        let runner = BatchRunner(RunnerEnvironment(environment: environment, resolver: StandardResolver.handler))
        request.runId = "1-record"
        let first = try #require(try await runner.run(request).records.first)
        #expect(first.status == .newBaseline && first.healing.isEmpty, "\(first.error ?? "") \(first.healing)")

        try Data(Self.councilPage(menuContact: false).utf8).write(to: server.root.appendingPathComponent("home.html"))
        request.runId = "2-moved"
        let second = try await runner.run(request)
        let kept = try #require(second.records.first)
        let record = try #require(kept.healing.first, "the doubt and its settling are recorded: \(kept.steps)")
        #expect(record.confirmed == true && record.chosenLocator == record.failedLocator, "\(record)")
        #expect(record.expected?.contains("navigation") == true && record.found?.contains("contentinfo") == true,
                "the record names the menu's link expected and the footer's found: \(record.expected ?? "nil") / \(record.found ?? "nil")")
        #expect(kept.steps.count == 2 && kept.steps.allSatisfy { $0.status == "passed" } && kept.steps[0].healed != true, "\(kept.steps)")
        #expect(kept.warnings?.contains { $0.contains("kept, though it now finds") && $0.contains("contentinfo") } == true,
                "healedSteps: warn tells the reviewer: \(kept.warnings ?? [])")

        // Nothing to rewrite: `scene heal` finds no edit in a kept locator.
        let plan = Dictionary(uniqueKeysWithValues: [(kept.id, steps)])
        #expect(HealedConfig.edits(steps: plan, records: [kept.id: kept.healing]).edits.isEmpty)

        let site = try ReportBuilder().build(bundle: second.bundle, into: second.bundle.reportURL).site
        let observed = try ReportFixture.runPython("Tests/SceneBrowserTests/Run/drive_healing.py", [site.path, SafeName.of(kept.id)], timeout: 300)
        struct Origin: Decodable { var rows: [String]; var badges: [String]; var warnings: Int; var console: [String]; var pageErrors: [String]; var csp: [String] }
        let origins = try JSONDecoder().decode([String: Origin].self, from: observed)
        #expect(origins.count == 2)
        for (name, o) in origins {
            #expect(o.csp.isEmpty && o.pageErrors.isEmpty && o.console.isEmpty, "\(name): \(o.csp) \(o.pageErrors) \(o.console)")
            #expect(o.rows.count == 1 && o.badges == ["kept after doubt"], "\(name): \(o.rows) \(o.badges)")
            let row = o.rows.first ?? ""
            #expect(row.contains("expected: link \"Contact us\" in navigation") && row.contains("found: link \"Contact us\" in contentinfo"),
                    "\(name): the report says which link was expected and which was found: \(row)")
            #expect(o.warnings >= 1, "\(name): the execution's warning is shown")
        }
    }

    static func councilPage(menuContact: Bool) -> String {
        """
        <!doctype html><html><head><title>Ashbury Council</title></head><body>
        <nav aria-label="Menu"><a href="home.html">Home</a> <a href="bins.html">Bins and recycling</a> <a href="tax.html">Council Tax</a>\(menuContact ? " <a href=\"contact.html\">Contact us</a>" : "")</nav>
        <main><h1>Welcome to Ashbury</h1><p>Find services, pay and report online.</p></main>
        <footer><a href="privacy.html">Privacy</a> <a href="accessibility.html">Accessibility</a>\(menuContact ? "" : " <a href=\"contact.html\">Contact us</a>")</footer>
        </body></html>
        """
    }

    static let contactPage = "<!doctype html><html><head><title>Contact the council</title></head><body><h1>Contact us</h1></body></html>"
}
