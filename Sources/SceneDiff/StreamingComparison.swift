import Dispatch
import Foundation
import SceneImaging

/// Two images compared band by band while they are decoded (both decoders run at once),
/// so memory stays at a few bands whatever the page height. Images of different sizes
/// are compared over their common top-left area; row hashes of every row (over the
/// common width) are kept for the shift-aware alignment.
struct StreamingComparison {
    struct Result {
        var stats = CompareStats()
        var hashesA: [UInt64] = []
        var hashesB: [UInt64] = []
        var grid: ChangeGrid
        /// True when the comparison stopped at the first counted difference.
        var stoppedEarly = false
    }

    let a: any RowReader
    let b: any RowReader
    let options: PixelmatchOptions
    let ignore: [IgnoreRegion]
    /// Receives the pixelmatch-style diff image (max width × max height) when set.
    let diffWriter: PNGRowWriter?
    /// Draw the diff image as palette indices (the writer's layout is then `.palette`).
    let palette: DiffPalette.Indices?
    let stopAtFirstDifference: Bool
    let bandRows = 128

    var commonWidth: Int { min(a.width, b.width) }
    var commonHeight: Int { min(a.height, b.height) }
    var bytesPerPixel: Int { palette == nil ? 4 : 1 }

    func run() throws -> Result {
        let cw = commonWidth, ch = commonHeight
        let outWidth = max(a.width, b.width), outHeight = max(a.height, b.height)
        var result = Result(grid: ChangeGrid(width: outWidth, height: outHeight))
        let capacity = bandRows + 4
        let bufA = BandBuffer(reader: a, capacity: capacity, hashWidth: cw, ignore: ignore)
        let bufB = BandBuffer(reader: b, capacity: capacity, hashWidth: cw, ignore: ignore)
        // Two output bands: one is compressed (next to the decoding) while the other is drawn.
        let outputs = OutputBands(count: diffWriter == nil ? 0 : 2, bytes: capacity * outWidth * bytesPerPixel)
        defer { outputs.deallocate() }
        var pending: (band: Int, rows: Int)?
        var current = 0
        var done = 0
        while bufA.loaded < a.height || bufB.loaded < b.height {
            // Keep two context rows above the next row to compare; nothing once past the common area.
            for buf in [bufA, bufB] { buf.discard(upTo: done >= ch ? buf.loaded : done - 2) }
            try readConcurrently(bufA, bufB, flushing: pending.map { (outputs[$0.band], $0.rows) })
            pending = nil
            let loadedCommon = min(bufA.loaded, bufB.loaded, ch)
            let ready = loadedCommon >= ch ? ch : max(done, loadedCommon - 2)
            guard ready > done else { continue }
            precondition(bufA.origin == bufB.origin, "band buffers out of step")
            let output = diffWriter == nil ? nil : outputs[current]
            result.stats.add(compare(done..<ready, bufA, bufB, output, &result.grid, outWidth: outWidth))
            if output != nil { pending = (current, ready - done); current ^= 1 }
            done = ready
            if stopAtFirstDifference && result.stats.diffPixels > 0 { result.stoppedEarly = true; break }
        }
        if let pending, let diffWriter { try diffWriter.writeRows(pending.rows, from: outputs[pending.band]) }
        result.hashesA = bufA.hashes; result.hashesB = bufB.hashes
        if !result.stoppedEarly { try finishOutside(&result, outputs.count > 0 ? outputs[0] : nil, outWidth: outWidth, outHeight: outHeight) }
        return result
    }

    /// Decodes the next band of both images and compresses the previous diff band, all at once.
    /// The band is deflated as two pieces when the writer can, so the two cores share it
    /// instead of one idling while the other compresses a whole band.
    private func readConcurrently(_ bufA: BandBuffer, _ bufB: BandBuffer, flushing: (UnsafeMutablePointer<UInt8>, Int)?) throws {
        let errors = Locked<[any Error]>([])
        let rowBytes = (diffWriter?.width ?? 0) * bytesPerPixel
        let pieces = flushing.map { $0.1 >= 2 && diffWriter!.pieces >= 2 ? 2 : 1 } ?? 0
        let work = UncheckedSendable((bufA, bufB, flushing, diffWriter)), rows = bandRows
        DispatchQueue.concurrentPerform(iterations: 2 + pieces) { i in
            let (bufA, bufB, flushing, writer) = work.value
            do {
                switch i {
                case 0: try bufA.readBand(maxRows: rows)
                case 1: try bufB.readBand(maxRows: rows)
                default:
                    guard let (band, count) = flushing, let writer else { return }
                    if pieces == 1 { try writer.writeRows(count, from: band); return }
                    let half = count / 2, piece = i - 2
                    writer.compress(piece: piece, rows: piece == 0 ? half : count - half, from: band + piece * half * rowBytes)
                }
            } catch { errors.mutate { $0.append(error) } }
        }
        if let first = errors.value.first { throw first }
        if pieces == 2, let (_, count) = flushing { try diffWriter!.appendPieces(2, rows: count) }
    }

    /// Compares rows `rows` (in parallel chunks aligned to grid cells), drawing into `output`.
    private func compare(_ rows: Range<Int>, _ bufA: BandBuffer, _ bufB: BandBuffer, _ output: UnsafeMutablePointer<UInt8>?,
                         _ grid: inout ChangeGrid, outWidth: Int) -> CompareStats {
        let cw = commonWidth
        let cell = grid.cell, gridColumns = grid.columns
        let outStride = outWidth * bytesPerPixel
        if let output, options.diffMask || cw < outWidth { output.update(repeating: 0, count: rows.count * outStride) }
        let chunkRows = max(cell * 4, ((rows.count / ProcessInfo.processInfo.activeProcessorCount + cell - 1) / cell) * cell)
        var chunks: [Range<Int>] = []
        var start = rows.lowerBound
        while start < rows.upperBound {
            let end = min(rows.upperBound, ((start + chunkRows) / cell) * cell)
            let stop = end > start ? end : rows.upperBound
            chunks.append(start..<stop); start = stop
        }
        let totals = Locked(CompareStats())
        bufA.pixels.withUnsafeBufferPointer { pa in
            bufB.pixels.withUnsafeBufferPointer { pb in
                grid.counts.withUnsafeMutableBufferPointer { cells in
                    let plane = ComparePlane(a: pa.baseAddress!, b: pb.baseAddress!, strideA: bufA.stride, strideB: bufB.stride,
                                             originY: bufA.origin, width: cw, height: commonHeight)
                    let sink = CompareSink(output: output, outputStride: outStride, outputOriginY: rows.lowerBound,
                                           indices: palette, grid: cells.baseAddress, gridWidth: gridColumns, cell: cell)
                    let work = UncheckedSendable((chunks, plane, sink, options))
                    DispatchQueue.concurrentPerform(iterations: chunks.count) { i in
                        let (chunks, plane, sink, options) = work.value
                        let stats = comparePixelRows(chunks[i], plane, options, sink)
                        totals.mutate { $0.add(stats) }
                    }
                }
            }
        }
        if let output, cw < outWidth { paintExtra(output, rows: rows.count, from: cw, to: outWidth) }
        return totals.value
    }

    /// Pixels outside the common area count as changed: columns right of the narrower image
    /// and rows below the shorter one.
    private func finishOutside(_ result: inout Result, _ output: UnsafeMutablePointer<UInt8>?, outWidth: Int, outHeight: Int) throws {
        let cw = commonWidth, ch = commonHeight
        result.stats.diffPixels += outWidth * outHeight - cw * ch
        result.grid.addRect(x: cw, y: 0, width: outWidth - cw, height: ch)
        result.grid.addRect(x: 0, y: ch, width: outWidth, height: outHeight - ch)
        guard let diffWriter, let output, outHeight > ch else { return }
        paintExtra(output, rows: bandRows, from: 0, to: outWidth)
        var y = ch
        while y < outHeight {
            let n = min(bandRows, outHeight - y)
            try diffWriter.writeRows(n, from: output)
            y += n
        }
    }

    private func paintExtra(_ output: UnsafeMutablePointer<UInt8>, rows: Int, from x0: Int, to x1: Int) {
        let c = options.diffColor, stride = max(a.width, b.width) * bytesPerPixel
        let sink = CompareSink(indices: palette)
        for r in 0..<rows {
            for x in x0..<x1 { sink.paint(c, index: palette?.diff ?? 0, output + r * stride, x) }
        }
    }
}

/// Diff output bands allocated once, handed to the kernel and to the PNG writer.
struct OutputBands {
    private let bands: [UnsafeMutablePointer<UInt8>]
    init(count: Int, bytes: Int) {
        bands = (0..<count).map { _ in
            let p = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes)
            p.initialize(repeating: 0, count: bytes)
            return p
        }
    }
    var count: Int { bands.count }
    subscript(i: Int) -> UnsafeMutablePointer<UInt8> { bands[i] }
    func deallocate() { bands.forEach { $0.deallocate() } }
}

/// The decoded rows of one image still needed, plus the hash of every row seen.
final class BandBuffer {
    let reader: any RowReader
    let stride: Int
    let capacity: Int
    let hashWidth: Int
    let ignore: [IgnoreRegion]
    var pixels: [UInt8]
    /// Image row held in buffer row 0.
    var origin = 0
    /// Rows decoded so far (image rows `origin..<loaded` are in the buffer).
    var loaded = 0
    var hashes: [UInt64] = []

    init(reader: any RowReader, capacity: Int, hashWidth: Int, ignore: [IgnoreRegion]) {
        self.reader = reader; self.capacity = capacity; self.hashWidth = hashWidth; self.ignore = ignore
        stride = reader.width * 4
        pixels = [UInt8](repeating: 0, count: capacity * stride)
    }

    /// Drops rows above `row` by moving the kept rows to the front.
    func discard(upTo row: Int) {
        let keepFrom = min(loaded, max(origin, row))
        guard keepFrom > origin else { return }
        let kept = loaded - keepFrom
        if kept > 0 {
            pixels.withUnsafeMutableBufferPointer { p in
                let base = p.baseAddress!
                base.update(from: base + (keepFrom - origin) * stride, count: kept * stride)
            }
        }
        origin = keepFrom
    }

    /// Decodes up to `maxRows` more rows (as many as fit), masks and hashes them.
    func readBand(maxRows: Int) throws {
        let room = capacity - (loaded - origin)
        let n = min(maxRows, room, reader.height - loaded)
        guard n > 0 else { return }
        try pixels.withUnsafeMutableBufferPointer { p in
            let start = p.baseAddress! + (loaded - origin) * stride
            try reader.readRows(n, into: start)
            if !ignore.isEmpty { ignore.blank(rows: start, firstRow: loaded, count: n, width: reader.width) }
            for r in 0..<n { hashes.append(rowHash(start + r * stride, bytes: hashWidth * 4)) }
        }
        loaded += n
    }
}

/// Hands a value to `concurrentPerform` workers that touch disjoint parts of it
/// (each worker its own reader, its own rows of the output and of the grid).
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// A value behind a lock, for results gathered from parallel workers.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }
    func mutate(_ body: (inout Value) -> Void) { lock.lock(); defer { lock.unlock() }; body(&stored) }
}
