import Foundation
public import SceneBundle
public import SceneDiff
import SceneImaging

/// Fingerprints of a comparison's changes, so that the same change on many pages gets one key
/// (docs/REVIEW.md). A pass of its own after the comparison, so the diff kernel does no extra work:
/// it reads again only the changes' rows, through the comparison's decoders (from their nearest
/// restart point, not from the top), and keeps only those rows.
///
/// A region's fingerprint hashes its pixelmatch mask (the pixels the comparison counted, found
/// again on the region's crop with two rows and columns of context so anti-aliasing decides the
/// same) inside the mask's own bounding box, with each changed pixel's expected and observed
/// colour cut to `keptBits` bits a channel. Its position on the page is not part of it.
/// An inserted or removed band hashes its rows the same way; moved bands are free and get none.
public enum ChangeFingerprint {
    /// A change whose box covers more pixels than this gets no fingerprint: it is never grouped.
    public static let maxPixels = 4_000_000
    /// Bits kept of each colour channel: a difference under 1/32 of the range does not split a change.
    public static let keptBits = 5
    /// Context around a region: pixelmatch's anti-aliasing test reads two pixels out.
    static let context = 2

    /// `result`'s regions and bands with their fingerprints, reading the rows of its changes through
    /// `images` (the comparison's own decoders: `ImageComparison.compare(…then:)`). `pixelmatch`
    /// must be the options of the comparison that made `result`, so the mask is the one it counted.
    public static func describe(_ result: DiffResult, images: ComparedImages,
                                pixelmatch: PixelmatchOptions) throws -> (regions: [Region], bands: [Band]) {
        var regions = result.regions, bands = result.bands
        guard needsRows(result) else { return (regions, bands) }
        let rows = RowSource(result)
        var crops = regions.map { Crop($0, width: result.width, height: result.height) }
        let bandWidth = max(result.width, result.expectedWidth)
        // Each band hashed as itself and as its reverse (the same rows removed instead of inserted, or the other way).
        var bandHashes: [(FingerprintHasher, reverse: FingerprintHasher)?] = bands.map { band in
            guard band.kind != .moved, band.height * bandWidth <= maxPixels else { return nil }
            let kind: UInt64 = band.kind == .inserted ? 1 : 2
            return (FingerprintHasher([kind, UInt64(band.height)]), FingerprintHasher([3 - kind, UInt64(band.height)]))
        }
        // Observed rows: the crops, inserted bands and the expected side of rows that did not change.
        let observedRows = crops.filter(\.wanted).map(\.rows)
            + bands.filter { $0.kind == .inserted }.map { $0.y..<($0.y + $0.height) }
        try forEachRow(in: observedRows, width: images.observedWidth, read: images.observedRows) { y, row, width in
            for i in crops.indices where crops[i].rows.contains(y) {
                crops[i].copy(row, width: width, toRow: y - crops[i].rows.lowerBound, observed: true)
                if case .same = rows.expected(forObserved: y) {
                    crops[i].copy(row, width: width, toRow: y - crops[i].rows.lowerBound, observed: false)
                }
            }
            for i in bands.indices where bands[i].kind == .inserted && (bands[i].y..<bands[i].y + bands[i].height).contains(y) {
                let digest = FingerprintHasher.digest(row: row, width: width)
                bandHashes[i]?.0.add(digest); bandHashes[i]?.reverse.add(digest)
            }
        }
        // Expected rows: the crops' paired rows and removed bands, in any order of the observed ones.
        var wanted: [Int: [(crop: Int, row: Int)]] = [:]
        for (i, crop) in crops.enumerated() where crop.wanted {
            for y in crop.rows { if case .row(let e) = rows.expected(forObserved: y) { wanted[e, default: []].append((i, y - crop.rows.lowerBound)) } }
        }
        let expectedRows = wanted.keys.map { $0..<($0 + 1) } + bands.filter { $0.kind == .removed }.map { $0.y..<($0.y + $0.height) }
        try forEachRow(in: expectedRows, width: images.expectedWidth, read: images.expectedRows) { y, row, width in
            for (i, r) in wanted[y] ?? [] { crops[i].copy(row, width: width, toRow: r, observed: false) }
            for i in bands.indices where bands[i].kind == .removed && (bands[i].y..<bands[i].y + bands[i].height).contains(y) {
                let digest = FingerprintHasher.digest(row: row, width: width)
                bandHashes[i]?.0.add(digest); bandHashes[i]?.reverse.add(digest)
            }
        }
        let options = pixelmatch.countedPixelsOnly
        for i in regions.indices where crops[i].wanted {
            (regions[i].fingerprint, regions[i].reverseFingerprint) = crops[i].fingerprints(options) ?? (nil, nil)
        }
        for i in bands.indices { (bands[i].fingerprint, bands[i].reverseFingerprint) = (bandHashes[i]?.0.hex, bandHashes[i]?.reverse.hex) }
        return (regions, bands)
    }

    /// Whether any change of `result` gets a fingerprint read from its rows.
    private static func needsRows(_ result: DiffResult) -> Bool {
        !result.regions.isEmpty || result.bands.contains(where: { $0.kind != .moved })
    }

    /// Calls `body` with each row in `ranges` (in any order, overlapping or not) once, top to bottom,
    /// reading them through `read` in pieces of at most 32 rows; rows between the ranges are not asked for.
    private static func forEachRow(in ranges: [Range<Int>], width: Int, read: (Range<Int>) throws -> UnsafePointer<UInt8>,
                                   _ body: (Int, UnsafePointer<UInt8>, Int) -> Void) throws {
        var merged: [Range<Int>] = []
        for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        let piece = 32, stride = width * 4
        for range in merged {
            var y = range.lowerBound
            while y < range.upperBound {
                let n = min(piece, range.upperBound - y)
                let rows = try read(y..<(y + n))
                for k in 0..<n { body(y + k, rows + k * stride, width) }
                y += n
            }
        }
    }

    /// Which expected row the comparison set beside an observed row.
    struct RowSource {
        enum Expected { case row(Int), same, absent }
        let pairings: [RowPairing]?
        let expectedHeight: Int

        init(_ result: DiffResult) { pairings = result.rowPairings; expectedHeight = result.expectedHeight }

        func expected(forObserved y: Int) -> Expected {
            guard let pairings else { return y < expectedHeight ? .row(y) : .absent }
            if let p = pairings.first(where: { y >= $0.observedStart && y < $0.observedStart + $0.count }) {
                return .row(p.expectedStart + y - p.observedStart)
            }
            // Outside every pairing: a row equal to one of the expected image, or a band (not in any region's count).
            return .same
        }
    }

    /// A region's pixels and their context, both images, in observed coordinates.
    struct Crop {
        let columns: Range<Int>, rows: Range<Int>
        /// The region itself inside the crop.
        let inner: (x: Range<Int>, y: Range<Int>)
        let wanted: Bool
        var expected: [UInt8], observed: [UInt8]

        init(_ region: Region, width: Int, height: Int) {
            columns = max(0, region.x - context)..<min(width, region.x + region.width + context)
            rows = max(0, region.y - context)..<min(height, region.y + region.height + context)
            inner = ((region.x - columns.lowerBound)..<(region.x + region.width - columns.lowerBound),
                     (region.y - rows.lowerBound)..<(region.y + region.height - rows.lowerBound))
            wanted = columns.count * rows.count <= maxPixels
            let bytes = wanted ? columns.count * rows.count * 4 : 0
            expected = [UInt8](repeating: 0, count: bytes); observed = expected
        }

        /// Copies the crop's columns of an image row `width` pixels wide (missing ones stay transparent).
        mutating func copy(_ row: UnsafePointer<UInt8>, width: Int, toRow r: Int, observed toObserved: Bool) {
            guard wanted else { return }
            let count = max(0, min(width, columns.upperBound) - columns.lowerBound)
            guard count > 0 else { return }
            let start = r * columns.count * 4
            let source = UnsafeBufferPointer(start: row + columns.lowerBound * 4, count: count * 4)
            if toObserved { observed.replaceSubrange(start..<(start + count * 4), with: source) }
            else { expected.replaceSubrange(start..<(start + count * 4), with: source) }
        }

        /// The hash of the mask inside its bounding box and of the changed pixels' colours, and the
        /// hash of the reverse change (pixelmatch's mask is symmetric: the same mask, the colours
        /// swapped); nil when no pixel of the region is counted on its own (then it is never grouped).
        func fingerprints(_ options: PixelmatchOptions) -> (String, reverse: String)? {
            let a = RGBAImage(width: columns.count, height: rows.count, pixels: expected)
            let b = RGBAImage(width: columns.count, height: rows.count, pixels: observed)
            let mask = Pixelmatch.compare(a, b, options: options, drawOutput: true).output!.pixels
            let stride = columns.count * 4
            var changed: [(x: Int, y: Int)] = []
            for y in inner.y { for x in inner.x where mask[y * stride + x * 4 + 3] != 0 { changed.append((x, y)) } }
            guard let top = changed.first?.y, let bottom = changed.last?.y,
                  let left = changed.map(\.x).min(), let right = changed.map(\.x).max() else { return nil }
            var hasher = FingerprintHasher([3, UInt64(right - left + 1), UInt64(bottom - top + 1)]), reverse = hasher
            for (x, y) in changed {
                let i = y * stride + x * 4
                let position = UInt64(y - top) << 32 | UInt64(x - left)
                let before = FingerprintHasher.quantised(expected[i], expected[i + 1], expected[i + 2], expected[i + 3])
                let after = FingerprintHasher.quantised(observed[i], observed[i + 1], observed[i + 2], observed[i + 3])
                hasher.add(position); hasher.add(before << 32 | after)
                reverse.add(position); reverse.add(after << 32 | before)
            }
            return (hasher.hex, reverse.hex)
        }
    }
}

/// SplitMix64 steps over a stream of words: stable across runs, machines and builds.
struct FingerprintHasher {
    private(set) var state: UInt64 = 0x5343_454E_4543_4847

    init(_ words: [UInt64]) { words.forEach { add($0) } }

    mutating func add(_ word: UInt64) {
        var z = (state ^ word) &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        state = z ^ (z >> 31)
    }

    /// A whole row of RGBA pixels, cut to `keptBits` a channel, as one word: two pixels a step, so
    /// a band's rows are read once for its key and its reverse's.
    static func digest(row: UnsafePointer<UInt8>, width: Int) -> UInt64 {
        var hasher = FingerprintHasher([0xFFFF_FFFF_FFFF, UInt64(width)])
        var x = 0
        while x + 1 < width {
            let p = row + x * 4
            hasher.add(quantised(p[0], p[1], p[2], p[3]) << 32 | quantised(p[4], p[5], p[6], p[7]))
            x += 2
        }
        if x < width { let p = row + x * 4; hasher.add(quantised(p[0], p[1], p[2], p[3])) }
        return hasher.state
    }

    /// An RGBA pixel cut to `keptBits` a channel.
    @inline(__always) static func quantised(_ r: UInt8, _ g: UInt8, _ b: UInt8, _ a: UInt8) -> UInt64 {
        let shift = UInt8(8 - ChangeFingerprint.keptBits)
        return UInt64(r >> shift) << 24 | UInt64(g >> shift) << 16 | UInt64(b >> shift) << 8 | UInt64(a >> shift)
    }

    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
