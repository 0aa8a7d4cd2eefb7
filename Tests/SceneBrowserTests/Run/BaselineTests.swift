import Foundation
import SceneBundle
import SceneConfig
import Testing
@testable import SceneRun
import SceneTestSupport

@Suite(.serialized) struct BaselineTests {
    /// Record, change the page, compare (failed with a diff), approve, compare again (passed).
    @Test func changedPageFailsThenApprovalMakesItPass() async throws {
        let environment = try browserEnvironment()
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
        let meta = try BundleIO.readJSON(BaselineMeta.self, from: BaselineStore(root: root.appendingPathComponent("baselines")).folder.metaURL(changed.key))
        #expect(meta.runId == "2-changed" && meta.action == .approve)

        request.runId = "3-approved"
        let third = try await runner.run(request)
        let unchanged = try #require(third.records.first)
        #expect(unchanged.status == .passed)
        #expect(unchanged.baselineDiff?.diffPixels == 0)
        // The page did not change, so Chromium wrote the same bytes: compared without decoding,
        // and no diff or heatmap image (the report shows those modes as not available).
        let thirdDir = third.bundle.executionDirectory(unchanged.id)
        let sameBytes = try Data(contentsOf: thirdDir.appendingPathComponent("observed.png")) == Data(contentsOf: thirdDir.appendingPathComponent("baseline.png"))
        #expect(sameBytes)
        #expect(unchanged.baselineDiff?.diffImage == nil && unchanged.baselineDiff?.heatmapImage == nil)
        #expect(!FileManager.default.fileExists(atPath: thirdDir.appendingPathComponent("diff.png").path))
    }

    @Test func approveRejectsAFolderThatIsNotARun() throws {
        let root = try temporaryDirectory("notarun")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: RunSetupError.self) { try Approval.approve(run: root, filters: []) }
    }
}

@Suite struct StabilizationTests {
    /// Infinite animations, a transition, a blinking caret and a cookie banner: with the default
    /// stabilisation two runs give the same pixels.
    @Test func animatedPageIsCapturedTheSameTwice() async throws {
        let environment = try browserEnvironment()
        let page = """
        <!doctype html><html><head><title>Busy</title><style>
        @keyframes spin { to { transform: rotate(360deg) } } @keyframes fade { from { opacity: 0 } to { opacity: 1 } }
        .spin { width: 60px; height: 60px; background: #c33; animation: spin .7s linear infinite }
        .fade { animation: fade 2s ease-in-out infinite alternate } .grow { transition: width 3s; width: 10px; height: 20px; background: #3c3 }
        #cookie-banner { position: fixed; bottom: 0; left: 0; right: 0; padding: 20px; background: #222; color: #fff }
        </style></head><body><h1 class="fade">Busy page</h1><div class="spin"></div><div class="grow" id="g"></div>
        <input autofocus value="caret"><div style="height:1500px"></div><p>bottom</p>
        <div id="cookie-banner">We use cookies <button>OK</button></div>
        <script>requestAnimationFrame(() => document.getElementById('g').style.width = '300px')</script></body></html>
        """
        let server = try TestServer(pages: ["busy.html": page])
        defer { server.stop() }
        let root = try temporaryDirectory("stable")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = BatchRunner(RunnerEnvironment(environment: environment))
        var request = makeRequest([execution("busy", url: "\(server.base)/busy.html")], root: root, stabilization: Stabilization())
        request.runId = "one"
        let first = try await runner.run(request)
        #expect(first.records.first?.status == .newBaseline)
        request.runId = "two"
        let second = try await runner.run(request)
        let record = try #require(second.records.first)
        #expect(record.status == .passed, "\(record.baselineDiff.map { "\($0.diffPixels) pixels differ" } ?? record.error ?? "")")
        #expect(record.baselineDiff?.diffPixels == 0)
        #expect((record.baselineDiff?.height ?? 0) > 1500, "full page")
    }
}
