import Foundation
@testable import SceneBundle
@testable import SceneReport
import SceneTestSupport
import Testing

/// A change that comes and goes over the nights is proposed as flaky on its card; one seen every
/// night since it appeared is not (nobody approved it yet), and nothing is left out of a level.
@Suite struct FlakyProposalTests {
    static func failing(_ fingerprints: [String]) -> (inout ExecutionRecord) -> Void {
        { record in
            record.status = .failed
            var diff = ReportFixture.diff(level: .minor, pixels: 900, percentage: 0.4, withRegions: false)
            diff.regions = fingerprints.enumerated().map { Region(x: 10, y: 40 * $0.offset, width: 30, height: 20, pixels: 300, fingerprint: $0.element) }
            record.baselineDiff = diff
        }
    }

    @Test func aChangeThatComesAndGoesIsProposedOneSeenEveryNightIsNot() throws {
        let work = ReportFixture.temporaryDirectory("flaky-proposal")
        defer { try? FileManager.default.removeItem(at: work) }
        let published = work.appendingPathComponent("published"), bundles = work.appendingPathComponent("bundles")
        // Nights 1..6: the carousel's change on nights 1, 3, 5 and 6 (passing on 2 and 4); the new
        // header's change on every night from 4 on.
        let flicker = "c0ffee0000000001", header = "beef000000000002"
        let nights: [[String]] = [[flicker], [], [flicker], [header], [flicker, header], [flicker, header]]
        var last: ReportResult?
        for (i, changes) in nights.enumerated() {
            last = try ReportFixture.night("night-\(i + 1)", in: published, bundles: bundles, day: i + 1, history: i == 0 ? [] : [published],
                                           change: changes.isEmpty ? { _ in } : Self.failing(changes))
        }
        let site = try #require(last).site
        let summary = try BundleIO.readJSON(ReportSummary.self, from: site.appendingPathComponent("summary.json"))
        #expect(summary.executions.first { $0.id == "about~default~desktop~chromium" }?.changes == [header, flicker].sorted())
        let index = try BundleIO.readJSON(HistoryIndex.self, from: site.appendingPathComponent("history.json"))
        #expect(index.runs.map { $0.changes?[flicker] ?? 0 } == [1, 1, 0, 1, 0, 1], "\(index.runs.map(\.changes))")

        let dashboard = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(dashboard.contains("The history says it is: seen in 4 of the last 6 runs, and absent from 2 run(s) between that compared its executions: it comes and goes"))
        #expect(dashboard.contains("scene approve runs/night-6 --flaky --group \(flicker) --reason &quot;comes and goes&quot; --yes"), "\(dashboard)")
        #expect(!dashboard.contains("--group \(header) --reason"), "seen every night since it appeared: a change to decide, not a flake")
        #expect(summary.executions.first { $0.id == "about~default~desktop~chromium" }?.status == "failed", "a proposal, never applied")
    }

    @Test func tooFewSightingsOrNoPassingRunBetweenProposeNothing() {
        func run(_ changes: [String: Int]?, _ statuses: String) -> HistoryIndex.Run {
            var r = HistoryIndex.Run(run: ReportSummary.Run(runId: "r", project: "p", batch: "b", status: "failed", startedAt: Date(),
                                                             sceneVersion: "0", browserVersions: [:]),
                                     counts: ReportSummary.Counts(total: 1, planned: 1, notRun: 0, failing: 0, byStatus: [:], byLevel: [:]),
                                     totals: ReportSummary.Totals(diffPixels: 0, maxDiffPercentage: 0), report: nil, statuses: statuses, levels: "-")
            r.changes = changes
            return r
        }
        func index(_ runs: [HistoryIndex.Run]) -> HistoryIndex {
            HistoryIndex(schemaVersion: 1, generatedAt: Date(), project: "p", batch: "b", codes: HistoryIndex.codes, ids: ["x"], pages: [""], runs: runs)
        }
        let group = ChangeGroup(fingerprint: "f", executions: ["x"], approvableAlone: 1, pages: 1, viewports: ["v"], browsers: ["b"], pixels: 9)
        let seen = run(["f": 1], "F"), passed = run([:], "p"), absent = run([:], "-"), unknown = run(nil, "p"), errored = run([:], "E")
        #expect(FlakyProposals.propose([group], index: index([seen, passed, seen, passed, seen])).count == 1)
        #expect(FlakyProposals.propose([group], index: index([seen, passed, seen])).isEmpty, "two sightings")
        #expect(FlakyProposals.propose([group], index: index([seen, absent, seen, errored, seen])).isEmpty, "not compared between: no evidence")
        #expect(FlakyProposals.propose([group], index: index([seen, unknown, seen, unknown, seen])).isEmpty, "runs without changes kept do not count")
        #expect(FlakyProposals.propose([group], index: index([seen, seen, seen, passed, passed])).isEmpty, "gone before, here every night since")
    }
}
