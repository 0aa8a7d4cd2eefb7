import Foundation
import SceneBundle
import SceneConfig
import Testing
@testable import SceneRun

@Suite(.serialized) struct BaselineTests {
    /// Record, change the page, compare (failed with a diff), approve, compare again (passed).
    @Test func changedPageFailsThenApprovalMakesItPass() async throws {
        let environment = try realEnvironment()
        let server = try TestServer(pages: ["p.html": simplePage])
        defer { server.stop() }
        let root = try temporaryDirectory("baselines")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = BatchRunner(RunnerEnvironment(environment: environment))
        var request = makeRequest([execution("p", url: "\(server.base)/p.html")], root: root)
        request.runId = "1-record"
        let first = try await runner.run(request)
        #expect(first.records.first?.status == .newBaseline)

        try Data(simplePage.replacingOccurrences(of: "#36c", with: "#e33").utf8).write(to: server.root.appendingPathComponent("p.html"))
        request.runId = "2-changed"
        let second = try await runner.run(request)
        let changed = try #require(second.records.first)
        #expect(changed.status == .failed)
        let diff = try #require(changed.baselineDiff)
        #expect(diff.diffPixels >= 200 * 80 - 400, "the 200x80 box changed colour")
        #expect(diff.level >= .minor)
        #expect(diff.diffImage == "diff.png")
        let dir = second.bundle.executionDirectory(changed.id)
        for name in ["diff.png", "heatmap.png", "thumb.jpg", "baseline.png"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), "\(name)")
        }
        #expect(second.manifest.status == .failed)

        let approval = try Approval.approve(run: second.bundle.root, filters: ["p"], user: "tester")
        #expect(approval.approved == [changed.id])
        let audit = try String(contentsOf: root.appendingPathComponent("baselines/audit.jsonl"), encoding: .utf8)
        let lines = audit.split(separator: "\n")
        #expect(lines.count == 2, "one line for the recording, one for the approval")
        #expect(lines.last?.contains(#""action":"approve""#) == true)
        #expect(lines.last?.contains(#""user":"tester""#) == true)
        let meta = try BundleIO.readJSON(BaselineMeta.self, from: BaselineStore(root: root.appendingPathComponent("baselines")).metaURL(changed.key))
        #expect(meta.runId == "2-changed" && meta.action == .approve)

        request.runId = "3-approved"
        let third = try await runner.run(request)
        #expect(third.records.first?.status == .passed)
        #expect(third.records.first?.baselineDiff?.diffPixels == 0)
    }

    @Test func approveRejectsAFolderThatIsNotARun() throws {
        let root = try temporaryDirectory("notarun")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: RunSetupError.self) { try Approval.approve(run: root, filters: []) }
    }
}
