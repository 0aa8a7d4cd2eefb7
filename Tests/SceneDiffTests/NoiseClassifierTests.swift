import Foundation
import SceneBundle
import SceneImaging
import Testing
@testable import SceneDiff

@Suite struct NoiseClassifierTests {
    typealias P = NoiseSummary.Pixel

    @Test(arguments: [
        ([P](), 8, 0),
        ([P(x: 0, y: 0)], 8, 1),
        ([P(x: 0, y: 0), P(x: 7, y: 7)], 8, 2),           // both inside one 8×8 square
        ([P(x: 0, y: 0), P(x: 8, y: 0)], 8, 1),           // 8 apart: never in one square
        ((0..<12).map { P(x: $0, y: 5) }, 8, 8),          // a line: 8 in a row
        ([P(x: 5, y: 0), P(x: 0, y: 3), P(x: 6, y: 3)], 8, 3),  // the square's corner is no point
    ])
    func densestWindowCountsTheBestSquare(points: [P], side: Int, expected: Int) {
        #expect(NoiseClassifier.densestWindow(points, side: side) == expected)
    }

    /// 400×300 white with grey text-like blocks; `change` draws on the observed copy.
    func pair(_ dir: URL, change: (inout RGBAImage) -> Void) throws -> (URL, URL) {
        var image = RGBAImage(width: 400, height: 300)
        for y in 20..<40 { for x in 20..<300 where x % 7 < 4 { image.setPixel(x: x, y: y, SIMD4(60, 60, 60, 255)) } }
        let expected = dir.appendingPathComponent("expected.png"), observed = dir.appendingPathComponent("observed.png")
        try ImageEncoder.writePNG(image, to: expected)
        change(&image)
        try ImageEncoder.writePNG(image, to: observed)
        return (expected, observed)
    }

    func classify(_ change: (inout RGBAImage) -> Void) throws -> (DiffResult, NoiseSummary?) {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (expected, observed) = try pair(dir, change: change)
        let outcome = try ImageComparison.compare(expected: expected, observed: observed, writeDiffTo: dir.appendingPathComponent("diff.png"))
        return (outcome, try NoiseClassifier.classify(outcome, test: NoiseTest()))
    }

    @Test func isolatedPixelsAreNoise() throws {
        let (outcome, noise) = try classify { image in
            for (x, y) in [(50, 100), (52, 101), (200, 250), (390, 5)] { image.setPixel(x: x, y: y, SIMD4(0, 0, 0, 255)) }
        }
        #expect(outcome.diffPixels == 4)
        let summary = try #require(noise)
        #expect(summary.densestWindow == 2)
        #expect(Set(summary.pixels.map { "\($0.x),\($0.y)" }) == ["50,100", "52,101", "200,250", "390,5"])
    }

    @Test func aOnePixelLineIsNotNoise() throws {
        let (outcome, noise) = try classify { image in for x in 100..<160 { image.setPixel(x: x, y: 200, SIMD4(0, 0, 0, 255)) } }
        #expect(outcome.diffPixels == 60)
        #expect(noise == nil)
    }

    @Test func aChangedBlockIsNotNoise() throws {
        let (_, noise) = try classify { image in for y in 150..<156 { for x in 100..<106 { image.setPixel(x: x, y: y, SIMD4(0, 0, 0, 255)) } } }
        #expect(noise == nil)
    }

    @Test func tooManyScatteredPixelsAreNotNoise() throws {
        let (outcome, noise) = try classify { image in
            for i in 0..<250 { image.setPixel(x: (i * 37) % 400, y: 60 + (i * 16) % 240, SIMD4(0, 0, 0, 255)) }
        }
        #expect(outcome.diffPixels > NoiseTest().maxPixels)
        #expect(noise == nil)
    }
}
