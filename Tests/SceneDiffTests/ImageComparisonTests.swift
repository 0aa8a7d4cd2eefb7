import Foundation
import SceneBundle
import SceneImaging
import Testing
@testable import SceneDiff

@Suite struct ImageComparisonTests {
    /// The streaming, banded, parallel path gives the pure function's counts and diff image.
    @Test(arguments: ["text", "button", "shift-half-px", "note", "transparent", "noise", "edge"])
    func streamingEqualsPureFunction(pair: String) throws {
        let dir = try Fixtures.temporaryDirectory()
        let diff = dir.appendingPathComponent("diff.png")
        let outcome = try ImageComparison.compare(expected: Fixtures.url("\(pair)-a.png"), observed: Fixtures.url("\(pair)-b.png"), writeDiffTo: diff)
        let pure = Pixelmatch.compare(try Fixtures.image("\(pair)-a.png"), try Fixtures.image("\(pair)-b.png"), drawOutput: true)
        #expect(outcome.diffPixels == pure.diffPixels)
        #expect(outcome.shiftAwareDiffPixels == pure.diffPixels, "no shift: both counts agree")
        #expect(outcome.bands.isEmpty)
        #expect(try ImageReader.decode(diff) == pure.output)
        #expect(!outcome.identical)
    }

    /// The diff image is written with a palette; every option set must still give pixelmatch's pixels.
    @Test(arguments: [PixelmatchOptions(diffMask: true), PixelmatchOptions(alpha: 1), PixelmatchOptions(alpha: 0.5, diffColorAlt: RGB(0, 255, 0)),
                      PixelmatchOptions(includeAA: true, alpha: 0)])
    func diffImageMatchesPureFunctionForEveryLayout(options: PixelmatchOptions) throws {
        let diff = try Fixtures.temporaryDirectory().appendingPathComponent("diff.png")
        _ = try ImageComparison.compare(expected: Fixtures.url("transparent-a.png"), observed: Fixtures.url("transparent-b.png"),
                                        writeDiffTo: diff, options: DiffOptions(pixelmatch: options))
        let pure = Pixelmatch.compare(try Fixtures.image("transparent-a.png"), try Fixtures.image("transparent-b.png"),
                                      options: options, drawOutput: true)
        #expect(try ImageReader.decode(diff) == pure.output)
    }

    @Test func byteIdenticalFilesAreNotDecoded() throws {
        let outcome = try ImageComparison.compare(expected: Fixtures.url("text-a.png"), observed: Fixtures.url("text-a.png"))
        #expect(outcome.byteIdentical && outcome.identical && outcome.diffPixels == 0)
        #expect(outcome.width == 320 && outcome.height == 200)
    }

    @Test func equalOrNotStopsEarly() throws {
        #expect(try ImageComparison.areEqual(expected: Fixtures.url("text-a.png"), observed: Fixtures.url("text-a.png")))
        #expect(try !ImageComparison.areEqual(expected: Fixtures.url("text-a.png"), observed: Fixtures.url("text-b.png")))
        #expect(try ImageComparison.areEqual(expected: Fixtures.url("button-subtle-a.png"), observed: Fixtures.url("button-subtle-b.png")))
    }

    @Test func ignoreRegionsHideChanges() throws {
        let outcome = try ImageComparison.compare(expected: Fixtures.url("button-a.png"), observed: Fixtures.url("button-b.png"))
        let region = try #require(outcome.regions.first)
        #expect(outcome.regions.count == 1 && region.pixels == outcome.diffPixels)
        let masked = try ImageComparison.compare(expected: Fixtures.url("button-a.png"), observed: Fixtures.url("button-b.png"),
                                                 options: DiffOptions(ignore: [IgnoreRegion(x: region.x, y: region.y, width: region.width, height: region.height)]))
        #expect(masked.diffPixels == 0 && masked.regions.isEmpty)
    }

    @Test func regionsSeparateDistantChanges() throws {
        let outcome = try ImageComparison.compare(expected: Fixtures.url("text-b.png"), observed: Fixtures.url("note-b.png"))
        // The heading (top) and the note (card, lower) changed: two regions, pixels add up.
        try #require(outcome.regions.count == 2, "\(outcome.regions)")
        #expect(outcome.regions.reduce(0) { $0 + $1.pixels } == outcome.diffPixels)
        #expect(outcome.regions[0].y < outcome.regions[1].y)
    }

    @Test func heatmapIsHotWhereThingsChanged() throws {
        let dir = try Fixtures.temporaryDirectory()
        let heat = dir.appendingPathComponent("heat.png")
        let outcome = try ImageComparison.compare(expected: Fixtures.url("button-a.png"), observed: Fixtures.url("button-b.png"), writeHeatmapTo: heat)
        let image = try ImageReader.decode(heat)
        #expect(image.width == 320 && image.height == 200)
        let r = try #require(outcome.regions.first)
        let hot = image.pixel(x: r.x + r.width / 2, y: r.y + r.height / 2), cold = image.pixel(x: 300, y: 190)
        #expect(hot.x != hot.z || hot.y != hot.z, "coloured where changed: \(hot)")
        #expect(cold.x == cold.y && cold.y == cold.z, "grey elsewhere: \(cold)")
    }

    @Test func differentSizesCountTheExtraArea() throws {
        let diff = try Fixtures.temporaryDirectory().appendingPathComponent("diff.png")
        let outcome = try ImageComparison.compare(expected: Fixtures.url("banner-a.png"), observed: Fixtures.url("banner-b.png"),
                                                  writeDiffTo: diff, options: DiffOptions(shiftAware: false))
        #expect(outcome.sizeChanged && outcome.expectedHeight == 226 && outcome.height == 238)
        let image = try ImageReader.decode(diff)
        #expect(image.height == 238 && image.pixel(x: 5, y: 232) == SIMD4(255, 0, 0, 255), "rows below the shorter image are marked")
        let common = Pixelmatch.compare(try crop(Fixtures.image("banner-a.png"), height: 226), try crop(Fixtures.image("banner-b.png"), height: 226))
        #expect(outcome.diffPixels == common.diffPixels + 320 * 12)
    }

    @Test func diffRecordCarriesTheOutcome() throws {
        let outcome = try ImageComparison.compare(expected: Fixtures.url("button-a.png"), observed: Fixtures.url("button-b.png"))
        // 1650 of 64000 pixels = 2.58 %.
        #expect(outcome.level(minorPercent: 0, majorPercent: 1) == .major)
        #expect(outcome.level(minorPercent: 2.6, majorPercent: 5) == .none)
        let level = outcome.level(minorPercent: 1, majorPercent: 5)
        #expect(level == .minor)
        let record = DiffRecord(outcome, level: level)
        #expect(record.diffPixels == 1650 && record.width == 320 && !record.identical && record.level == level)
        #expect(abs(record.diffPercentage - 1650.0 * 100 / 64000) < 1e-9)
    }

    private func crop(_ image: RGBAImage, height: Int) -> RGBAImage {
        RGBAImage(width: image.width, height: height, pixels: Array(image.pixels.prefix(image.width * height * 4)))
    }
}
