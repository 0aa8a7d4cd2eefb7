import Dispatch
import SceneImaging

/// The shift-aware pass: counts the pixel differences of the rows the alignment paired that
/// still differ, with the pixelmatch kernel, each pairing seen as its own window (its rows
/// plus up to two context rows each side, which anti-aliasing detection reads). Changes are
/// recorded on a grid in observed-image coordinates.
///
/// Only rows whose hashes differ are compared (rows with equal hashes have no differing
/// pixel). Most were already compared at their pairing's offset while the first pass
/// streamed (`RowResults`); the others are read again through `RowFetcher`s, in pieces of
/// at most `budget` bytes per image: screenshots go back to the decoder's nearest
/// checkpoint, so no image is decoded twice.
struct PairedRowsComparison {
    /// Compared rows `rows` (window coordinates) of the window of `aStart`/`bStart` rows
    /// `height` tall; `loaded` adds the context rows.
    struct Piece: Equatable {
        var aStart: Int, bStart: Int, height: Int
        var rows: Range<Int>
        var loaded: Range<Int> { max(0, rows.lowerBound - 2)..<min(height, rows.upperBound + 2) }
    }

    let pairings: [ShiftAnalysis.Pairing]
    let hashesA: [UInt64]
    let hashesB: [UInt64]
    let options: PixelmatchOptions
    let commonWidth: Int
    /// Bytes per image held at once.
    let budget: Int

    /// Runs of differing rows (but those `done` says are counted already), merged when their
    /// context rows would overlap, cut to `budget`.
    func pieces(done: (_ observedRow: Int, _ offset: Int) -> Bool = { _, _ in false }) -> [Piece] {
        let context = 2
        let maxRows = max(1, budget / max(1, commonWidth * 4) - 2 * context)
        var pieces: [Piece] = []
        for p in pairings {
            let before = min(context, p.aStart, p.bStart)
            let after = min(context, hashesA.count - p.aStart - p.count, hashesB.count - p.bStart - p.count)
            let window = (a: p.aStart - before, b: p.bStart - before, height: before + p.count + after)
            var runs: [Range<Int>] = []
            for k in 0..<p.count where hashesA[p.aStart + k] != hashesB[p.bStart + k] && !done(p.bStart + k, p.bStart - p.aStart) {
                let row = before + k
                if let last = runs.last, row - last.upperBound <= 2 * context, row + 1 - last.lowerBound <= maxRows {
                    runs[runs.count - 1] = last.lowerBound..<(row + 1)
                } else {
                    runs.append(row..<(row + 1))
                }
            }
            pieces += runs.map { Piece(aStart: window.a, bStart: window.b, height: window.height, rows: $0) }
        }
        return pieces
    }

    /// The shift-aware count; changed pixels are added to `grid`. Rows `kept` has at their
    /// pairing's offset are taken from it.
    func run(kept: RowResults?, expected: RowFetcher, observed: RowFetcher, grid: inout ChangeGrid) throws -> Int {
        var options = options
        options.diffMask = true  // nothing is drawn; only counted pixels reach the grid
        var total = 0
        var taken = Set<Int>()
        if let kept {
            for p in pairings {
                for k in 0..<p.count where hashesA[p.aStart + k] != hashesB[p.bStart + k] {
                    if let count = kept.take(row: p.bStart + k, offset: p.bStart - p.aStart, into: &grid) {
                        total += count; taken.insert(p.bStart + k)
                    }
                }
            }
        }
        let cell = grid.cell, columns = grid.columns
        for piece in pieces(done: { row, _ in taken.contains(row) }) {
            let loaded = piece.loaded
            let rowsA = try expected.rows((piece.aStart + loaded.lowerBound)..<(piece.aStart + loaded.upperBound))
            let rowsB = try observed.rows((piece.bStart + loaded.lowerBound)..<(piece.bStart + loaded.upperBound))
            let plane = ComparePlane(a: rowsA, b: rowsB, strideA: expected.stride, strideB: observed.stride,
                                     originY: loaded.lowerBound, width: commonWidth, height: piece.height)
            // Big pieces in two halves, one a core, split on a grid row so no cell is shared.
            var halves = [piece.rows]
            if piece.rows.count >= 64 {
                let middle = ((piece.bStart + piece.rows.lowerBound + piece.rows.count / 2) / cell) * cell - piece.bStart
                if middle > piece.rows.lowerBound && middle < piece.rows.upperBound {
                    halves = [piece.rows.lowerBound..<middle, middle..<piece.rows.upperBound]
                }
            }
            let counts = Locked(0)
            grid.counts.withUnsafeMutableBufferPointer { cells in
                let sink = CompareSink(grid: cells.baseAddress, gridWidth: columns, cell: cell, gridOffsetY: piece.bStart)
                let work = UncheckedSendable((halves, plane, sink, options))
                DispatchQueue.concurrentPerform(iterations: halves.count) { i in
                    let (halves, plane, sink, options) = work.value
                    let stats = comparePixelRows(halves[i], plane, options, sink)
                    counts.mutate { $0 += stats.diffPixels }
                }
            }
            total += counts.value
        }
        return total
    }
}

/// Rows of one image read again after the first pass, in non-decreasing order of their first
/// row, through a buffer that keeps what the next request may still need. The reader goes
/// back to its nearest checkpoint when it kept them; otherwise the file is opened again and
/// read from the top (JPEG, and PNG kinds other than 8-bit RGB/RGBA).
final class RowFetcher {
    private var reader: any RowReader
    private let reopen: () throws -> any RowReader
    private let ignore: [IgnoreRegion]
    let stride: Int
    private var pixels = UnsafeMutablePointer<UInt8>.allocate(capacity: 0)
    private var capacityRows = 0
    /// Image rows `origin..<loaded` are in `pixels`.
    private var origin = 0
    private var loaded = 0

    init(_ reader: any RowReader, ignore: [IgnoreRegion], reopen: @escaping () throws -> any RowReader) {
        self.reader = reader; self.ignore = ignore; self.reopen = reopen
        stride = reader.width * 4
        origin = reader.rowsRead; loaded = origin
    }

    deinit { pixels.deallocate() }

    /// The rows `range` (masked like the first pass), valid until the next call.
    func rows(_ range: Range<Int>) throws -> UnsafePointer<UInt8> {
        if range.lowerBound >= origin && range.lowerBound <= loaded {
            let kept = loaded - range.lowerBound
            if kept > 0 && range.lowerBound > origin {
                pixels.update(from: pixels + (range.lowerBound - origin) * stride, count: kept * stride)
            }
            origin = range.lowerBound
        } else {
            try moveReader(to: range.lowerBound)
            origin = range.lowerBound; loaded = origin
        }
        if range.count > capacityRows {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: range.count * stride)
            grown.update(from: pixels, count: (loaded - origin) * stride)
            pixels.deallocate()
            pixels = grown; capacityRows = range.count
        }
        if range.upperBound > loaded {
            if reader.rowsRead != loaded { try moveReader(to: loaded) }
            let start = pixels + (loaded - origin) * stride, n = range.upperBound - loaded
            try reader.readRows(n, into: start)
            if !ignore.isEmpty { ignore.blank(rows: start, firstRow: loaded, count: n, width: reader.width) }
            loaded = range.upperBound
        }
        return UnsafePointer(pixels + (range.lowerBound - origin) * stride)
    }

    private func moveReader(to row: Int) throws {
        if try reader.seek(toRow: row) { return }
        reader = try reopen()
        _ = try reader.seek(toRow: row)
    }
}
