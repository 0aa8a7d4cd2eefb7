import Foundation

/// Read-only views of the rows of two images (each with its own row stride) plus the
/// compared geometry. Row `y` is in image coordinates; only rows loaded into the
/// buffers may be touched (the caller keeps two context rows around each compared row).
struct ComparePlane: @unchecked Sendable {
    let a: UnsafePointer<UInt8>
    let b: UnsafePointer<UInt8>
    let strideA: Int
    let strideB: Int
    /// Image row stored at the start of `a` and `b`.
    let originY: Int
    let width: Int
    let height: Int

    @inline(__always) func rowA(_ y: Int) -> UnsafePointer<UInt8> { a + (y - originY) * strideA }
    @inline(__always) func rowB(_ y: Int) -> UnsafePointer<UInt8> { b + (y - originY) * strideB }
    var imageA: Rows { Rows(base: a, stride: strideA, originY: originY) }
    var imageB: Rows { Rows(base: b, stride: strideB, originY: originY) }

    /// The rows of one of the two images.
    struct Rows {
        let base: UnsafePointer<UInt8>
        let stride: Int
        let originY: Int
        @inline(__always) func pixel(_ x: Int, _ y: Int) -> UnsafePointer<UInt8> { base + (y - originY) * stride + x * 4 }
    }
}

/// Where compared rows draw their diff output and count changed pixels for the region grid.
struct CompareSink: @unchecked Sendable {
    /// Diff output rows (RGBA, `outputStride` apart), row `outputOriginY` first; nil = no output.
    var output: UnsafeMutablePointer<UInt8>?
    var outputStride = 0
    var outputOriginY = 0
    /// Draw palette indices (one byte a pixel) instead of RGBA; see `DiffPalette`.
    var indices: DiffPalette.Indices?
    /// Changed-pixel counts per `cell`×`cell` square, `gridWidth` cells a row; nil = not kept.
    var grid: UnsafeMutablePointer<Int32>?
    var gridWidth = 0
    var cell = 8
    /// Grid row of compared row `y` is `(y + gridOffsetY) / cell` (rows of a window placed in the image).
    var gridOffsetY = 0

    /// The unchanged pixel `p` as faded grey, at column `x` of output row `row`.
    @inline(__always) func paintGrey(_ p: UnsafePointer<UInt8>, _ alpha: Double, _ row: UnsafeMutablePointer<UInt8>, _ x: Int) {
        let level = greyLevel(p, alpha)
        if let indices { row[x] = indices.grey(level); return }
        let out = row + x * 4
        out[0] = level; out[1] = level; out[2] = level; out[3] = 255
    }

    /// A marking colour (`index` is its palette entry) at column `x` of output row `row`.
    @inline(__always) func paint(_ colour: RGB, index: UInt8, _ row: UnsafeMutablePointer<UInt8>, _ x: Int) {
        if indices != nil { row[x] = index; return }
        let out = row + x * 4
        out[0] = colour.r; out[1] = colour.g; out[2] = colour.b; out[3] = 255
    }
}

/// Per-band results of the kernel.
struct CompareStats: Sendable {
    var diffPixels = 0
    var antialiasedPixels = 0
    /// Pixels whose bytes differ at all (before the threshold).
    var unequalPixels = 0
    /// Largest YIQ squared delta seen (0...35215).
    var maxDelta = 0.0

    mutating func add(_ other: CompareStats) {
        diffPixels += other.diffPixels; antialiasedPixels += other.antialiasedPixels
        unequalPixels += other.unequalPixels
        maxDelta = max(maxDelta, other.maxDelta)
    }
}

/// The pixelmatch 7.2.0 algorithm (YIQ colour delta with anti-aliasing detection after
/// Vysniauskas 2009), over rows `rows` of `plane`. Same decisions, same arithmetic order,
/// so the count equals the JavaScript library's for the same pixels.
func comparePixelRows(_ rows: Range<Int>, _ plane: ComparePlane, _ options: PixelmatchOptions, _ sink: CompareSink) -> CompareStats {
    var stats = CompareStats()
    let width = plane.width, rowBytes = width * 4
    let maxDelta = options.maxDelta
    let alt = options.diffColorAlt ?? options.diffColor
    let drawBackground = sink.output != nil && !options.diffMask
    let marks = sink.indices ?? DiffPalette.Indices(firstGrey: 0, aa: 0, diff: 0, alt: 0)
    // Unchanged pixels of a changed row come in runs of one colour too: the last one's grey is reused.
    var lastGrey: (pixel: UInt32, painted: UInt32)?
    @inline(__always) func paintGrey(_ p: UnsafePointer<UInt8>, _ out: UnsafeMutablePointer<UInt8>, _ x: Int) {
        let pixel = load32(p)
        if let lastGrey, lastGrey.pixel == pixel {
            if sink.indices != nil { out[x] = UInt8(truncatingIfNeeded: lastGrey.painted) }
            else { UnsafeMutableRawPointer(out).storeBytes(of: lastGrey.painted, toByteOffset: x * 4, as: UInt32.self) }
            return
        }
        sink.paintGrey(p, options.alpha, out, x)
        let painted = sink.indices != nil ? UInt32(out[x]) : UnsafeRawPointer(out + x * 4).loadUnaligned(as: UInt32.self)
        lastGrey = (pixel, painted)
    }
    for y in rows {
        let rowA = plane.rowA(y), rowB = plane.rowB(y)
        let out = sink.output.map { $0 + (y - sink.outputOriginY) * sink.outputStride }
        // Fast path: an identical row has no differing pixel to examine.
        if memcmp(rowA, rowB, rowBytes) == 0 {
            if drawBackground, let out { drawGrayRow(rowA, width, options.alpha, out, sink) }
            continue
        }
        for x in 0..<width {
            let pa = rowA + x * 4, pb = rowB + x * 4
            if load32(pa) == load32(pb) {
                if drawBackground, let out { paintGrey(pa, out, x) }
                continue
            }
            stats.unequalPixels += 1
            let delta = colorDelta(pa, pb, k: (y * width + x) * 4, checkerboard: options.checkerboard)
            stats.maxDelta = max(stats.maxDelta, abs(delta))
            guard abs(delta) > maxDelta else {
                if drawBackground, let out { paintGrey(pa, out, x) }
                continue
            }
            let excludedAA = !options.includeAA
                && (antialiased(x, y, plane, first: true, options.checkerboard)
                    || antialiased(x, y, plane, first: false, options.checkerboard))
            if excludedAA {
                stats.antialiasedPixels += 1
                if drawBackground, let out { sink.paint(options.aaColor, index: marks.aa, out, x) }
            } else {
                stats.diffPixels += 1
                if let out { sink.paint(delta < 0 ? alt : options.diffColor, index: delta < 0 ? marks.alt : marks.diff, out, x) }
                if let grid = sink.grid { grid[((y + sink.gridOffsetY) / sink.cell) * sink.gridWidth + x / sink.cell] += 1 }
            }
        }
    }
    return stats
}

@inline(__always) private func load32(_ p: UnsafePointer<UInt8>) -> UInt32 {
    UnsafeRawPointer(p).loadUnaligned(as: UInt32.self)
}

/// Checkerboard background channel for byte offset `k` (pixelmatch's pattern).
@inline(__always) private func background(_ k: Int, _ checkerboard: Bool) -> (Double, Double, Double) {
    guard checkerboard else { return (255, 255, 255) }
    let kd = Double(k)
    return (48 + 159 * Double(k % 2),
            48 + 159 * Double(Int(kd / 1.618033988749895) % 2),
            48 + 159 * Double(Int(kd / 2.618033988749895) % 2))
}

/// Squared YIQ distance (Kotsarenko & Ramos), negative when the second pixel is darker...
/// i.e. the sign encodes whether the pixel lightens (+) or darkens (-) from `p1` to `p2`.
@inline(__always) func colorDelta(_ p1: UnsafePointer<UInt8>, _ p2: UnsafePointer<UInt8>, k: Int, checkerboard: Bool) -> Double {
    let r1 = Double(p1[0]), g1 = Double(p1[1]), b1 = Double(p1[2]), a1 = Double(p1[3])
    let r2 = Double(p2[0]), g2 = Double(p2[1]), b2 = Double(p2[2]), a2 = Double(p2[3])
    var dr = r1 - r2, dg = g1 - g2, db = b1 - b2
    let da = a1 - a2
    if a1 < 255 || a2 < 255 {
        let (rb, gb, bb) = background(k, checkerboard)
        dr = (r1 * a1 - r2 * a2 - rb * da) / 255
        dg = (g1 * a1 - g2 * a2 - gb * da) / 255
        db = (b1 * a1 - b2 * a2 - bb * da) / 255
    }
    let y = dr * 0.29889531 + dg * 0.58662247 + db * 0.11448223
    let i = dr * 0.59597799 - dg * 0.27417610 - db * 0.32180189
    let q = dr * 0.21147017 - dg * 0.52261711 + db * 0.31114694
    let delta = 0.5053 * y * y + 0.299 * i * i + 0.1957 * q * q
    return y > 0 ? -delta : delta
}

/// Luma difference between a centre pixel and a neighbour, blended against the
/// centre's background when either is not opaque.
@inline(__always) private func brightnessDelta(_ n: UnsafePointer<UInt8>, center: (Double, Double, Double, Double), k: Int, checkerboard: Bool) -> Double {
    let (r1, g1, b1, a1) = center
    let r2 = Double(n[0]), g2 = Double(n[1]), b2 = Double(n[2]), a2 = Double(n[3])
    var dr = r1 - r2, dg = g1 - g2, db = b1 - b2
    let da = a1 - a2
    if dr == 0 && dg == 0 && db == 0 && da == 0 { return 0 }
    if a1 < 255 || a2 < 255 {
        let (rb, gb, bb) = background(k, checkerboard)
        dr = (r1 * a1 - r2 * a2 - rb * da) / 255
        dg = (g1 * a1 - g2 * a2 - gb * da) / 255
        db = (b1 * a1 - b2 * a2 - bb * da) / 255
    }
    return dr * 0.29889531 + dg * 0.58662247 + db * 0.11448223
}

/// Whether pixel (x1, y1) of the first (or second) image looks like anti-aliasing: its
/// neighbours hold both a darker and a brighter pixel, at most two equal ones, and the
/// darkest or brightest neighbour sits in a flat area in both images.
private func antialiased(_ x1: Int, _ y1: Int, _ plane: ComparePlane, first: Bool, _ checkerboard: Bool) -> Bool {
    if x1 > 0 && y1 > 0 && x1 < plane.width - 1 && y1 < plane.height - 1,
       let opaque = antialiasedOpaqueInside(x1, y1, plane, first: first) {
        return opaque
    }
    let x0 = max(x1 - 1, 0), y0 = max(y1 - 1, 0)
    let x2 = min(x1 + 1, plane.width - 1), y2 = min(y1 + 1, plane.height - 1)
    let image = first ? plane.imageA : plane.imageB
    let c = image.pixel(x1, y1)
    let center = (Double(c[0]), Double(c[1]), Double(c[2]), Double(c[3]))
    let k = (y1 * plane.width + x1) * 4
    var zeroes = x1 == x0 || x1 == x2 || y1 == y0 || y1 == y2 ? 1 : 0
    var minDelta = 0.0, maxDelta = 0.0
    var minX = 0, minY = 0, maxX = 0, maxY = 0
    for x in x0...x2 {
        for y in y0...y2 where !(x == x1 && y == y1) {
            let delta = brightnessDelta(image.pixel(x, y), center: center, k: k, checkerboard: checkerboard)
            if delta == 0 {
                zeroes += 1
                if zeroes > 2 { return false }
            } else if delta < minDelta {
                minDelta = delta; minX = x; minY = y
            } else if delta > maxDelta {
                maxDelta = delta; maxX = x; maxY = y
            }
        }
    }
    if minDelta == 0 || maxDelta == 0 { return false }
    return (hasManySiblings(minX, minY, plane, plane.imageA) && hasManySiblings(minX, minY, plane, plane.imageB))
        || (hasManySiblings(maxX, maxY, plane, plane.imageA) && hasManySiblings(maxX, maxY, plane, plane.imageB))
}

/// `antialiased` for a pixel off the image's edges whose eight neighbours are opaque, like it
/// (nil when one of the nine is not): the neighbours in pixelmatch's order, their brightness
/// deltas without the blend or a branch (integer channel differences are exact in Double, so
/// the arithmetic is pixelmatch's). Most of a shifted page's time goes here: every text pixel
/// below a move differs.
@inline(__always)
private func antialiasedOpaqueInside(_ x1: Int, _ y1: Int, _ plane: ComparePlane, first: Bool) -> Bool? {
    let image = first ? plane.imageA : plane.imageB
    let c = image.pixel(x1, y1), stride = image.stride
    let above = c - stride, below = c + stride
    let centreValue = load32(c)
    // pixelmatch's order: column x1 - 1 top to bottom, then x1, then x1 + 1.
    let n = (load32(above - 4), load32(c - 4), load32(below - 4), load32(above),
             load32(below), load32(above + 4), load32(c + 4), load32(below + 4))
    // More than two neighbours equal to the centre rule it out whatever the others are (an early
    // `false` in pixelmatch's loop too): most differing pixels of text on a plain background end here.
    @inline(__always) func same(_ v: UInt32) -> Int { v == centreValue ? 1 : 0 }
    if same(n.0) + same(n.1) + same(n.2) + same(n.3) + same(n.4) + same(n.5) + same(n.6) + same(n.7) > 2 { return false }
    guard centreValue & n.0 & n.1 & n.2 & n.3 & n.4 & n.5 & n.6 & n.7 & 0xFF00_0000 == 0xFF00_0000 else { return nil }
    let cr = Int32(centreValue & 0xFF), cg = Int32((centreValue >> 8) & 0xFF), cb = Int32((centreValue >> 16) & 0xFF)
    @inline(__always) func delta(_ v: UInt32) -> Double {
        let dr = Double(cr - Int32(v & 0xFF)), dg = Double(cg - Int32((v >> 8) & 0xFF)), db = Double(cb - Int32((v >> 16) & 0xFF))
        return dr * 0.29889531 + dg * 0.58662247 + db * 0.11448223
    }
    var search = ExtremeSearch()
    guard search.add(delta(n.0), x1 - 1, y1 - 1), search.add(delta(n.1), x1 - 1, y1), search.add(delta(n.2), x1 - 1, y1 + 1),
          search.add(delta(n.3), x1, y1 - 1), search.add(delta(n.4), x1, y1 + 1),
          search.add(delta(n.5), x1 + 1, y1 - 1), search.add(delta(n.6), x1 + 1, y1), search.add(delta(n.7), x1 + 1, y1 + 1)
    else { return false }
    return search.isAntialiased(plane)
}

/// How many of the eight neighbours of the pixel at `c` (not on an edge) hold `value`.
@inline(__always) private func equalNeighbours(_ c: UnsafePointer<UInt8>, _ stride: Int, _ value: UInt32) -> Int {
    @inline(__always) func same(_ p: UnsafePointer<UInt8>) -> Int { load32(p) == value ? 1 : 0 }
    let above = c - stride, below = c + stride
    return same(above - 4) + same(above) + same(above + 4) + same(c - 4) + same(c + 4)
        + same(below - 4) + same(below) + same(below + 4)
}

/// The darkest and brightest neighbour seen so far and how many equal the centre (pixelmatch's rules).
private struct ExtremeSearch {
    var zeroes = 0
    var minDelta = 0.0, maxDelta = 0.0
    var minX = 0, minY = 0, maxX = 0, maxY = 0

    /// False once more than two neighbours equal the centre: not anti-aliasing.
    @inline(__always) mutating func add(_ delta: Double, _ x: Int, _ y: Int) -> Bool {
        if delta == 0 {
            zeroes += 1
            return zeroes <= 2
        }
        if delta < minDelta {
            minDelta = delta; minX = x; minY = y
        } else if delta > maxDelta {
            maxDelta = delta; maxX = x; maxY = y
        }
        return true
    }

    /// Both extremes found and one of them in a flat area of both images.
    func isAntialiased(_ plane: ComparePlane) -> Bool {
        guard minDelta != 0 && maxDelta != 0 else { return false }
        return (hasManySiblings(minX, minY, plane, plane.imageA) && hasManySiblings(minX, minY, plane, plane.imageB))
            || (hasManySiblings(maxX, maxY, plane, plane.imageA) && hasManySiblings(maxX, maxY, plane, plane.imageB))
    }
}

/// Whether pixel (x1, y1) has three or more identical neighbours (image edges count as one).
private func hasManySiblings(_ x1: Int, _ y1: Int, _ plane: ComparePlane, _ image: ComparePlane.Rows) -> Bool {
    if x1 > 0 && y1 > 0 && x1 < plane.width - 1 && y1 < plane.height - 1 {
        // Off the edges: only how many of the eight equal the centre matters, not their order.
        let c = image.pixel(x1, y1)
        return equalNeighbours(c, image.stride, load32(c)) > 2
    }
    let x0 = max(x1 - 1, 0), y0 = max(y1 - 1, 0)
    let x2 = min(x1 + 1, plane.width - 1), y2 = min(y1 + 1, plane.height - 1)
    let value = load32(image.pixel(x1, y1))
    var zeroes = x1 == x0 || x1 == x2 || y1 == y0 || y1 == y2 ? 1 : 0
    for x in x0...x2 {
        for y in y0...y2 where !(x == x1 && y == y1) {
            if load32(image.pixel(x, y)) == value { zeroes += 1 }
            if zeroes > 2 { return true }
        }
    }
    return false
}

/// A row of unchanged pixels as faded grey; runs of one colour (most of a screenshot)
/// reuse the previous pixel's result, which is exact since the function is pure.
private func drawGrayRow(_ row: UnsafePointer<UInt8>, _ width: Int, _ alpha: Double, _ out: UnsafeMutablePointer<UInt8>, _ sink: CompareSink) {
    var previous: UInt32? = nil
    if let indices = sink.indices {
        var index: UInt8 = 0
        for x in 0..<width {
            let pixel = load32(row + x * 4)
            if pixel != previous { index = indices.grey(greyLevel(row + x * 4, alpha)); previous = pixel }
            out[x] = index
        }
        return
    }
    var grey: UInt32 = 0
    let output = UnsafeMutableRawPointer(out)
    for x in 0..<width {
        let pixel = load32(row + x * 4)
        if pixel != previous {
            sink.paintGrey(row + x * 4, alpha, out, x)
            grey = UnsafeRawPointer(out + x * 4).loadUnaligned(as: UInt32.self)
            previous = pixel
        } else {
            output.storeBytes(of: grey, toByteOffset: x * 4, as: UInt32.self)
        }
    }
}

/// The grey level of an unchanged pixel (luma blended with white by `alpha`).
@inline(__always) func greyLevel(_ p: UnsafePointer<UInt8>, _ alpha: Double) -> UInt8 {
    let luma = Double(p[0]) * 0.29889531 + Double(p[1]) * 0.58662247 + Double(p[2]) * 0.11448223
    let value = 255 + (luma - 255) * alpha * Double(p[3]) / 255
    return UInt8(truncatingIfNeeded: Int(value))  // a Uint8Array store truncates
}
