import Foundation
import SceneImaging

/// A heatmap of change density: the change grid blurred, normalised and mapped through a
/// blue-cyan-yellow-red ramp, drawn over a dimmed grey copy of the observed image.
/// Streams the observed image band by band.
enum Heatmap {
    static func write(grid: ChangeGrid, observed: any RowReader, to url: URL) throws {
        let density = blurred(grid)
        let peak = density.max() ?? 0
        let writer = try PNGRowWriter(url, width: observed.width, height: observed.height, compressionLevel: 3)
        let band = 64, width = observed.width
        var rows = [UInt8](repeating: 0, count: band * width * 4)
        var y0 = 0
        while y0 < observed.height {
            let n = min(band, observed.height - y0)
            try rows.withUnsafeMutableBufferPointer { try observed.readRows(n, into: $0.baseAddress!) }
            for r in 0..<n {
                for x in 0..<width {
                    let i = (r * width + x) * 4
                    let luma = Double(rows[i]) * 0.299 + Double(rows[i + 1]) * 0.587 + Double(rows[i + 2]) * 0.114
                    let a = Double(rows[i + 3]), onWhite = (luma * a + 255 * (255 - a)) / 255
                    let grey = 255 - (255 - onWhite) * 0.4  // faded so the colours stand out
                    var out = (grey, grey, grey)
                    let v = peak > 0 ? sample(density, grid, x: x, y: y0 + r) / peak : 0
                    if v > 0.01 {
                        let c = ramp(v.squareRoot()), alpha = 0.45 + 0.45 * v.squareRoot()
                        out = (grey * (1 - alpha) + c.0 * alpha, grey * (1 - alpha) + c.1 * alpha, grey * (1 - alpha) + c.2 * alpha)
                    }
                    rows[i] = UInt8(out.0.rounded()); rows[i + 1] = UInt8(out.1.rounded()); rows[i + 2] = UInt8(out.2.rounded()); rows[i + 3] = 255
                }
            }
            try rows.withUnsafeBufferPointer { try writer.writeRows(n, from: $0.baseAddress!) }
            y0 += n
        }
        try writer.finish()
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

    /// Bilinear sample of the cell grid at pixel (x, y).
    private static func sample(_ d: [Double], _ g: ChangeGrid, x: Int, y: Int) -> Double {
        let fx = max(0, (Double(x) + 0.5) / Double(g.cell) - 0.5), fy = max(0, (Double(y) + 0.5) / Double(g.cell) - 0.5)
        let x0 = min(Int(fx), g.columns - 1), y0 = min(Int(fy), g.rows - 1)
        let x1 = min(x0 + 1, g.columns - 1), y1 = min(y0 + 1, g.rows - 1)
        let tx = fx - Double(x0), ty = fy - Double(y0)
        let top = d[y0 * g.columns + x0] * (1 - tx) + d[y0 * g.columns + x1] * tx
        let bottom = d[y1 * g.columns + x0] * (1 - tx) + d[y1 * g.columns + x1] * tx
        return top * (1 - ty) + bottom * ty
    }

    /// 0 → blue, 1/3 → cyan, 2/3 → yellow, 1 → red.
    static func ramp(_ v: Double) -> (Double, Double, Double) {
        let stops: [(Double, Double, Double)] = [(0, 64, 255), (0, 220, 255), (255, 230, 0), (230, 0, 0)]
        let t = min(max(v, 0), 1) * 3, i = min(Int(t), 2), f = t - Double(i)
        let a = stops[i], b = stops[i + 1]
        return (a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f, a.2 + (b.2 - a.2) * f)
    }
}
