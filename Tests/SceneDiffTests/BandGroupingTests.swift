import Foundation
import SceneBundle
import SceneImaging
import Testing
@testable import SceneDiff

@Suite struct BandGroupingTests {
    /// The bands SceneDiff found on a real documentation page (1280 px wide, Chromium) after
    /// one paragraph was inserted: the block itself and 43 one-row bands of repeated rows.
    static let insertedParagraph: [Band] = [
        Band(kind: .inserted, y: 802, height: 113), Band(kind: .moved, y: 1032, height: 1, fromY: 884), Band(kind: .moved, y: 1120, height: 1, fromY: 989),
        Band(kind: .moved, y: 1215, height: 1, fromY: 1080), Band(kind: .moved, y: 1298, height: 1, fromY: 1108), Band(kind: .moved, y: 1369, height: 1, fromY: 1227),
        Band(kind: .moved, y: 1558, height: 1, fromY: 1411), Band(kind: .moved, y: 1736, height: 1, fromY: 1598), Band(kind: .removed, y: 1778, height: 1),
        Band(kind: .moved, y: 2056, height: 1, fromY: 2000), Band(kind: .moved, y: 2138, height: 1, fromY: 2138), Band(kind: .moved, y: 2478, height: 1, fromY: 3323),
        Band(kind: .removed, y: 2540, height: 1), Band(kind: .moved, y: 2849, height: 1, fromY: 3493), Band(kind: .moved, y: 2955, height: 1, fromY: 2824),
        Band(kind: .moved, y: 3083, height: 1, fromY: 2952), Band(kind: .inserted, y: 3477, height: 1), Band(kind: .moved, y: 3631, height: 1, fromY: 3648),
        Band(kind: .moved, y: 3786, height: 1, fromY: 3792), Band(kind: .moved, y: 3946, height: 1, fromY: 3936), Band(kind: .moved, y: 4096, height: 1, fromY: 4091),
        Band(kind: .moved, y: 4229, height: 1, fromY: 4142), Band(kind: .moved, y: 4296, height: 1, fromY: 4286), Band(kind: .moved, y: 4424, height: 1, fromY: 4430),
        Band(kind: .moved, y: 4568, height: 1, fromY: 4781), Band(kind: .moved, y: 4919, height: 1, fromY: 5443), Band(kind: .moved, y: 5138, height: 1, fromY: 5007),
        Band(kind: .moved, y: 5251, height: 1, fromY: 5098), Band(kind: .moved, y: 5375, height: 1, fromY: 5244), Band(kind: .moved, y: 5581, height: 1, fromY: 5587),
        Band(kind: .moved, y: 5725, height: 1, fromY: 5731), Band(kind: .moved, y: 5869, height: 1, fromY: 5937), Band(kind: .moved, y: 6075, height: 1, fromY: 6065),
        Band(kind: .moved, y: 6213, height: 1, fromY: 6318), Band(kind: .moved, y: 6283, height: 1, fromY: 6152), Band(kind: .moved, y: 6456, height: 1, fromY: 6462),
        Band(kind: .moved, y: 6616, height: 1, fromY: 6606), Band(kind: .inserted, y: 6754, height: 1), Band(kind: .moved, y: 6846, height: 1, fromY: 6693),
        Band(kind: .moved, y: 7017, height: 1, fromY: 6886), Band(kind: .removed, y: 7109, height: 1), Band(kind: .moved, y: 7112, height: 1, fromY: 6977),
        Band(kind: .moved, y: 7274, height: 1, fromY: 7196), Band(kind: .inserted, y: 7335, height: 1),
    ]

    @Test func oneInsertedParagraphIsOneGroup() {
        let (groups, detail) = BandGrouping.group(Self.insertedParagraph)
        #expect(groups == [BandGroup(kind: .inserted, y: 802, height: 113, expectedY: 802, expectedHeight: 0, shift: 113, bands: 1)])
        #expect(detail.count == 43 && detail.allSatisfy { $0.height == 1 })
    }

    @Test func groupsByKindAndDistance() {
        // Two insertions far apart stay two groups; an insertion next to a removal is one change.
        let two = BandGrouping.group([Band(kind: .inserted, y: 100, height: 40), Band(kind: .inserted, y: 900, height: 20)]).groups
        #expect(two.map(\.kind) == [.inserted, .inserted] && two.map(\.y) == [100, 900])
        #expect(two.map(\.expectedY) == [100, 860], "the second insertion sits 40 rows higher in the expected image")
        let replaced = BandGrouping.group([Band(kind: .removed, y: 300, height: 30), Band(kind: .inserted, y: 310, height: 50)]).groups
        #expect(replaced == [BandGroup(kind: .changed, y: 300, height: 60, expectedY: 300, expectedHeight: 40, shift: 20, bands: 2)],
                "observed row 310 is expected row 340 once 30 rows are gone")
        let removed = BandGrouping.group([Band(kind: .removed, y: 500, height: 80)]).groups
        #expect(removed == [BandGroup(kind: .removed, y: 500, height: 0, expectedY: 500, expectedHeight: 80, shift: -80, bands: 1)])
        let moved = BandGrouping.group([Band(kind: .moved, y: 1200, height: 300, fromY: 200)]).groups
        #expect(moved == [BandGroup(kind: .moved, y: 1200, height: 300, expectedY: 200, expectedHeight: 300, shift: 0, bands: 1)])
        // A small band next to a block joins it; alone on the page, a small band is a change.
        let joined = BandGrouping.group([Band(kind: .inserted, y: 100, height: 40), Band(kind: .inserted, y: 150, height: 1)])
        #expect(joined.groups.count == 1 && joined.groups[0].shift == 41 && joined.detail.isEmpty)
        let rule = BandGrouping.group([Band(kind: .inserted, y: 640, height: 2)])
        #expect(rule.groups.map(\.kind) == [.inserted] && rule.detail.isEmpty)
        #expect(BandGrouping.group([]).groups.isEmpty)
    }

    /// End to end: a page of repeating rows (the alignment's hard case) with a block
    /// inserted gives one group at the block, whatever small bands the alignment leaves.
    @Test func insertedBlockOnARepetitivePageIsOneGroup() throws {
        let width = 120, lines = 90
        var rows: [[UInt8]] = []
        var state: UInt64 = 7
        for line in 0..<lines {  // text lines of 12 rows from a vocabulary of 5 glyph rows: rows repeat a lot
            for r in 0..<12 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let blank = r < 2 || r > 9 || (line % 7 == 6)
                rows.append((0..<width).flatMap { x -> [UInt8] in
                    let ink = !blank && (x / 3 + Int(state >> 60) + r) % 5 == 0 && x < width - (line % 4) * 20
                    return ink ? [30, 30, 30, 255] : [255, 255, 255, 255]
                })
            }
        }
        let block: [[UInt8]] = (0..<60).map { r in (0..<width).flatMap { x -> [UInt8] in [200, UInt8((x + r) % 256), 40, 255] } }
        let at = 12 * 30
        let expected = RGBAImage(width: width, height: rows.count, pixels: rows.flatMap { $0 })
        let observedRows: [[UInt8]] = Array(rows[..<at]) + block + Array(rows[at...])
        let observed = RGBAImage(width: width, height: rows.count + 60, pixels: observedRows.flatMap { $0 })
        let dir = try Fixtures.temporaryDirectory()
        let a = dir.appendingPathComponent("a.png"), b = dir.appendingPathComponent("b.png")
        try ImageEncoder.writePNG(expected, to: a)
        try ImageEncoder.writePNG(observed, to: b)
        let outcome = try ImageComparison.compare(expected: a, observed: b)
        let groups = BandGrouping.group(outcome.bands).groups
        #expect(groups.count == 1, "\(groups) from \(outcome.bands)")
        let g = try #require(groups.first)
        #expect(g.kind == .inserted && g.shift == 60)
        #expect(g.y <= at && g.y + g.height >= at + 60 && g.height < 60 + 2 * 12, "\(g)")
    }

    @Test func diffMaskKeepsOnlyTheMarksExactly() throws {
        var strip = RGBAImage(width: 3, height: 1, pixels: [240, 240, 240, 255, 255, 0, 0, 255, 255, 255, 0, 255])
        DiffMask.isolate(&strip)
        #expect(strip.pixels == [0, 0, 0, 0, 255, 0, 0, 255, 255, 255, 0, 255])
        // Written as palette strips and read back: the same pixels.
        var diff = RGBAImage(width: 40, height: 30, fill: (250, 250, 250, 255))
        for x in 3..<9 { diff.setPixel(x: x, y: 20, SIMD4(255, 0, 0, 255)); diff.setPixel(x: x, y: 2, SIMD4(255, 255, 0, 255)) }
        let dir = try Fixtures.temporaryDirectory()
        let png = dir.appendingPathComponent("diff.png")
        try ImageEncoder.writePNG(diff, to: png)
        try DiffMask.writeStrips(try ImageReader.open(png), rows: 16) { dir.appendingPathComponent("m-\($0).png") }
        let top = try ImageReader.decode(dir.appendingPathComponent("m-0.png")), bottom = try ImageReader.decode(dir.appendingPathComponent("m-1.png"))
        #expect(top.height == 16 && bottom.height == 14)
        #expect(top.pixel(x: 3, y: 2) == SIMD4(255, 255, 0, 255) && top.pixel(x: 9, y: 2) == SIMD4(0, 0, 0, 0))
        #expect(bottom.pixel(x: 8, y: 4) == SIMD4(255, 0, 0, 255) && bottom.pixel(x: 20, y: 10).w == 0)
    }
}
