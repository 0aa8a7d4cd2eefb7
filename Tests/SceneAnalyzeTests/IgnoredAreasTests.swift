import Foundation
import SceneAnalyze
import SceneBundle
import SceneConfig
import SceneDiff
import Testing

/// Ignored areas on real PNG files: left out of the counts, measured on their own against their
/// tolerance, compared where their content went when rows above them moved, and the files keep
/// their pixels.
@Suite struct IgnoredAreasTests {
    typealias Pages = ChangeFingerprintTests

    /// Compares `expected` with `observed` with one area `box` ([x, y, width, height]); also returns
    /// the observed file's bytes before and after.
    func compare(_ expected: [UInt8], _ observed: [UInt8], box: [Int], area: IgnoredArea = IgnoredArea(box: PageBox(x: 0, y: 0, width: 1, height: 1)))
        throws -> (record: DiffRecord, unmasked: DiffRecord, kept: Bool) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scene-ignored-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.png"), b = folder.appendingPathComponent("b.png")
        try Pages.write(expected, a); try Pages.write(observed, b)
        let before = try Data(contentsOf: b)
        let page = Page(id: "p", url: "/", ignore: [area])
        let record = try ScreenshotComparison.compare(expected: a, observed: b, diff: folder.appendingPathComponent("d.png"),
                                                      heatmap: folder.appendingPathComponent("h.png"), thresholds: Thresholds(),
                                                      ignored: IgnoredAreas(page: page, boxes: [[box]]))
        let unmasked = try ScreenshotComparison.compare(expected: a, observed: b, diff: folder.appendingPathComponent("d2.png"),
                                                        heatmap: folder.appendingPathComponent("h2.png"), thresholds: Thresholds())
        return (record, unmasked, try Data(contentsOf: b) == before)
    }

    @Test func aChangeInsideAnAreaIsMeasuredNotCounted() throws {
        let (record, unmasked, kept) = try compare(Pages.page(), Pages.page(blockY: 80), box: [90, 70, 80, 44])
        #expect(unmasked.diffPixels > 1000 && unmasked.level >= .minor, "the block alone is a change")
        #expect(record.diffPixels == 0 && record.level == .none && record.regions.isEmpty, "\(record)")
        let area = try #require(record.ignoredAreas?.first)
        #expect(area.changedPixels == unmasked.diffPixels, "the area holds the whole change, with room for its context")
        #expect((area.x, area.y, area.width, area.height) == (90, 70, 80, 44))
        #expect(!area.exceeded && record.exceededAreas.isEmpty)
        #expect(kept, "the screenshot keeps its pixels")
    }

    @Test func overItsToleranceAnAreaFailsOnItsOwn() throws {
        let block = Pages.page(blockY: 80)
        let strict = try compare(Pages.page(), block, box: [90, 70, 80, 44], area: IgnoredArea(selector: ".ad", maxDiffPixels: 100)).record
        #expect(strict.exceededAreas.count == 1 && strict.level == .minor, "\(strict)")
        #expect(strict.exceededAreas[0].summary.contains("'.ad' at 90,70 80×44") && strict.exceededAreas[0].summary.contains("more than maxDiffPixels 100"))
        // About a third of the area's pixels changed.
        let ratio = try compare(Pages.page(), block, box: [90, 70, 80, 44], area: IgnoredArea(selector: ".ad", maxDiffRatio: 0.5)).record
        #expect(ratio.exceededAreas.isEmpty && ratio.level == .none, "\(ratio)")
        let tight = try compare(Pages.page(), block, box: [90, 70, 80, 44], area: IgnoredArea(selector: ".ad", maxDiffPixels: 5000, maxDiffRatio: 0.2)).record
        #expect(tight.exceededAreas.count == 1, "both limits hold: the ratio is over")
    }

    @Test func aChangeOutsideStillCountsAndTheAreaOnlyItsOwn() throws {
        var observed = Pages.page(blockY: 80)
        let other = Pages.page(blockY: 300)
        // A second block far below the area, outside it.
        let width = Pages.width
        for y in 300..<324 { for x in 100..<160 { let i = (y * width + x) * 4; observed[i..<(i + 4)] = other[i..<(i + 4)] } }
        let (record, unmasked, _) = try compare(Pages.page(), observed, box: [90, 70, 80, 44])
        #expect(record.level >= .minor && record.regions.count == 1 && record.regions[0].y >= 290, "\(record.regions)")
        #expect(record.diffPixels + (record.ignoredAreas?.first?.changedPixels ?? 0) == unmasked.diffPixels)
    }

    @Test func contentPushedDownIsComparedWhereItWent() throws {
        // A 30-row banner above everything: the block moved down with the page, unchanged.
        let (record, _, _) = try compare(Pages.page(blockY: 80), Pages.page(blockY: 80, banner: 30), box: [90, 100, 80, 44],
                                         area: IgnoredArea(selector: ".ad", maxDiffPixels: 0))
        #expect(record.bands.contains { $0.kind == .inserted }, "\(record.bands)")
        #expect(record.ignoredAreas?.first?.changedPixels == 0 && record.exceededAreas.isEmpty, "\(record.ignoredAreas ?? [])")
    }

    @Test func byteIdenticalFilesAndAreasOffTheImage() throws {
        let same = try compare(Pages.page(blockY: 80), Pages.page(blockY: 80), box: [90, 70, 80, 44], area: IgnoredArea(selector: ".ad", maxDiffPixels: 0))
        #expect(same.record.ignoredAreas?.first?.changedPixels == 0 && same.record.level == .none)
        let off = try compare(Pages.page(), Pages.page(blockY: 80), box: [5000, 5000, 10, 10]).record
        #expect(off.ignoredAreas?.first?.changedPixels == 0 && off.ignoredAreas?.first?.width == 0)
        #expect(off.level >= .minor, "an area off the image leaves the change counted")
    }
}
