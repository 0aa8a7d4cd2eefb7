import Foundation
import SceneBundle
import SceneImaging
import Testing
@testable import SceneDiff

/// The shift-aware result on a Chromium pair with every kind of band (`moves-a/b.png`: a banner
/// inserted on top, a word changed below it, a section removed, two sections swapped) must not
/// move when the engine changes. Expected values were recorded with main at 4da4a60, whose
/// shift-aware pass decoded both images a second time.
@Suite struct ShiftedPairRegressionTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var name: String
        var options: DiffOptions
        var swapped = false
        var diffPixels: Int
        var shiftAwareDiffPixels: Int
        var bands: [Band]
        var regions: [Region]
        var testDescription: String { name }
    }

    static let bands = [
        Band(kind: .inserted, y: 0, height: 14), Band(kind: .removed, y: 681, height: 330),
        Band(kind: .moved, y: 750, height: 1, fromY: 1047), Band(kind: .moved, y: 804, height: 1, fromY: 1106),
        Band(kind: .inserted, y: 860, height: 165), Band(kind: .moved, y: 1095, height: 1, fromY: 1232),
    ]

    static let cases: [Expected] = [
        Expected(name: "default", options: DiffOptions(), diffPixels: 164_441, shiftAwareDiffPixels: 1315, bands: bands,
                 regions: [Region(x: 24, y: 440, width: 320, height: 16, pixels: 1315)]),
        Expected(name: "include AA", options: DiffOptions(pixelmatch: PixelmatchOptions(includeAA: true)),
                 diffPixels: 205_634, shiftAwareDiffPixels: 1996, bands: bands,
                 regions: [Region(x: 24, y: 440, width: 320, height: 16, pixels: 1996)]),
        Expected(name: "threshold 0.3", options: DiffOptions(pixelmatch: PixelmatchOptions(threshold: 0.3)),
                 diffPixels: 155_466, shiftAwareDiffPixels: 1091, bands: bands,
                 regions: [Region(x: 24, y: 440, width: 320, height: 16, pixels: 1091)]),
        // The ignored rectangle sits at the same coordinates in both images, so rows paired 14 px apart
        // see it in one image only.
        Expected(name: "ignore region", options: DiffOptions(ignore: [IgnoreRegion(parsing: "0:430-200:450")!]),
                 diffPixels: 163_604, shiftAwareDiffPixels: 5676, bands: bands,
                 regions: [Region(x: 0, y: 424, width: 344, height: 48, pixels: 5676)]),
        // Rows paired 14 px the other way (the banner removed).
        Expected(name: "swapped", options: DiffOptions(), swapped: true, diffPixels: 164_441, shiftAwareDiffPixels: 1315,
                 bands: [Band(kind: .removed, y: 0, height: 14), Band(kind: .inserted, y: 681, height: 330),
                         Band(kind: .removed, y: 860, height: 165), Band(kind: .moved, y: 1047, height: 1, fromY: 750),
                         Band(kind: .moved, y: 1106, height: 1, fromY: 804), Band(kind: .moved, y: 1232, height: 1, fromY: 1095)],
                 regions: [Region(x: 24, y: 424, width: 320, height: 16, pixels: 1315)]),
    ]

    @Test(arguments: cases)
    func shiftAwareResultIsUnchanged(_ expected: Expected) throws {
        let (a, b) = expected.swapped ? ("moves-b.png", "moves-a.png") : ("moves-a.png", "moves-b.png")
        // Also with a diff image and heatmap, and with a budget so small that rows are held a few at a time.
        let dir = try Fixtures.temporaryDirectory()
        var small = expected.options
        small.pairedRowsBudget = 360 * 4 * 9
        for (options, outputs) in [(expected.options, false), (expected.options, true), (small, false)] {
            let outcome = try ImageComparison.compare(
                expected: Fixtures.url(a), observed: Fixtures.url(b),
                writeDiffTo: outputs ? dir.appendingPathComponent("diff.png") : nil,
                writeHeatmapTo: outputs ? dir.appendingPathComponent("heat.png") : nil, options: options)
            #expect(outcome.diffPixels == expected.diffPixels)
            #expect(outcome.shiftAwareDiffPixels == expected.shiftAwareDiffPixels)
            #expect(outcome.bands == expected.bands)
            #expect(outcome.regions == expected.regions)
        }
    }
}
