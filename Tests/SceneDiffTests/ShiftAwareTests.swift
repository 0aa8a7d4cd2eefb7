import Foundation
import SceneBundle
import SceneImaging
import Testing
@testable import SceneDiff

@Suite struct ShiftAwareTests {
    /// A page-like image whose rows are (nearly all) distinct: stripes of text-like blocks.
    static func page(width: Int = 160, height: Int = 400, seed: UInt64 = 1) -> RGBAImage {
        var image = RGBAImage(width: width, height: height)
        var state = seed
        for y in 0..<height {
            for x in 0..<width {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let ink = (y / 6) % 3 != 2 && (x / 5 + y / 6) % 4 != 0 && state >> 61 == 0
                let v = ink ? UInt8(40 + (y * 7) % 60) : 255
                image.setPixel(x: x, y: y, SIMD4(v, v, UInt8((y * 3) % 256), 255))
            }
        }
        return image
    }

    static func rows(_ image: RGBAImage, _ range: Range<Int>) -> [UInt8] {
        Array(image.pixels[(range.lowerBound * image.rowBytes)..<(range.upperBound * image.rowBytes)])
    }

    static func stacked(_ width: Int, _ parts: [UInt8]...) -> RGBAImage {
        let pixels = parts.flatMap { $0 }
        return RGBAImage(width: width, height: pixels.count / (width * 4), pixels: pixels)
    }

    static func banner(_ width: Int, height: Int) -> [UInt8] {
        Array(repeating: [244, 196, 48, 255], count: width * height).flatMap { $0 }
    }

    func compare(_ a: RGBAImage, _ b: RGBAImage) throws -> DiffResult {
        let dir = try Fixtures.temporaryDirectory()
        let ua = dir.appendingPathComponent("a.png"), ub = dir.appendingPathComponent("b.png")
        try ImageEncoder.writePNG(a, to: ua, compressionLevel: 1)
        try ImageEncoder.writePNG(b, to: ub, compressionLevel: 1)
        return try ImageComparison.compare(expected: ua, observed: ub)
    }

    @Test func insertedBandIsNotAPixelChange() throws {
        let a = Self.page()
        let b = Self.stacked(160, Self.rows(a, 0..<150), Self.banner(160, height: 12), Self.rows(a, 150..<388))
        let outcome = try compare(a, b)
        #expect(outcome.diffPixels > 10_000, "the plain count sees everything below the banner")
        #expect(outcome.shiftAwareDiffPixels == 0)
        #expect(outcome.bands == [Band(kind: .inserted, y: 150, height: 12), Band(kind: .removed, y: 388, height: 12)])
    }

    @Test func tallerPageGetsOneInsertedBand() throws {
        let a = Self.page()
        let b = Self.stacked(160, Self.rows(a, 0..<150), Self.banner(160, height: 12), Self.rows(a, 150..<400))
        let outcome = try compare(a, b)
        #expect(outcome.sizeChanged && outcome.height == 412)
        #expect(outcome.shiftAwareDiffPixels == 0)
        #expect(outcome.bands == [Band(kind: .inserted, y: 150, height: 12)])
        #expect(outcome.diffPixels > 160 * 12, "plain count includes the shifted rows and the extra area")
    }

    @Test func removedBand() throws {
        let a = Self.page()
        let b = Self.stacked(160, Self.rows(a, 0..<100), Self.rows(a, 130..<400))
        let outcome = try compare(a, b)
        #expect(outcome.shiftAwareDiffPixels == 0)
        #expect(outcome.bands == [Band(kind: .removed, y: 100, height: 30)])
    }

    @Test func movedBand() throws {
        let a = Self.page()
        // Rows 50..<80 move below row 300.
        let b = Self.stacked(160, Self.rows(a, 0..<50), Self.rows(a, 80..<300), Self.rows(a, 50..<80), Self.rows(a, 300..<400))
        let outcome = try compare(a, b)
        #expect(outcome.shiftAwareDiffPixels == 0)
        #expect(outcome.bands == [Band(kind: .moved, y: 270, height: 30, fromY: 50)])
    }

    @Test func realChangesSurviveTheShift() throws {
        let a = Self.page()
        var b = Self.stacked(160, Self.rows(a, 0..<150), Self.banner(160, height: 12), Self.rows(a, 150..<400))
        // Paint a 10×4 black box at observed (20, 300), i.e. expected (20, 288).
        for y in 300..<304 { for x in 20..<30 { b.setPixel(x: x, y: y, SIMD4(0, 0, 0, 255)) } }
        let outcome = try compare(a, b)
        // What pixelmatch says about the same rows once aligned (the rows around the box plus context).
        let aligned = Pixelmatch.compare(
            RGBAImage(width: 160, height: 400, pixels: Self.rows(a, 0..<400)),
            RGBAImage(width: 160, height: 400, pixels: Self.rows(b, 0..<150) + Self.rows(b, 162..<412)))
        #expect(outcome.shiftAwareDiffPixels == aligned.diffPixels)
        #expect(outcome.shiftAwareDiffPixels > 0 && outcome.shiftAwareDiffPixels <= 40)
        #expect(outcome.bands == [Band(kind: .inserted, y: 150, height: 12)])
        let region = try #require(outcome.regions.first { $0.y <= 300 && $0.y + $0.height >= 304 })
        #expect(region.x <= 20 && region.x + region.width >= 30)
    }

    @Test func boundedMemoryBatchesGiveTheSameCount() throws {
        let outcomes = try [64 << 20, 160 * 4 * 9].map { budget in
            try ImageComparison.compare(expected: Fixtures.url("banner-a.png"), observed: Fixtures.url("banner-b.png"),
                                        options: DiffOptions(pairedRowsBudget: budget))
        }
        #expect(outcomes[0] == outcomes[1])
    }

    @Test func piecesAreRunsOfDifferingRowsWithinTheBudget() {
        // Rows 30..<60 of the expected image paired with rows 42..<72 of the observed one; rows 3, 5 and
        // 14...27 of the pairing differ.
        let hashesA = (0..<100).map(UInt64.init)
        var hashesB = (0..<100).map { UInt64($0) &- 12 }
        for k in [3, 5] + Array(14...27) { hashesB[42 + k] = 1000 + UInt64(k) }
        let comparison = PairedRowsComparison(pairings: [ShiftAnalysis.Pairing(aStart: 30, bStart: 42, count: 30)],
                                              hashesA: hashesA, hashesB: hashesB, options: PixelmatchOptions(),
                                              commonWidth: 1, budget: 4 * 14)
        let window = (aStart: 28, bStart: 40, height: 34)
        // Runs closer than two context rows each side share a piece; 10 rows a piece fit the budget.
        #expect(comparison.pieces() == [
            .init(aStart: window.aStart, bStart: window.bStart, height: window.height, rows: 5..<8),
            .init(aStart: window.aStart, bStart: window.bStart, height: window.height, rows: 16..<26),
            .init(aStart: window.aStart, bStart: window.bStart, height: window.height, rows: 26..<30),
        ])
        #expect(comparison.pieces()[0].loaded == 3..<10)
    }

    @Test func shiftedChangesAcrossBatches() throws {
        let a = Self.page()
        var b = Self.stacked(160, Self.rows(a, 0..<150), Self.banner(160, height: 12), Self.rows(a, 150..<400))
        for y in stride(from: 170, to: 400, by: 23) { for x in 20..<30 { b.setPixel(x: x, y: y, SIMD4(0, 0, 0, 255)) } }
        let dir = try Fixtures.temporaryDirectory()
        let ua = dir.appendingPathComponent("a.png"), ub = dir.appendingPathComponent("b.png")
        try ImageEncoder.writePNG(a, to: ua); try ImageEncoder.writePNG(b, to: ub)
        let whole = try ImageComparison.compare(expected: ua, observed: ub)
        let batched = try ImageComparison.compare(expected: ua, observed: ub, options: DiffOptions(pairedRowsBudget: 160 * 4 * 7))
        #expect(whole.shiftAwareDiffPixels > 0)
        #expect(batched.shiftAwareDiffPixels == whole.shiftAwareDiffPixels)
        #expect(batched.regions == whole.regions)
    }

    @Test func chromiumBannerPushesThePageDown() throws {
        let outcome = try ImageComparison.compare(expected: Fixtures.url("banner-a.png"), observed: Fixtures.url("banner-b.png"))
        #expect(outcome.diffPixels > 5_000)
        #expect(outcome.shiftAwareDiffPixels == 0)
        #expect(outcome.bands == [Band(kind: .inserted, y: 0, height: 12)])
        #expect(outcome.level(minorPercent: 0, majorPercent: 10) == .minor, "a banner is a change, but not a major one")
    }

    @Test func alignmentOfHashes() {
        let a: [UInt64] = [1, 2, 3, 4, 5, 6]
        #expect(RowAlignment.hunks(a, a).isEmpty)
        #expect(RowAlignment.hunks(a, [1, 2, 9, 9, 3, 4, 5, 6]) == [RowHunk(aStart: 2, aCount: 0, bStart: 2, bCount: 2)])
        #expect(RowAlignment.hunks(a, [1, 2, 7, 4, 5, 6]) == [RowHunk(aStart: 2, aCount: 1, bStart: 2, bCount: 1)])
        #expect(RowAlignment.hunks([], [1]) == [RowHunk(aStart: 0, aCount: 0, bStart: 0, bCount: 1)])
    }
}

/// Rows read again after the first pass equal the rows the first pass saw, whether the reader
/// goes back to a checkpoint (8-bit PNG screenshots) or the file is opened again (JPEG).
@Suite struct RowFetcherTests {
    @Test(arguments: ["png", "jpg"])
    func rowsReadAgainEqualTheFirstPass(format: String) throws {
        let image = ShiftAwareTests.page(width: 96, height: 700)
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("page.\(format)")
        if format == "png" { try ImageEncoder.writePNG(image, to: url) } else { try ImageEncoder.writeJPEG(image, to: url, quality: 90) }
        let whole = try ImageReader.decode(url)
        let reader = try ImageReader.open(url)
        #expect(try reader.keepCheckpoints() == (format == "png"))
        _ = try reader.readImage()
        var reopened = 0
        let fetcher = RowFetcher(reader, ignore: []) { reopened += 1; return try ImageReader.open(url) }
        for range in [3..<9, 7..<12, 300..<420, 415..<416, 690..<700] {
            let rows = try fetcher.rows(range)
            #expect(Array(UnsafeBufferPointer(start: rows, count: range.count * 96 * 4))
                    == Array(whole.pixels[(range.lowerBound * 96 * 4)..<(range.upperBound * 96 * 4)]), "\(range)")
        }
        #expect(reopened == (format == "png" ? 0 : 1), "only a reader without checkpoints opens the file again, once")
    }
}

@Suite struct OffsetTrackerTests {
    /// Observed rows: 12 new rows on top, then the expected rows; expected rows 100..<160 are a
    /// dithered gradient (two rows repeating), which the observed page renders with the other phase.
    @Test func guessesFollowTheLongRunsNotTheRepeatingRows() {
        var hashesA = (0..<400).map { UInt64($0) }
        for y in 100..<160 { hashesA[y] = 5000 + UInt64(y % 2) }
        var hashesB = (0..<12).map { 9000 + UInt64($0) } + hashesA.prefix(388)
        for y in 112..<172 { hashesB[y] = 5000 + UInt64((y + 1) % 2) }  // the gradient, other phase
        var tracker = OffsetTracker(maxShift: 64)
        var guesses: [Int: (Int?, Int?)] = [:]
        for j in 0..<(400 - 64) { guesses[j] = tracker.offsets(forRow: j, hashesA: hashesA, hashesB: hashesB) }
        #expect(guesses[0]! == (0, nil), "a new row on top: offset 0, which the plain comparison covers")
        #expect(guesses[50]! == (nil, nil), "matched at 12")
        // In the gradient the rows match at offsets 11 and 13 (short runs), but the alignment pairs
        // them at 12, the long run's offset: that one is always among the guesses.
        for j in 113..<171 { #expect(guesses[j]!.0 == 12 || guesses[j]!.1 == 12, "row \(j): \(guesses[j]!)") }
        #expect(guesses[200]! == (nil, nil))
    }
}
