import Foundation
import SceneBundle
import SceneConfig
import Testing
@testable import SceneRun
import SceneTestSupport

/// Issue 19 through real Chromium: a templated header changes on every page, three pages change
/// on their own as well (two of them look alike); one decision per change promotes exactly the
/// executions whose every change was approved.
@Suite(.serialized) struct ChangeGroupTests {
    static func page(_ n: Int, nav: [String], body: String) -> String {
        """
        <!doctype html><html><head><title>Page \(n)</title><style>
        body { margin: 0; font: 16px sans-serif } header { height: 56px; background: #234; color: #fff; display: flex; gap: 18px; align-items: center; padding: 0 16px }
        main { padding: 120px 16px 0 } button { font: 16px sans-serif; padding: 6px 12px; background: #36c; color: #fff; border: 0 }
        </style></head><body><header><b>Northwind</b>\(nav.map { "<span>\($0)</span>" }.joined())</header>
        <main><h1>Page \(n)</h1>\(body)</main></body></html>
        """
    }

    static func site(header nav: [String], bodies: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: bodies.enumerated().map { ("p\($0.offset).html", page($0.offset, nav: nav, body: $0.element)) })
    }

    /// The pages' bodies before the night: a price, a button, a line of text of their own.
    static func bodies(_ count: Int) -> [String] {
        (0..<count).map { "<p>Price: $10</p><p><button>Buy</button></p><p>Text of page \($0).</p>" }
    }
    static let oldHeader = ["Home", "Shop", "About"], newHeader = ["Home", "Shop", "Blog", "About"]

    /// Run "1-record" records the baselines of `executions` on `server` (serving `site(header: oldHeader, ...)`);
    /// then the header gains "Blog" on every page, the bodies become `changed`, and run "2-changed" compares.
    static func recordThenChange(_ executions: [PlannedExecution], root: URL, server: TestServer, runner: BatchRunner,
                                 changed: [String]) async throws -> (request: RunRequest, second: RunResult) {
        var request = makeRequest(executions, root: root)
        request.runId = "1-record"
        _ = try await runner.run(request)
        for (name, html) in site(header: newHeader, bodies: changed) {
            try Data(html.utf8).write(to: server.root.appendingPathComponent(name))
        }
        request.runId = "2-changed"
        return (request, try await runner.run(request))
    }

    @Test func oneDecisionPerChange() async throws {
        let environment = try browserEnvironment()
        let bodies = Self.bodies(6)
        var changed = bodies
        changed[1] = bodies[1].replacingOccurrences(of: "$10", with: "$12")
        changed[2] = bodies[2].replacingOccurrences(of: ">Buy<", with: ">Buy now<")
        changed[3] = bodies[3].replacingOccurrences(of: ">Buy<", with: ">Buy new<")
        let server = try TestServer(pages: Self.site(header: Self.oldHeader, bodies: bodies))
        defer { server.stop() }
        let root = try temporaryDirectory("changes")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = BatchRunner(RunnerEnvironment(environment: environment))
        let viewports = [Viewport(name: "small", width: 640, height: 480), Viewport(name: "large", width: 1024, height: 600)]
        let executions = (0..<6).flatMap { n in viewports.map { execution("p\(n)", url: "\(server.base)/p\(n).html", viewport: $0) } }
        let night = try await Self.recordThenChange(executions, root: root, server: server, runner: runner, changed: changed)
        var request = night.request
        let second = night.second
        #expect(second.records.count == 12 && second.records.allSatisfy { $0.status == .failed }, "\(second.records.map { ($0.id, $0.status) })")
        let groups = ChangeGroups.group(second.records)
        let pagesOf = { (group: ChangeGroup) in Set(group.executions.map { $0.split(separator: "~")[0] }) }
        // The header: in every execution, one group per viewport at most (its layout differs with the width).
        let header = groups.filter { pagesOf($0).count == 6 }
        #expect((1...2).contains(header.count), "\(groups.map { ($0.fingerprint, $0.executions) })")
        #expect(header.reduce(0) { $0 + $1.executions.count } == 12)
        // Each page's own change is a group of that page only; the look-alike buttons of p2 and p3 are not merged.
        for page in ["p1", "p2", "p3"] {
            #expect(groups.contains { pagesOf($0) == [Substring(page)] }, "\(page): \(groups.map { ($0.fingerprint, $0.executions) })")
        }
        #expect(!groups.contains { pagesOf($0).isSuperset(of: ["p2", "p3"]) && pagesOf($0).count < 6 })
        #expect(groups.count <= 2 + 3 * 2, "at most one group per change and viewport: \(groups.count)")
        let fingerprints = try #require(second.records.first?.baselineDiff?.regions.first?.fingerprint)
        #expect(fingerprints.count == 16)

        // Approving the header promotes the pages with no other change; the others are held, saying why.
        let approval = try Approval.approve(run: second.bundle.root, filters: [], groups: header.map { String($0.fingerprint.prefix(8)) }, user: "tester")
        #expect(Set(approval.approved) == Set(second.records.map(\.id).filter { ["p0", "p4", "p5"].contains($0.split(separator: "~")[0]) }))
        #expect(approval.skipped.count == 6 && approval.skipped.allSatisfy { $0.reason.contains("also holds changes not approved") })

        // A reviewer's file: the header and p2's change. Refused for another run.
        let p2 = try #require(groups.first { pagesOf($0) == ["p2"] })
        let file = root.appendingPathComponent("approvals.json")
        try BundleIO.writeJSON(Approval.Decisions(runId: "1-record", groups: [p2.fingerprint]), to: file)
        #expect(throws: SceneFailure.self) { try Approval.approve(run: second.bundle.root, filters: [], decisions: file, user: "tester") }
        let p2Groups = groups.filter { pagesOf($0) == ["p2"] }.map(\.fingerprint)
        try BundleIO.writeJSON(Approval.Decisions(runId: "2-changed", groups: header.map(\.fingerprint) + p2Groups), to: file)
        let fromFile = try Approval.approve(run: second.bundle.root, filters: ["p2"], decisions: file, user: "tester")
        #expect(fromFile.approved.count == 2 && fromFile.approved.allSatisfy { $0.hasPrefix("p2~") }, "\(fromFile.approved)")

        request.runId = "3-after"
        let third = try await runner.run(request)
        let statusByPage = Dictionary(grouping: third.records) { String($0.key.page) }.mapValues { Set($0.map(\.status)) }
        for page in ["p0", "p2", "p4", "p5"] { #expect(statusByPage[page] == [.passed], "\(page): \(statusByPage[page] ?? [])") }
        for page in ["p1", "p3"] { #expect(statusByPage[page] == [.failed], "\(page): \(statusByPage[page] ?? [])") }
    }
}
