public import Foundation

/// Report thumbnails: a box-filtered downscale composited on white, saved as JPEG.
public enum Thumbnail {
    /// Streams `png` (or any supported image), shrinks it to at most `maxWidth` wide
    /// (never enlarges) and writes `jpeg`.
    public static func write(png: URL, jpeg: URL, maxWidth: Int = 320, limits: DecodeLimits = DecodeLimits()) throws {
        let reader = try ImageReader.open(png, limits: limits)
        let image = try downscale(reader, maxWidth: maxWidth)
        try ImageEncoder.writeJPEG(image, to: jpeg, quality: 80)
    }

    /// Box filter: each output pixel is the mean of the source pixels it covers.
    public static func downscale(_ reader: any RowReader, maxWidth: Int) throws -> RGBAImage {
        let (w, h) = (reader.width, reader.height)
        let outW = max(1, min(maxWidth, w))
        let outH = max(1, Int((Double(h) * Double(outW) / Double(w)).rounded()))
        let columnStart = (0...outW).map { $0 * w / outW }
        var out = [UInt8](repeating: 255, count: outW * outH * 4)
        var sums = [Int](repeating: 0, count: outW * 3)
        var row = [UInt8](repeating: 0, count: w * 4)
        var sourceY = 0
        for oy in 0..<outH {
            let rowStart = sourceY
            let y1 = min(h, max(sourceY + 1, (oy + 1) * h / outH))
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
