import Foundation
import SceneBundle
import Testing

@Suite struct ChangeGroupsTests {
    static func record(_ page: String, viewport: String = "desktop", level: DiffLevel = .minor, changes: [String?]) -> ExecutionRecord {
        var record = ExecutionRecord(key: ExecutionKey(page: page, task: "default", viewport: viewport, browser: "chromium"), url: "about:blank")
        record.baselineDiff = DiffRecord(identical: false, width: 100, height: 100, expectedWidth: 100, expectedHeight: 100, diffPixels: 10,
                                         diffPercentage: 0.1, shiftAwareDiffPixels: 10, maxDelta: 1, level: level,
                                         regions: changes.enumerated().map { Region(x: 0, y: $0.offset * 30, width: 10, height: 10, pixels: 5, fingerprint: $0.element) },
                                         bands: [])
        return record
    }

    @Test func groupsByChangeMostExecutionsFirst() {
        let groups = ChangeGroups.group([
            Self.record("a", changes: ["h"]), Self.record("b", changes: ["h", "x"]), Self.record("c", viewport: "mobile", changes: ["h"]),
            Self.record("d", changes: ["y", nil]), Self.record("e", level: .none, changes: ["h"]),
        ])
        #expect(groups.map(\.fingerprint) == ["h", "x", "y"])
        #expect(groups[0].executions == ["a~default~desktop~chromium", "b~default~desktop~chromium", "c~default~mobile~chromium"])
        #expect(groups[0].approvableAlone == 2 && groups[0].pages == 3 && groups[0].viewports == ["desktop", "mobile"])
        #expect(groups[0].impact == "3 pages · 2 viewports · 1 browser · 3 executions")
        #expect(groups[2].approvableAlone == 0, "d also holds a change without a fingerprint")
    }

    @Test func approvingAChangeHoldsExecutionsWithOthers() {
        #expect(ChangeGroups.unapprovedChanges(of: Self.record("a", changes: ["h"]), approved: ["h"]) == [])
        #expect(ChangeGroups.unapprovedChanges(of: Self.record("b", changes: ["h", "x"]), approved: ["h"]) == ["x"])
        #expect(ChangeGroups.unapprovedChanges(of: Self.record("d", changes: ["h", nil]), approved: ["h"]) == ["a change too large to fingerprint"])
        #expect(ChangeGroups.unapprovedChanges(of: Self.record("e", changes: ["x"]), approved: ["h"]) == nil)
    }

    @Test func tenThousandExecutionsGroupQuickly() {
        let records = (0..<10_000).map { Self.record("p\($0 / 4)", viewport: "v\($0 % 4)", changes: ["header"] + ($0 % 50 == 0 ? ["own\($0)"] : [])) }
        let start = Date()
        let groups = ChangeGroups.group(records)
        let seconds = Date().timeIntervalSince(start)
        #expect(groups.count == 201 && groups[0].executions.count == 10_000 && groups[0].approvableAlone == 9_800)
        #expect(seconds < 5, "grouping 10,000 executions took \(seconds) s (debug build; the issue asks ≤ 1 s in release)")
    }
}
