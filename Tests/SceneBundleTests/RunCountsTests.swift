import Foundation
import Testing
import SceneBundle

@Suite struct RunCountsTests {
    static func record(_ page: String, level: DiffLevel, timings: ExecutionTimings? = nil) -> ExecutionRecord {
        var record = ExecutionRecord(key: ExecutionKey(page: page, task: "t", viewport: "v", browser: "chromium"), url: "http://x/")
        record.status = .passed
        if level != .none {
            record.baselineDiff = DiffRecord(identical: false, width: 10, height: 10, expectedWidth: 10, expectedHeight: 10,
                                             diffPixels: 1, diffPercentage: 1, shiftAwareDiffPixels: 1, maxDelta: 0.5,
                                             level: level, regions: [], bands: [])
        }
        record.timings = timings
        return record
    }

    @Test func aRunOfNoiseOnlyIsNoiseAndAnyRealChangeMakesItMinor() {
        let quiet = [Self.record("a", level: .none), Self.record("b", level: .noise)]
        #expect(RunCounts(quiet).level(majorPercent: 10) == .noise)
        #expect(RunCounts([Self.record("a", level: .none)]).level(majorPercent: 10) == .none)
        #expect(RunCounts(quiet + [Self.record("c", level: .minor)]).level(majorPercent: 10) == .minor)
        #expect(RunCounts(quiet + [Self.record("c", level: .major)]).level(majorPercent: 10) == .major)
    }

    @Test func phasesAreSummedAndAPhaseNoExecutionHadStaysAbsent() {
        let counts = RunCounts([
            Self.record("a", level: .none, timings: ExecutionTimings(navigationMs: 100, captureMs: 2000, analysisMs: 50)),
            Self.record("b", level: .none),
            Self.record("c", level: .none, timings: ExecutionTimings(navigationMs: 300, stitchMs: 400, analysisMs: 25)),
        ])
        let t = counts.timings
        #expect(t?.navigationMs == 400 && t?.captureMs == 2000 && t?.stitchMs == 400 && t?.analysisMs == 75)
        #expect(t?.settleMs == nil && t?.scrollMs == nil)
        #expect(RunCounts([Self.record("b", level: .none)]).timings == nil)
    }
}
