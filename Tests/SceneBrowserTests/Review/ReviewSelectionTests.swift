import Foundation
import SceneBundle
import SceneConfig
@testable import SceneReport
@testable import SceneRun
import SceneTestSupport
import Testing

/// Approving from the static report (issue 19, docs/REVIEW.md), all of it real: two runs in
/// Chromium (a header change on five pages, a page-specific change on two of them), the report
/// opened from file:// under its CSP, a reviewer ticking a group, marking a change flaky and
/// ticking executions on the dashboard and on an execution page, the selection surviving a
/// reload, approvals.json downloaded through the browser, and the real `scene approve --from`
/// promoting exactly what the file decides.
@Suite(.serialized) struct ReviewSelectionTests {
    struct Observations: Decodable {
        struct State: Decodable {
            var counter: String; var group: Bool; var flaky: Bool; var groupsChecked: [String]; var flakyChecked: [String]
            var downloadEnabled: Bool; var stored: [String]
            var cardBoxFollows: Bool?; var listBoxes: Int?; var listBox: Bool?; var suggestedFilename: String?; var command: String?
        }
        struct Before: Decodable { var counter: String; var downloadEnabled: Bool; var boxesVisible: Bool }
        struct Pair: Decodable { var group: Bool; var flaky: Bool }
        struct Exclusive: Decodable { var group: Bool; var flaky: Bool; var afterFlakyAgain: Pair }
        struct ExecutionPage: Decodable { var counterBefore: String; var checkedBefore: Bool; var counterAfter: String }
        var external: [String]; var console: [String]; var pageErrors: [String]; var dialogs: [String]; var csp: [String]
        var before: Before; var exclusive: Exclusive; var ticked: State; var reloaded: State; var executionPage: ExecutionPage
        var back: State; var cleared: State; var clearedAfterReload: State
    }

    /// The decisions file as the report writes it (`Approval.Decisions` plus `flaky`).
    struct Downloaded: Decodable {
        var runId: String; var configDigest: String?; var groups: [String]; var executions: [String]; var flaky: [String]
    }

    @Test func reviewerApprovesFromTheReport() async throws {
        let environment = try browserEnvironment()
        let bodies = ChangeGroupTests.bodies(5)
        var changed = bodies
        changed[1] = bodies[1].replacingOccurrences(of: "$10", with: "$12")
        changed[2] = bodies[2].replacingOccurrences(of: ">Buy<", with: ">Buy now<")
        let server = try TestServer(pages: ChangeGroupTests.site(header: ChangeGroupTests.oldHeader, bodies: bodies))
        defer { server.stop() }
        let root = try temporaryDirectory("review-ui")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = BatchRunner(RunnerEnvironment(environment: environment))
        let viewport = Viewport(name: "small", width: 640, height: 480)
        let executions = (0..<5).map { execution("p\($0)", url: "\(server.base)/p\($0).html", viewport: viewport) }
        let second = try await ChangeGroupTests.recordThenChange(executions, root: root, server: server, runner: runner, changed: changed).second
        let id = { (page: String) in try #require(second.records.first { $0.key.page == page }?.id) }
        #expect(second.records.allSatisfy { $0.status == .failed }, "\(second.records.map { ($0.id, $0.status) })")
        let groups = ChangeGroups.group(second.records)
        let header = try #require(groups.first { $0.executions.count == 5 }, "\(groups.map { ($0.fingerprint, $0.executions) })")
        // Marked flaky: p2's own change. p2 is also ticked by itself, so whether `--from` lets a flaky
        // change stand beside an approved one (flake memory) or not, the same baselines are promoted.
        let buyNow = try #require(groups.first { $0.executions == [try id("p2")] }, "\(groups.map { ($0.fingerprint, $0.executions) })")

        let site = root.appendingPathComponent("site")
        try ReportBuilder().build(bundle: second.bundle, into: site)
        let download = root.appendingPathComponent("downloads/approvals.json")
        let data = try ReportFixture.runPython("Tests/SceneBrowserTests/Review/drive_review.py",
                                               [site.path, header.fingerprint, buyNow.fingerprint, try id("p2"), SafeName.of(try id("p3")),
                                                try id("p3"), download.path], timeout: 400)
        let o = try JSONDecoder().decode(Observations.self, from: data)
        #expect(o.external.isEmpty, "external requests \(o.external)")
        #expect(o.console.isEmpty, "console \(o.console)")
        #expect(o.pageErrors.isEmpty, "page errors \(o.pageErrors)")
        #expect(o.dialogs.isEmpty, "dialogs \(o.dialogs)")
        #expect(o.csp.isEmpty, "CSP violations \(o.csp)")

        #expect(o.before.counter == "nothing selected" && !o.before.downloadEnabled && o.before.boxesVisible)
        #expect(o.exclusive.group && !o.exclusive.flaky, "approving a change unmarks it as flaky")
        #expect(!o.exclusive.afterFlakyAgain.group && o.exclusive.afterFlakyAgain.flaky, "marking it flaky unapproves it")
        let selected = "1 change approved · 1 execution approved · 1 change flaky"
        #expect(o.ticked.counter == selected && o.ticked.downloadEnabled)
        #expect(o.ticked.groupsChecked == [header.fingerprint] && o.ticked.flakyChecked == [buyNow.fingerprint])
        #expect(o.ticked.listBoxes == 1 && o.ticked.cardBoxFollows == true, "the execution's box in the header card follows the list's")
        #expect(o.ticked.stored == ["scene.approvals.2-changed"])
        // The selection survives a reload.
        #expect(o.reloaded.counter == selected && o.reloaded.group && o.reloaded.flaky && o.reloaded.listBox == true)
        #expect(o.reloaded.groupsChecked == [header.fingerprint] && o.reloaded.flakyChecked == [buyNow.fingerprint])
        // An execution page shows and adds to the same selection.
        #expect(o.executionPage.counterBefore == selected && !o.executionPage.checkedBefore)
        #expect(o.executionPage.counterAfter == "1 change approved · 2 executions approved · 1 change flaky")
        #expect(o.back.counter == o.executionPage.counterAfter)
        #expect(o.back.suggestedFilename == "approvals.json")
        #expect(o.back.command == "scene approve runs/2-changed --from approvals.json")
        // Cleared, also after a reload.
        #expect(o.cleared.counter == "nothing selected" && !o.cleared.downloadEnabled && o.cleared.groupsChecked.isEmpty && o.cleared.stored.isEmpty)
        #expect(o.clearedAfterReload.counter == "nothing selected" && o.clearedAfterReload.flakyChecked.isEmpty && o.clearedAfterReload.stored.isEmpty)

        // The downloaded file says exactly what was ticked.
        let file = try JSONDecoder().decode(Downloaded.self, from: Data(contentsOf: download))
        let manifest = try second.bundle.readRunManifest()
        #expect(file.runId == "2-changed" && file.configDigest == manifest.configDigest)
        #expect(file.groups == [header.fingerprint])
        #expect(file.executions == [try id("p2"), try id("p3")])
        #expect(file.flaky == [buyNow.fingerprint])

        // The real command applies it: the header-only pages and p2 (ticked itself) are promoted;
        // p1 holds the price change, neither approved nor flaky, so its baseline stays.
        let baselines = BaselinesFolder(root: root.appendingPathComponent("baselines"))
        let keys = second.records.map(\.key)
        let before = try Dictionary(uniqueKeysWithValues: keys.map { ($0.page, try Data(contentsOf: baselines.imageURL($0))) })
        let approve = try SceneExecutable.run(["approve", second.bundle.root.path, "--from", download.path, "--yes"], environment: environment)
        #expect(approve.status == 0, "\(approve.stdout)\n\(approve.stderr)")
        var promoted: Set<String> = []
        for record in second.records {
            let now = try Data(contentsOf: baselines.imageURL(record.key))
            guard now != before[record.key.page] else { continue }
            promoted.insert(record.key.page)
            let observed = second.bundle.executionDirectory(record.id).appendingPathComponent(try #require(record.artifacts.observed))
            #expect(now == (try Data(contentsOf: observed)), "\(record.id): the baseline is the run's screenshot")
        }
        #expect(promoted == ["p0", "p2", "p3", "p4"], "\(approve.stdout)\n\(approve.stderr)")
        #expect(approve.stdout.contains("also holds changes not approved") || approve.stderr.contains("also holds changes not approved"),
                "p1 is held with the reason: \(approve.stdout)\n\(approve.stderr)")
        let audit = try String(contentsOf: baselines.auditURL, encoding: .utf8).split(separator: "\n").filter { $0.contains("\"approve\"") }
        #expect(audit.count == 4, "one audit line per promoted baseline: \(audit)")
        // The change marked flaky is remembered in the baselines folder, with its reverse.
        let known = try KnownChanges.read(baselines.knownChangesURL)
        #expect(known.entries.map(\.fingerprint) == [buyNow.fingerprint] && known.entries.first?.kind == .flaky
                && known.entries.first?.reverse != nil && known.entries.first?.runId == "2-changed", "\(known.entries)")
    }
}
