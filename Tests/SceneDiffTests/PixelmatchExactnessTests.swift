import Foundation
import Testing
@testable import SceneDiff
import SceneImaging

/// Expected counts come from running the npm release of pixelmatch 7.2.0 (under node 20)
/// on the same pixels (decoded independently by ImageMagick), once, when the fixtures were made.
@Suite struct PixelmatchExactnessTests {
    struct Case: Sendable, CustomStringConvertible {
        let pair: String
        /// defaults, includeAA, threshold 0.05, threshold 0.3 without checkerboard
        let counts: [Int]
        var description: String { pair }
    }

    static let table: [Case] = [
        Case(pair: "text", counts: [36, 69, 36, 36]),
        Case(pair: "button-subtle", counts: [0, 0, 0, 0]),
        Case(pair: "button", counts: [1650, 1765, 1674, 1615]),
        Case(pair: "shift-half-px", counts: [135, 585, 234, 59]),
        Case(pair: "circle", counts: [0, 138, 0, 0]),
        Case(pair: "note", counts: [87, 222, 92, 53]),
        Case(pair: "transparent", counts: [60, 140, 78, 54]),
        Case(pair: "noise", counts: [42, 42, 174, 0]),
        Case(pair: "edge", counts: [80, 84, 80, 80]),
    ]

    static let optionSets: [PixelmatchOptions] = [
        PixelmatchOptions(),
        PixelmatchOptions(includeAA: true),
        PixelmatchOptions(threshold: 0.05),
        PixelmatchOptions(threshold: 0.3, checkerboard: false),
    ]

    @Test(arguments: table)
    func countsEqualPixelmatch(_ c: Case) throws {
        let a = try Fixtures.image("\(c.pair)-a.png"), b = try Fixtures.image("\(c.pair)-b.png")
        for (options, expected) in zip(Self.optionSets, c.counts) {
            #expect(Pixelmatch.compare(a, b, options: options).diffPixels == expected, "\(c.pair) \(options)")
        }
    }

    @Test func identicalImagesCountZeroAndDrawGrey() throws {
        let a = try Fixtures.image("text-a.png")
        let result = Pixelmatch.compare(a, a, drawOutput: true)
        #expect(result.diffPixels == 0 && result.maxDelta == 0)
        // White stays white; the dark heading text becomes a light grey (alpha 0.1).
        let out = try #require(result.output)
        #expect(out.pixel(x: 300, y: 190) == SIMD4(255, 255, 255, 255))
        #expect(out.pixels.enumerated().allSatisfy { $0.offset % 4 != 3 || $0.element == 255 })
    }
}

/// Diff images drawn by pixelmatch 7.2.0 itself for two pairs, compared byte for byte.
@Suite struct PixelmatchOutputTests {
    @Test func diffImageEqualsPixelmatchOutput() throws {
        let options = PixelmatchOptions(diffColorAlt: RGB(0, 200, 0))
        let result = Pixelmatch.compare(try Fixtures.image("note-a.png"), try Fixtures.image("note-b.png"), options: options, drawOutput: true)
        #expect(result.output == (try Fixtures.image("note-expected-diff.png")))
    }

    @Test func diffMaskEqualsPixelmatchOutput() throws {
        let result = Pixelmatch.compare(try Fixtures.image("transparent-a.png"), try Fixtures.image("transparent-b.png"),
                                        options: PixelmatchOptions(diffMask: true), drawOutput: true)
        #expect(result.output == (try Fixtures.image("transparent-expected-mask.png")))
    }
}
