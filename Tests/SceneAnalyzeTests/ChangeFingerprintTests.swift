import Foundation
import SceneAnalyze
import SceneBundle
import SceneConfig
import SceneDiff
import SceneImaging
import Testing

/// Fingerprints on real PNG files (encoded, then decoded by the comparison): the same change
/// wherever it sits gets one key, a different one another, and rows pushed down by a band do not
/// change the key of the change below them.
@Suite struct ChangeFingerprintTests {
    static let width = 320, height = 480

    /// A page: a striped header, grey text-like rows, white below row 70, and optionally a 60×24
    /// block at `blockY` (its pattern drawn from its own corner), all pushed down by a `banner`.
    static func page(blockY: Int? = nil, colour: (UInt8, UInt8, UInt8) = (200, 40, 40), banner: Int = 0) -> [UInt8] {
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        func set(_ x: Int, _ y: Int, _ c: (UInt8, UInt8, UInt8)) {
            guard y >= 0 && y < height else { return }
            let i = (y * width + x) * 4; pixels[i] = c.0; pixels[i + 1] = c.1; pixels[i + 2] = c.2
        }
        for y in 0..<banner { for x in 0..<width { set(x, y, (30, 120, 60)) } }
        for y in 0..<(height - banner) {
            for x in 0..<width where y < 40 ? (x / 7 + y / 5) % 3 == 0 : (y < 70 && y % 18 < 10 && (x * 7 + y * 3) % 11 < 6 && x > 12 && x < 300) {
                set(x, y + banner, y < 40 ? (20, 40, 90) : (90, 90, 90))
            }
        }
        if let blockY {
            for y in blockY..<(blockY + 24) { for x in 100..<160 where (x + y - blockY) % 5 != 0 { set(x, y + banner, colour) } }
        }
        return pixels
    }

    static func write(_ pixels: [UInt8], _ url: URL) throws {
        let writer = try PNGRowWriter(url, width: width, height: height, compressionLevel: 6, layout: .rgba)
        try pixels.withUnsafeBufferPointer { try writer.writeRows(height, from: $0.baseAddress!) }
        try writer.finish()
    }

    func compare(_ expected: [UInt8], _ observed: [UInt8]) throws -> DiffRecord {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scene-fp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.png"), b = folder.appendingPathComponent("b.png")
        try Self.write(expected, a); try Self.write(observed, b)
        return try ScreenshotComparison.compare(expected: a, observed: b, diff: folder.appendingPathComponent("d.png"),
                                                heatmap: folder.appendingPathComponent("h.png"), thresholds: Thresholds())
    }

    @Test func sameChangeAnywhereOneKeyDifferentChangeAnother() throws {
        let blank = Self.page()
        let high = try compare(blank, Self.page(blockY: 80))
        let low = try compare(blank, Self.page(blockY: 301))
        let blue = try compare(blank, Self.page(blockY: 80, colour: (40, 40, 200)))
        for diff in [high, low, blue] { #expect(diff.regions.count == 1 && diff.regions[0].fingerprint?.count == 16, "\(diff.regions)") }
        #expect(high.regions[0].y != low.regions[0].y)
        #expect(high.regions[0].fingerprint == low.regions[0].fingerprint, "moved down the page, same change")
        #expect(high.regions[0].fingerprint != blue.regions[0].fingerprint, "same shape, other colour: another change")
        // The reverse change (the block removed) is another change too.
        let removed = try compare(Self.page(blockY: 80), blank)
        #expect(removed.regions.first?.fingerprint != high.regions[0].fingerprint)
        // ... whose key each change knows: its reverse fingerprint.
        #expect(removed.regions.first?.fingerprint == high.regions[0].reverseFingerprint)
        #expect(removed.regions.first?.reverseFingerprint == high.regions[0].fingerprint)
    }

    @Test func aBandsReverseIsTheSameRowsTheOtherWay() throws {
        let inserted = try compare(Self.page(blockY: 300), Self.page(blockY: 300, banner: 12))
        let removed = try compare(Self.page(blockY: 300, banner: 12), Self.page(blockY: 300))
        let band = try #require(inserted.bands.first { $0.kind == .inserted }), back = try #require(removed.bands.first { $0.kind == .removed })
        #expect(band.reverseFingerprint == back.fingerprint && back.reverseFingerprint == band.fingerprint)
        #expect(band.fingerprint != back.fingerprint)
    }

    /// Known changes do not count: the level is that of the rest, the regions say why they were left out.
    @Test func knownChangesAreMarkedAndLeftOutOfTheLevel() throws {
        let blank = Self.page()
        let diff = try compare(blank, Self.page(blockY: 80))
        let fingerprint = try #require(diff.regions.first?.fingerprint)
        let flaky = KnownChange(fingerprint: fingerprint, reverse: diff.regions[0].reverseFingerprint, kind: .flaky, reason: "rotating ad",
                                by: "qa", at: Date(), runId: "r1")
        var marked = diff
        KnownChanges([flaky]).mark(&marked, thresholds: Thresholds())
        #expect(diff.level == .minor || diff.level == .major)
        #expect(marked.level == .none && marked.known == KnownSummary(changes: 1, pixels: diff.regions[0].pixels, measuredLevel: diff.level))
        #expect(marked.regions[0].known == KnownMark(kind: .flaky, reason: "rotating ad"))
        #expect(marked.knownChanges == ["\(fingerprint) (flaky: rotating ad)"])
        // Known by its reverse: the block going away again.
        var back = try compare(Self.page(blockY: 80), blank)
        KnownChanges([flaky]).mark(&back, thresholds: Thresholds())
        #expect(back.level == .none && back.regions[0].known?.kind == .flaky, "\(back.regions)")
        // Another change beside the known one still counts, at its own share.
        let withBlock = Self.page(blockY: 80), rows = (80 * Self.width * 4)..<(104 * Self.width * 4)
        var twoBlocks = Self.page(blockY: 300, colour: (40, 40, 200))
        twoBlocks.replaceSubrange(rows, with: withBlock[rows])
        var both = try compare(blank, twoBlocks)
        #expect(both.regions.count == 2, "\(both.regions)")
        KnownChanges([flaky]).mark(&both, thresholds: Thresholds(minor: 0, major: 100))
        #expect(both.level == .minor && both.known?.changes == 1 && both.regions.filter { $0.known == nil }.count == 1)
        // Below an inserted band, rows that moved are no change: the rest is the bands' share (12 rows
        // inserted at the top and 12 blank rows gone below the block: 24 of 480, 5 %), not a share of
        // the plain diff, which counts every moved pixel (a trap: that share is above 5.5 % here).
        var pushed = try compare(blank, Self.page(blockY: 80, banner: 12))
        #expect(pushed.bands.filter { $0.kind != .moved }.map(\.height) == [12, 12] && pushed.diffPercentage > 6.4,
                "\(pushed.bands) \(pushed.diffPercentage)")
        KnownChanges([flaky]).mark(&pushed, thresholds: Thresholds(minor: 1, major: 5.5))
        #expect(pushed.known?.changes == 1 && pushed.known?.measuredLevel == .major && pushed.level == .minor,
                "\(pushed.regions) \(pushed.bands) \(pushed.level)")
        // An unrelated known change leaves the comparison untouched.
        var other = diff
        KnownChanges([KnownChange(fingerprint: "0123456789abcdef", kind: .accepted, reason: "x", by: "qa", at: Date(), runId: nil)])
            .mark(&other, thresholds: Thresholds())
        #expect(other == diff)
    }

    @Test func rowsPushedDownByABandKeepTheirChangesKey() throws {
        let plain = try compare(Self.page(), Self.page(blockY: 300))
        let pushed = try compare(Self.page(), Self.page(blockY: 300, banner: 12))
        #expect(pushed.bands.contains { $0.kind == .inserted && $0.fingerprint?.count == 16 }, "\(pushed.bands) \(pushed.regions)")
        let block = try #require(pushed.regions.first { $0.y > 200 })
        #expect(block.fingerprint == plain.regions.first?.fingerprint, "\(pushed.regions) vs \(plain.regions)")
    }

    /// The pass reads the changes' rows through the comparison's decoders, back from their restart
    /// points (every 32 rows here); fresh decoders reading from the top must give the same keys.
    @Test func theComparisonsDecodersGiveTheKeysFreshDecodersGive() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scene-fp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.png"), b = folder.appendingPathComponent("b.png")
        var observed = Self.page(blockY: 300, banner: 12)
        for x in 20..<60 { observed[(450 * Self.width + x) * 4] = 0 }  // a second change, further down
        try Self.write(Self.page(blockY: 120), a); try Self.write(observed, b)
        let (result, reused) = try ImageComparison.compare(expected: a, observed: b) { result, images in
            (result, try ChangeFingerprint.describe(result, images: try #require(images), pixelmatch: PixelmatchOptions()))
        }
        let fresh = try ChangeFingerprint.describe(result, images: ComparedImages(expected: a, observed: b), pixelmatch: PixelmatchOptions())
        #expect(result.bands.contains { $0.kind == .inserted } && result.regions.count >= 3, "\(result.bands) \(result.regions)")
        #expect(reused.regions.allSatisfy { $0.fingerprint?.count == 16 } && reused.bands.contains { $0.fingerprint != nil })
        #expect(reused.regions == fresh.regions && reused.bands == fresh.bands)
    }
}
