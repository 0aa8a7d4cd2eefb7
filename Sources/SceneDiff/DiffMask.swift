public import Foundation
public import SceneImaging

/// The marks of a pixelmatch diff image without its background. The diff image is a faded
/// grey copy of the expected image (every such pixel has r = g = b) with the differences
/// painted in colour (red, yellow for anti-aliasing by default; the marking colours must
/// not be grey). Kept alone over a transparent background the marks compress to almost
/// nothing, stay exact to the pixel, and a viewer draws the faded image itself.
public enum DiffMask {
    /// Clears every grey pixel of `strip`, keeping the coloured marks as they are.
    public static func isolate(_ strip: inout RGBAImage) {
        strip.pixels.withUnsafeMutableBufferPointer { p in
            for i in stride(from: 0, to: p.count, by: 4) where p[i] == p[i + 1] && p[i + 1] == p[i + 2] {
                p[i] = 0; p[i + 1] = 0; p[i + 2] = 0; p[i + 3] = 0
            }
        }
    }

    /// Writes the marks of `diff` as PNG strips of `rows` rows; `url(index)` names each.
    /// A strip is stored with a palette (one byte a pixel: a quarter of RGBA to deflate,
    /// where a shifted page marks most of its text) unless it holds over 256 colours.
    public static func writeStrips(_ diff: any RowReader, rows: Int, to url: (Int) -> URL) throws {
        try Strips.each(diff, rows: rows, onWhite: false) { i, strip in
            var strip = strip
            isolate(&strip)
            if let (palette, indices) = paletted(strip) {
                let writer = try PNGRowWriter(url(i), width: strip.width, height: strip.height, compressionLevel: 9, layout: .palette(palette))
                try indices.withUnsafeBufferPointer { try writer.writeRows(strip.height, from: $0.baseAddress!) }
                try writer.finish()
            } else {
                let writer = try PNGRowWriter(url(i), width: strip.width, height: strip.height, compressionLevel: 6, runLength: true)
                try strip.pixels.withUnsafeBufferPointer { try writer.writeRows(strip.height, from: $0.baseAddress!) }
                try writer.finish()
            }
        }
    }

    /// The strip's colours (transparent first) and one index a pixel, or nil beyond 256 colours.
    static func paletted(_ strip: RGBAImage) -> (palette: [[UInt8]], indices: [UInt8])? {
        var palette: [[UInt8]] = [[0, 0, 0, 0]]
        var index: [UInt32: UInt8] = [0: 0]
        var indices = [UInt8](repeating: 0, count: strip.width * strip.height)
        var last: UInt32 = 0, lastIndex: UInt8 = 0
        let ok = strip.pixels.withUnsafeBytes { raw -> Bool in
            for i in 0 ..< indices.count {
                let colour = raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)
                if colour != last {
                    if let known = index[colour] { lastIndex = known } else {
                        guard palette.count < 256 else { return false }
                        lastIndex = UInt8(palette.count)
                        index[colour] = lastIndex
                        palette.append(Array(strip.pixels[(i * 4) ..< (i * 4 + 4)]))
                    }
                    last = colour
                }
                indices[i] = lastIndex
            }
            return true
        }
        return ok ? (palette, indices) : nil
    }
}
