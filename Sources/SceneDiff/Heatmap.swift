import Dispatch
import Foundation
import SceneImaging

/// A heatmap of change density: the change grid blurred, normalised and mapped through a
/// blue-cyan-yellow-red ramp, drawn over a dimmed grey copy of the observed image.
/// Streams the observed image band by band; both cores paint and compress.
enum Heatmap {
    static func write(grid: ChangeGrid, observed: any RowReader, to url: URL) throws {
        let density = blurred(grid)
        let peak = density.max() ?? 0
        // Run-length deflate at level 1, in two pieces (one a core) when the writer can: most of
        // a heatmap is a faded page, and this image is written once per changed screenshot.
        let writer = try PNGRowWriter(url, width: observed.width, height: observed.height, compressionLevel: 1,
                                      layout: .rgb, runLength: true)
        let band = 64, width = observed.width
        let rows = UnsafeMutablePointer<UInt8>.allocate(capacity: band * width * 4)
        defer { rows.deallocate() }
        let columns = (0..<width).map { SamplePoint($0, cell: grid.cell, count: grid.columns) }
        var y0 = 0
        while y0 < observed.height {
            let n = min(band, observed.height - y0)
            try observed.readRows(n, into: rows)
            let halves = n >= 2 && writer.pieces >= 2 ? [0..<(n / 2), (n / 2)..<n] : [0..<n]
            let work = UncheckedSendable((rows, density, columns, writer, y0, grid))
            DispatchQueue.concurrentPerform(iterations: halves.count) { i in
                let (rows, density, columns, writer, y0, grid) = work.value
                for r in halves[i] {
                    paint(rows + r * width * 4, width: width, y: y0 + r, density: density, peak: peak, grid: grid, columns: columns)
                }
                if halves.count > 1 {
                    writer.compress(piece: i, rows: halves[i].count, from: rows + halves[i].lowerBound * width * 4)
                }
            }
            if halves.count > 1 { try writer.appendPieces(2, rows: n) } else { try writer.writeRows(n, from: rows) }
            y0 += n
        }
        try writer.finish()
    }

    /// One observed row (RGBA, in place) as the heatmap: the faded pixel, coloured by the density
    /// sampled at it. Runs of one colour where nothing changed (most of a page) reuse the last pixel.
    private static func paint(_ row: UnsafeMutablePointer<UInt8>, width: Int, y: Int, density: [Double], peak: Double,
                              grid: ChangeGrid, columns: [SamplePoint]) {
        let vertical = SamplePoint(y, cell: grid.cell, count: grid.rows)
        var last: (pixel: UInt32, faded: UInt32)?
        for x in 0..<width {
            let p = row + x * 4
            let v = peak > 0 ? sample(density, grid, columns[x], vertical) / peak : 0
            let pixel = UnsafeRawPointer(p).loadUnaligned(as: UInt32.self)
            if v <= 0.01, let last, last.pixel == pixel {
                UnsafeMutableRawPointer(p).storeBytes(of: last.faded, as: UInt32.self)
                continue
            }
            let luma = Double(p[0]) * 0.299 + Double(p[1]) * 0.587 + Double(p[2]) * 0.114
            let a = Double(p[3]), onWhite = (luma * a + 255 * (255 - a)) / 255
            let grey = 255 - (255 - onWhite) * 0.4  // faded so the colours stand out
            var out = (grey, grey, grey)
            if v > 0.01 {
                let c = ramp(v.squareRoot()), alpha = 0.45 + 0.45 * v.squareRoot()
                out = (grey * (1 - alpha) + c.0 * alpha, grey * (1 - alpha) + c.1 * alpha, grey * (1 - alpha) + c.2 * alpha)
            }
            p[0] = UInt8(out.0.rounded()); p[1] = UInt8(out.1.rounded()); p[2] = UInt8(out.2.rounded()); p[3] = 255
            if v <= 0.01 { last = (pixel, UnsafeRawPointer(p).loadUnaligned(as: UInt32.self)) }
        }
    }

    /// Three passes of a 5-cell box blur each way (close to a Gaussian).
    static func blurred(_ grid: ChangeGrid) -> [Double] {
        var d = grid.counts.map(Double.init)
        let (w, h) = (grid.columns, grid.rows)
        var tmp = d
        for _ in 0..<3 {
            for y in 0..<h { for x in 0..<w {
                var s = 0.0
                for k in max(0, x - 2)...min(w - 1, x + 2) { s += d[y * w + k] }
                tmp[y * w + x] = s / 5
            } }
            for y in 0..<h { for x in 0..<w {
                var s = 0.0
                for k in max(0, y - 2)...min(h - 1, y + 2) { s += tmp[k * w + x] }
                d[y * w + x] = s / 5
            } }
        }
        return d
    }

    /// Where pixel coordinate `i` falls between two cell centres along one axis.
    struct SamplePoint {
        let low: Int, high: Int
        let t: Double
        init(_ i: Int, cell: Int, count: Int) {
            let f = max(0, (Double(i) + 0.5) / Double(cell) - 0.5)
            low = min(Int(f), count - 1); high = min(low + 1, count - 1); t = f - Double(low)
        }
    }

    /// Bilinear sample of the cell grid at a pixel.
    private static func sample(_ d: [Double], _ g: ChangeGrid, _ x: SamplePoint, _ y: SamplePoint) -> Double {
        let top = d[y.low * g.columns + x.low] * (1 - x.t) + d[y.low * g.columns + x.high] * x.t
        let bottom = d[y.high * g.columns + x.low] * (1 - x.t) + d[y.high * g.columns + x.high] * x.t
        return top * (1 - y.t) + bottom * y.t
    }

    /// 0 → blue, 1/3 → cyan, 2/3 → yellow, 1 → red.
    static func ramp(_ v: Double) -> (Double, Double, Double) {
        let stops: [(Double, Double, Double)] = [(0, 64, 255), (0, 220, 255), (255, 230, 0), (230, 0, 0)]
        let t = min(max(v, 0), 1) * 3, i = min(Int(t), 2), f = t - Double(i)
        let a = stops[i], b = stops[i + 1]
        return (a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f, a.2 + (b.2 - a.2) * f)
    }
}
