import Foundation
public import SceneBundle
public import SceneImaging

/// When a change is only rendering noise: a handful of isolated pixels (a glyph's or an image's
/// edge rasterised a little differently from one night to the next), never a changed word, line
/// or box, which always puts many changed pixels close together.
public struct NoiseTest: Sendable, Equatable {
    /// Side of the square window, px.
    public var window: Int
    /// Most changed pixels any window may hold.
    public var pixelsPerWindow: Int
    /// Most changed pixels in all (0: nothing is noise).
    public var maxPixels: Int
    public init(window: Int = 8, pixelsPerWindow: Int = 6, maxPixels: Int = 200) {
        self.window = window; self.pixelsPerWindow = pixelsPerWindow; self.maxPixels = maxPixels
    }
}

public enum NoiseClassifier {
    /// The noise summary of a comparison whose changes are all isolated pixels; nil when they are
    /// not (or when nothing changed). Only a comparison of same-sized images without inserted or
    /// removed rows qualifies; its changed pixels are read back from its diff image (drawn with
    /// `options`' diff colours), so a comparison without one is never noise.
    public static func classify(_ outcome: DiffResult, test: NoiseTest, options: PixelmatchOptions = PixelmatchOptions(),
                                limits: DecodeLimits = DecodeLimits()) throws -> NoiseSummary? {
        guard outcome.changedPixels > 0, outcome.changedPixels <= test.maxPixels, !outcome.sizeChanged,
              outcome.bands.isEmpty, outcome.diffPixels == outcome.changedPixels, let diffImage = outcome.diffImage,
              let lastRow = outcome.regions.map({ $0.y + $0.height }).max() else { return nil }
        let pixels = try changedPixels(in: diffImage, options: options, rows: min(lastRow, outcome.height), limits: limits)
        // The image must account for every counted pixel, or the verdict would rest on a guess.
        guard pixels.count == outcome.diffPixels else { return nil }
        let densest = densestWindow(pixels, side: test.window)
        guard densest <= test.pixelsPerWindow else { return nil }
        return NoiseSummary(window: test.window, densestWindow: densest, pixels: Array(pixels.prefix(NoiseSummary.maxListed)))
    }

    /// Positions of the diff image's pixels in the diff colours, in its first `rows` rows.
    static func changedPixels(in diffImage: URL, options: PixelmatchOptions, rows: Int,
                              limits: DecodeLimits) throws -> [NoiseSummary.Pixel] {
        let reader = try ImageReader.open(diffImage, limits: limits)
        let colours = [options.diffColor, options.diffColorAlt ?? options.diffColor]
        let band = 128
        var buffer = [UInt8](repeating: 0, count: reader.width * 4 * band)
        var found: [NoiseSummary.Pixel] = []
        var y = 0
        while y < min(rows, reader.height) {
            let count = min(band, reader.height - y)
            try buffer.withUnsafeMutableBufferPointer { try reader.readRows(count, into: $0.baseAddress!) }
            for row in 0..<count {
                for x in 0..<reader.width {
                    let i = (row * reader.width + x) * 4
                    if buffer[i + 3] == 255, colours.contains(where: { $0.r == buffer[i] && $0.g == buffer[i + 1] && $0.b == buffer[i + 2] }) {
                        found.append(.init(x: x, y: y + row))
                    }
                }
            }
            y += count
        }
        return found
    }

    /// The most points any `side` × `side` square holds: a best square can always be moved until
    /// its top edge is on a point's row and its left edge on a point's column.
    static func densestWindow(_ points: [NoiseSummary.Pixel], side: Int) -> Int {
        let sorted = points.sorted { ($0.y, $0.x) < ($1.y, $1.x) }
        var best = 0
        for (index, top) in sorted.enumerated() where index == 0 || sorted[index - 1].y != top.y {
            let xs = sorted[index...].prefix { $0.y < top.y + side }.map(\.x).sorted()
            var left = 0
            for right in xs.indices {
                while xs[right] - xs[left] >= side { left += 1 }
                best = max(best, right - left + 1)
            }
        }
        return best
    }
}
