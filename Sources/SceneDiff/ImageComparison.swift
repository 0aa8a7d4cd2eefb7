public import Foundation
public import SceneBundle
public import SceneImaging

/// Everything that tunes one comparison.
public struct DiffOptions: Sendable, Equatable {
    public var pixelmatch: PixelmatchOptions
    /// Rectangles left out of the comparison (in each image's own coordinates).
    public var ignore: [IgnoreRegion]
    public var limits: DecodeLimits
    /// Align rows to tell inserted/removed/moved bands from pixel changes.
    public var shiftAware: Bool
    /// zlib level of the diff image (low = fast).
    public var diffCompressionLevel: Int
    /// Bytes per image the shift-aware pass may hold at once: the window of recent rows the first
    /// pass keeps to compare rows that moved (about a sixth of it in rows each way, less a band:
    /// 458 rows of offset at 1920 px), and
    /// the pieces rows read again are cut into.
    public var pairedRowsBudget: Int

    public init(pixelmatch: PixelmatchOptions = PixelmatchOptions(), ignore: [IgnoreRegion] = [],
                limits: DecodeLimits = DecodeLimits(), shiftAware: Bool = true, diffCompressionLevel: Int = 1,
                pairedRowsBudget: Int = 12 << 20) {
        self.pixelmatch = pixelmatch; self.ignore = ignore; self.limits = limits
        self.shiftAware = shiftAware; self.diffCompressionLevel = diffCompressionLevel
        self.pairedRowsBudget = pairedRowsBudget
    }
}

/// The result of comparing an expected image with an observed one.
///
/// Counts for images of different sizes: the plain count compares the common top-left
/// area (pixelmatch on the crop) and counts every pixel of the larger canvas
/// (max width × max height) outside it as changed. The shift-aware count compares only
/// rows the alignment pairs; inserted/removed rows are reported as bands instead, and
/// extra columns of a wider image count as changed.
public struct DiffResult: Sendable, Equatable {
    public var expectedWidth: Int
    public var expectedHeight: Int
    public var width: Int
    public var height: Int
    /// Same bytes on disk (nothing was decoded).
    public var byteIdentical: Bool
    /// No pixel differs at all (after masking).
    public var identical: Bool
    /// pixelmatch's count (see the type's note for different sizes).
    public var diffPixels: Int
    public var antialiasedPixels: Int
    /// Differences left once inserted/removed/moved bands are set aside.
    public var shiftAwareDiffPixels: Int
    /// Largest colour delta on pixelmatch's threshold scale (0...1).
    public var maxDelta: Double
    public var regions: [Region]
    public var bands: [Band]
    public var diffImage: URL?
    public var heatmapImage: URL?
    /// When rows moved: which expected rows were compared with which observed rows (rows outside
    /// every pairing are equal rows or bands). Nil when every row was compared with the same row.
    public var rowPairings: [RowPairing]?

    /// Pixels of the larger canvas.
    public var canvasPixels: Int { max(expectedWidth, width) * max(expectedHeight, height) }
    public var sizeChanged: Bool { width != expectedWidth || height != expectedHeight }
    public var diffPercentage: Double { percentage(diffPixels) }
    /// Shift-aware differences plus the area of inserted and removed bands (moves are free).
    public var changedPixels: Int {
        shiftAwareDiffPixels + Band.changedPixels(of: bands, width: width)
    }
    public var changedPercentage: Double { percentage(changedPixels) }

    /// `major` above `major` %, `minor` above `minor` % of changed pixels, else `none`.
    public func level(minorPercent: Double, majorPercent: Double) -> DiffLevel {
        DiffLevel(changedPercent: changedPercentage, minorPercent: minorPercent, majorPercent: majorPercent)
    }

    private func percentage(_ n: Int) -> Double { canvasPixels == 0 ? 0 : Double(n) * 100 / Double(canvasPixels) }
}

/// Expected rows `expectedStart...` compared with observed rows `observedStart...`, `count` of them.
public struct RowPairing: Sendable, Equatable {
    public var expectedStart: Int, observedStart: Int, count: Int
}

/// Entry points of the diff engine.
public enum ImageComparison {
    /// Compares two PNG/JPEG files, streaming both, optionally writing the pixelmatch-style
    /// diff image and a heatmap. Byte-identical files are answered from their bytes whatever
    /// the options: nothing is decoded but the header, no image is written (a file already at
    /// an output path is removed, so none is left from another comparison) and the outcome
    /// names none — an unchanged page, most of a nightly run, costs milliseconds.
    public static func compare(expected: URL, observed: URL, writeDiffTo: URL? = nil, writeHeatmapTo: URL? = nil,
                               options: DiffOptions = DiffOptions()) throws -> DiffResult {
        try compare(expected: expected, observed: observed, writeDiffTo: writeDiffTo, writeHeatmapTo: writeHeatmapTo,
                    options: options) { result, _ in result }
    }

    /// `compare`, then `inspect` with its result and the comparison's own decoders (nil for
    /// byte-identical files, which are never decoded): a pass that reads some rows again after
    /// the comparison (change fingerprints) starts from the nearest restart point the comparison
    /// kept instead of decoding both images from the top a second time.
    public static func compare<T>(expected: URL, observed: URL, writeDiffTo: URL? = nil, writeHeatmapTo: URL? = nil,
                                  options: DiffOptions = DiffOptions(),
                                  then inspect: (DiffResult, ComparedImages?) throws -> T) throws -> T {
        if let size = try byteIdenticalImageSize(expected, observed, limits: options.limits) {
            for output in [writeDiffTo, writeHeatmapTo].compactMap({ $0 }) { unlink(output.path) }
            return try inspect(DiffResult(expectedWidth: size.width, expectedHeight: size.height, width: size.width,
                                          height: size.height, byteIdentical: true, identical: true, diffPixels: 0,
                                          antialiasedPixels: 0, shiftAwareDiffPixels: 0, maxDelta: 0, regions: [], bands: []), nil)
        }
        let (a, b) = try openBoth(expected, observed, options.limits)
        if options.shiftAware {
            // Restart points for the shift-aware pass: rows it compares again are read from the
            // nearest one instead of decoding the image a second time.
            _ = try a.keepCheckpoints(); _ = try b.keepCheckpoints()
        }
        let palette = DiffPalette(options.pixelmatch)
        let diffWriter = try writeDiffTo.map {
            try PNGRowWriter($0, width: max(a.width, b.width), height: max(a.height, b.height),
                             compressionLevel: options.diffCompressionLevel,
                             layout: palette.map { .palette($0.colours) } ?? (options.pixelmatch.diffMask ? .rgba : .rgb), runLength: true)
        }
        let pass = try StreamingComparison(a: a, b: b, options: options.pixelmatch, ignore: options.ignore,
                                           diffWriter: diffWriter, palette: palette?.indices, stopAtFirstDifference: false,
                                           keepRows: options.shiftAware ? options.pairedRowsBudget : 0).run()
        try diffWriter?.finish()
        var grid = pass.grid
        var shiftAware = pass.stats.diffPixels
        var bands: [Band] = []
        var rowPairings: [RowPairing]?
        if options.shiftAware {
            let shift = ShiftAnalysis(hashesA: pass.hashesA, hashesB: pass.hashesB)
            if !shift.isIdentity {
                grid = ChangeGrid(width: b.width, height: b.height)
                let cw = min(a.width, b.width)
                let limits = options.limits
                shiftAware = try PairedRowsComparison(
                    pairings: shift.pairings, hashesA: pass.hashesA, hashesB: pass.hashesB, options: options.pixelmatch,
                    commonWidth: cw, budget: options.pairedRowsBudget
                ).run(kept: pass.rows, expected: RowFetcher(a, ignore: options.ignore) { try ImageReader.open(expected, limits: limits) },
                      observed: RowFetcher(b, ignore: options.ignore) { try ImageReader.open(observed, limits: limits) },
                      grid: &grid)
                if b.width > cw { grid.addRect(x: cw, y: 0, width: b.width - cw, height: b.height) }
                shiftAware += (max(a.width, b.width) - cw) * max(a.height, b.height)
                bands = shift.bands
                rowPairings = shift.pairings.map { RowPairing(expectedStart: $0.aStart, observedStart: $0.bStart, count: $0.count) }
            }
        }
        if let writeHeatmapTo {
            try Heatmap.write(grid: grid, observed: try ImageReader.open(observed, limits: options.limits), to: writeHeatmapTo)
        }
        let result = DiffResult(expectedWidth: a.width, expectedHeight: a.height, width: b.width, height: b.height,
                                byteIdentical: false, identical: a.width == b.width && a.height == b.height && pass.stats.unequalPixels == 0,
                                diffPixels: pass.stats.diffPixels, antialiasedPixels: pass.stats.antialiasedPixels,
                                shiftAwareDiffPixels: shiftAware, maxDelta: Pixelmatch.normalizedDelta(pass.stats.maxDelta),
                                regions: Regions.find(in: grid), bands: bands, diffImage: writeDiffTo, heatmapImage: writeHeatmapTo,
                                rowPairings: rowPairings)
        let limits = options.limits
        return try inspect(result, ComparedImages(
            expected: RowFetcher(a, ignore: options.ignore) { try ImageReader.open(expected, limits: limits) },
            observed: RowFetcher(b, ignore: options.ignore) { try ImageReader.open(observed, limits: limits) }))
    }

    /// Equal or not, stopping at the first counted difference.
    public static func areEqual(expected: URL, observed: URL, options: DiffOptions = DiffOptions()) throws -> Bool {
        if try filesAreIdentical(expected, observed) { return true }
        let (a, b) = try openBoth(expected, observed, options.limits)
        guard a.width == b.width, a.height == b.height else { return false }
        let pass = try StreamingComparison(a: a, b: b, options: options.pixelmatch, ignore: options.ignore,
                                           diffWriter: nil, palette: nil, stopAtFirstDifference: true).run()
        return pass.stats.diffPixels == 0
    }

    /// The image's size when the two files are byte-identical (nothing decoded but the header),
    /// nil when their bytes differ. Throws when identical files are not a readable image.
    public static func byteIdenticalImageSize(_ a: URL, _ b: URL, limits: DecodeLimits = DecodeLimits()) throws -> (width: Int, height: Int)? {
        guard try filesAreIdentical(a, b) else { return nil }
        let header = try ImageReader.open(b, limits: limits)
        return (header.width, header.height)
    }

    /// Compares the files' bytes (memory-mapped: mapping reads nothing, so sizes come first
    /// for free), without decoding. No `attributesOfItem`: its dictionary and casts cost
    /// ~1 ms of a ~10 ms byte-identical `scene diff`.
    static func filesAreIdentical(_ a: URL, _ b: URL) throws -> Bool {
        guard let dataA = try? Data(contentsOf: a, options: .alwaysMapped),
              let dataB = try? Data(contentsOf: b, options: .alwaysMapped),
              dataA.count == dataB.count, !dataA.isEmpty else { return false }
        return dataA == dataB
    }

    private static func openBoth(_ a: URL, _ b: URL, _ limits: DecodeLimits) throws -> (any RowReader, any RowReader) {
        (try ImageReader.open(a, limits: limits), try ImageReader.open(b, limits: limits))
    }
}

/// The palette of a pixelmatch diff image, when every colour it can get fits in 256: grey
/// levels of faded pixels (255 + (luma - 255) * alpha, so only 27 of them at alpha 0.1) plus
/// the marking colours, or transparent black plus the marking colours with `diffMask`.
/// The kernel then draws one index a pixel: a third of RGB's bytes to deflate, the biggest
/// cost of writing the image, and no RGBA band to fill.
struct DiffPalette: Equatable {
    /// Palette entries (RGBA) in index order.
    let colours: [[UInt8]]
    let indices: Indices

    /// Where each kind of diff pixel sits in the palette.
    struct Indices: Equatable {
        /// Grey level `firstGrey` is entry 0 and 255 the last grey.
        let firstGrey: Int
        let aa: UInt8, diff: UInt8, alt: UInt8
        @inline(__always) func grey(_ level: UInt8) -> UInt8 { UInt8(truncatingIfNeeded: Int(level) - firstGrey) }
    }

    /// nil when the greys do not fit (alpha near 1 or outside 0...1): the image is then RGB.
    init?(_ options: PixelmatchOptions) {
        let marks = [options.aaColor, options.diffColor, options.diffColorAlt ?? options.diffColor].map { [$0.r, $0.g, $0.b, 255] }
        var greys: [[UInt8]] = [[0, 0, 0, 0]]  // with diffMask: the transparent background, as the zeroed band holds it
        var firstGrey = 0
        if !options.diffMask {
            guard (0...1).contains(options.alpha) else { return nil }
            // One level below the exact lowest grey, in case the rounding of the blend lands under it.
            firstGrey = max(0, Int((255 - 255 * options.alpha).rounded(.down)) - 1)
            greys = (firstGrey...255).map { [UInt8($0), UInt8($0), UInt8($0), 255] }
        }
        guard greys.count + marks.count <= 256 else { return nil }
        colours = greys + marks
        let first = UInt8(greys.count)
        indices = Indices(firstGrey: firstGrey, aa: first, diff: first + 1, alt: first + 2)
    }
}

extension DiffRecord {
    /// The bundle record of a comparison; artifact names are the files' last path components.
    public init(_ outcome: DiffResult, level: DiffLevel) {
        self.init(identical: outcome.identical, width: outcome.width, height: outcome.height,
                  expectedWidth: outcome.expectedWidth, expectedHeight: outcome.expectedHeight,
                  diffPixels: outcome.diffPixels, diffPercentage: outcome.diffPercentage,
                  shiftAwareDiffPixels: outcome.shiftAwareDiffPixels, maxDelta: outcome.maxDelta, level: level,
                  regions: outcome.regions, bands: outcome.bands,
                  diffImage: outcome.diffImage?.lastPathComponent, heatmapImage: outcome.heatmapImage?.lastPathComponent)
    }
}
