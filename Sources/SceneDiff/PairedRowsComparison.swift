import SceneImaging

/// The second, shift-aware pass: re-streams both images, keeps only the rows the
/// alignment paired (plus two context rows each side, which anti-aliasing detection
/// reads) and counts their pixel differences with the pixelmatch kernel. Changes are
/// recorded on a grid in observed-image coordinates.
struct PairedRowsComparison {
    /// Splits pairings into batches whose rows fit `budget` bytes per image (long pairings are
    /// cut into pieces), so a page where everything moved never needs both images whole.
    /// Each batch costs one more streaming pass.
    static func batches(_ pairings: [ShiftAnalysis.Pairing], rowBytes: Int, budget: Int = 64 << 20) -> [[ShiftAnalysis.Pairing]] {
        let maxRows = max(1, budget / max(1, rowBytes) - 4)
        var batches: [[ShiftAnalysis.Pairing]] = [[]]
        var rows = 0
        for pairing in pairings {
            var rest = pairing
            while rest.count > 0 {
                if rows >= maxRows { batches.append([]); rows = 0 }
                let take = min(rest.count, maxRows - rows)
                batches[batches.count - 1].append(ShiftAnalysis.Pairing(aStart: rest.aStart, bStart: rest.bStart, count: take))
                rows += take + 4  // two context rows each side
                rest = ShiftAnalysis.Pairing(aStart: rest.aStart + take, bStart: rest.bStart + take, count: rest.count - take)
            }
        }
        return batches.filter { !$0.isEmpty }
    }

    let pairings: [ShiftAnalysis.Pairing]
    let options: PixelmatchOptions
    let ignore: [IgnoreRegion]
    let commonWidth: Int

    func run(expected: any RowReader, observed: any RowReader, grid: inout ChangeGrid) throws -> Int {
        let context = 2
        let windows = pairings.map { p -> (a: Range<Int>, b: Range<Int>, before: Int, count: Int) in
            let before = min(context, p.aStart, p.bStart)
            let after = min(context, expected.height - p.aStart - p.count, observed.height - p.bStart - p.count)
            return ((p.aStart - before)..<(p.aStart + p.count + after), (p.bStart - before)..<(p.bStart + p.count + after), before, p.count)
        }
        let rowsA = try collect(windows.map(\.a), from: expected)
        let rowsB = try collect(windows.map(\.b), from: observed)
        var total = 0
        var options = options
        options.diffMask = true  // drawn (opaque) mask pixels are then exactly the counted ones
        for (k, window) in windows.enumerated() {
            let height = window.a.count
            let a = RGBAImage(width: commonWidth, height: height, pixels: rowsA[k])
            let b = RGBAImage(width: commonWidth, height: height, pixels: rowsB[k])
            var mask = [UInt8](repeating: 0, count: a.pixels.count)
            let stats = a.pixels.withUnsafeBufferPointer { pa in
                b.pixels.withUnsafeBufferPointer { pb in
                    mask.withUnsafeMutableBufferPointer { out in
                        comparePixelRows(window.before..<(window.before + window.count),
                                         ComparePlane(a: pa.baseAddress!, b: pb.baseAddress!, strideA: a.rowBytes, strideB: b.rowBytes,
                                                      originY: 0, width: commonWidth, height: height),
                                         options, CompareSink(output: out.baseAddress, outputStride: a.rowBytes))
                    }
                }
            }
            total += stats.diffPixels
            for y in window.before..<(window.before + window.count) {
                for x in 0..<commonWidth where mask[(y * commonWidth + x) * 4 + 3] == 255 {
                    grid.addRect(x: x, y: window.b.lowerBound + y, width: 1, height: 1)
                }
            }
        }
        return total
    }

    /// Streams `reader` once and copies the requested row ranges (common width only, masked).
    private func collect(_ ranges: [Range<Int>], from reader: any RowReader) throws -> [[UInt8]] {
        let stride = reader.width * 4, keep = commonWidth * 4
        var out = ranges.map { [UInt8](repeating: 0, count: $0.count * keep) }
        guard let last = ranges.map(\.upperBound).max() else { return out }
        let band = 128
        var buffer = [UInt8](repeating: 0, count: band * stride)
        var y = 0
        while y < last {
            let n = min(band, last - y)
            try buffer.withUnsafeMutableBufferPointer { p in
                try reader.readRows(n, into: p.baseAddress!)
                if !ignore.isEmpty { ignore.blank(rows: p.baseAddress!, firstRow: y, count: n, width: reader.width) }
            }
            for (k, range) in ranges.enumerated() {
                let lo = max(range.lowerBound, y), hi = min(range.upperBound, y + n)
                guard lo < hi else { continue }
                for row in lo..<hi {
                    let src = (row - y) * stride, dst = (row - range.lowerBound) * keep
                    out[k].replaceSubrange(dst..<(dst + keep), with: buffer[src..<(src + keep)])
                }
            }
            y += n
        }
        return out
    }
}
