public import Foundation

/// Report thumbnails: the first screen of a page, box-filtered down and composited on
/// white, saved as a JPEG of a few KB.
public enum Thumbnail {
    /// The default box: 320 × 240 covers the dashboard's cells twice over (sharp on HiDPI
    /// screens) and holds the first screen of a desktop page (1280 × 800 becomes 320 × 200).
    public static let maxWidth = 320, maxHeight = 240

    /// Streams `png` (or any supported image), shrinks it to at most `maxWidth` wide (never
    /// enlarges), keeps the top `maxHeight` rows of the result and writes `jpeg`. Only the
    /// source rows the thumbnail shows are decoded, so a 20,000-row page costs its top.
    public static func write(png: URL, jpeg: URL, maxWidth: Int = Thumbnail.maxWidth, maxHeight: Int = Thumbnail.maxHeight,
                             limits: DecodeLimits = DecodeLimits()) throws {
        let reader = try ImageReader.open(png, limits: limits)
        let image = try downscale(reader, maxWidth: maxWidth, maxHeight: maxHeight)
        try ImageEncoder.writeJPEG(image, to: jpeg, quality: 75)
    }

    /// Box filter: each output pixel is the mean of the source pixels it covers. The output
    /// keeps the aspect ratio, cut at `maxHeight` rows (the top of the image).
    public static func downscale(_ reader: any RowReader, maxWidth: Int, maxHeight: Int = .max) throws -> RGBAImage {
        let (w, h) = (reader.width, reader.height)
        let outW = max(1, min(maxWidth, w))
        let fullH = max(1, Int((Double(h) * Double(outW) / Double(w)).rounded()))
        let outH = min(fullH, max(1, maxHeight))
        // Source rows shown: all of them, or those the kept output rows cover.
        let sourceH = outH == fullH ? h : min(h, max(1, Int((Double(outH) * Double(w) / Double(outW)).rounded())))
        let columnStart = (0...outW).map { $0 * w / outW }
        var out = [UInt8](repeating: 255, count: outW * outH * 4)
        var sums = [Int](repeating: 0, count: outW * 3)
        var row = [UInt8](repeating: 0, count: w * 4)
        var sourceY = 0
        for oy in 0..<outH {
            let rowStart = sourceY
            let y1 = min(sourceH, max(sourceY + 1, (oy + 1) * sourceH / outH))
            for i in sums.indices { sums[i] = 0 }
            while sourceY < y1 {
                try row.withUnsafeMutableBufferPointer { try reader.readRows(1, into: $0.baseAddress!) }
                for ox in 0..<outW {
                    var r = 0, g = 0, b = 0
                    for x in columnStart[ox]..<max(columnStart[ox] + 1, columnStart[ox + 1]) {
                        // Composite on white so transparent areas do not turn black in the JPEG.
                        let i = x * 4, a = Int(row[i + 3])
                        r += (Int(row[i]) * a + 255 * (255 - a)) / 255
                        g += (Int(row[i + 1]) * a + 255 * (255 - a)) / 255
                        b += (Int(row[i + 2]) * a + 255 * (255 - a)) / 255
                    }
                    sums[ox * 3] += r; sums[ox * 3 + 1] += g; sums[ox * 3 + 2] += b
                }
                sourceY += 1
            }
            let count = y1 - rowStart
            for ox in 0..<outW {
                let n = count * max(1, columnStart[ox + 1] - columnStart[ox])
                let o = (oy * outW + ox) * 4
                out[o] = UInt8(sums[ox * 3] / n); out[o + 1] = UInt8(sums[ox * 3 + 1] / n); out[o + 2] = UInt8(sums[ox * 3 + 2] / n)
            }
        }
        return RGBAImage(width: outW, height: outH, pixels: out)
    }
}
