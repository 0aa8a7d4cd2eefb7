public import Foundation

/// Cuts an image into horizontal strips, streaming: a tall screenshot (20,000 rows) becomes
/// a few files a viewer loads one by one as they scroll into view, and is never held whole.
public enum Strips {
    /// Strips of `rows` source rows cover an image `height` rows tall in this many files.
    public static func count(height: Int, rows: Int) -> Int { max(1, (height + rows - 1) / max(1, rows)) }

    /// Reads `reader` to the end in strips of `rows` rows, each shrunk `shrink` times in both
    /// directions (box filter; 1 = full size) and handed to `body` with its index.
    /// `onWhite` composites transparent pixels on white first (JPEG has no alpha).
    public static func each(_ reader: any RowReader, rows: Int, shrink: Int = 1, onWhite: Bool,
                            _ body: (_ index: Int, _ strip: RGBAImage) throws -> Void) throws {
        precondition(rows > 0 && shrink > 0, "strips need rows and a shrink factor of at least 1")
        let width = reader.width
        var buffer = [UInt8](repeating: 0, count: width * rows * 4)
        var index = 0
        while reader.rowsRead < reader.height {
            let n = min(rows, reader.height - reader.rowsRead)
            try buffer.withUnsafeMutableBufferPointer { try reader.readRows(n, into: $0.baseAddress!) }
            if onWhite { compositeOnWhite(&buffer, pixels: width * n) }
            let strip = shrink == 1
                ? RGBAImage(width: width, height: n, pixels: Array(buffer[0 ..< width * n * 4]))
                : shrunk(buffer, width: width, height: n, by: shrink)
            try body(index, strip)
            index += 1
        }
    }

    /// JPEG strips: `url(index)` names each file.
    public static func writeJPEG(_ reader: any RowReader, rows: Int, shrink: Int = 1, quality: Int, to url: (Int) -> URL) throws {
        try each(reader, rows: rows, shrink: shrink, onWhite: true) { i, strip in
            try ImageEncoder.writeJPEG(strip, to: url(i), quality: quality)
        }
    }

    private static func compositeOnWhite(_ pixels: inout [UInt8], pixels count: Int) {
        pixels.withUnsafeMutableBufferPointer { p in
            for i in 0 ..< count where p[i * 4 + 3] != 255 {
                let a = Int(p[i * 4 + 3])
                for c in 0 ..< 3 { p[i * 4 + c] = UInt8((Int(p[i * 4 + c]) * a + 255 * (255 - a)) / 255) }
                p[i * 4 + 3] = 255
            }
        }
    }

    /// Mean of each `factor` × `factor` block (partial blocks at the edges averaged over what they hold).
    private static func shrunk(_ source: [UInt8], width: Int, height: Int, by factor: Int) -> RGBAImage {
        let outW = (width + factor - 1) / factor, outH = (height + factor - 1) / factor
        var out = [UInt8](repeating: 0, count: outW * outH * 4)
        source.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for oy in 0 ..< outH {
                    let y0 = oy * factor, y1 = min(height, y0 + factor)
                    for ox in 0 ..< outW {
                        let x0 = ox * factor, x1 = min(width, x0 + factor)
                        var sum = (0, 0, 0, 0)
                        for y in y0 ..< y1 {
                            for x in x0 ..< x1 {
                                let i = (y * width + x) * 4
                                sum.0 += Int(src[i]); sum.1 += Int(src[i + 1]); sum.2 += Int(src[i + 2]); sum.3 += Int(src[i + 3])
                            }
                        }
                        let n = (y1 - y0) * (x1 - x0), o = (oy * outW + ox) * 4
                        dst[o] = UInt8(sum.0 / n); dst[o + 1] = UInt8(sum.1 / n); dst[o + 2] = UInt8(sum.2 / n); dst[o + 3] = UInt8(sum.3 / n)
                    }
                }
            }
        }
        return RGBAImage(width: outW, height: outH, pixels: out)
    }
}
