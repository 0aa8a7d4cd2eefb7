import Dispatch
import Foundation
import SceneImaging

/// Two images compared band by band while they are decoded (both decoders run at once),
/// so memory stays at a few bands whatever the page height. Images of different sizes
/// are compared over their common top-left area; row hashes of every row (over the
/// common width) are kept for the shift-aware alignment. With `keepRows`, a window of
/// recent rows also lets rows that moved be compared at the offset the alignment will
/// most likely pair them at (`OffsetTracker`), so the shift-aware pass need not decode again.
struct StreamingComparison {
    struct Result {
        var stats = CompareStats()
        var hashesA: [UInt64] = []
        var hashesB: [UInt64] = []
        var grid: ChangeGrid
        /// True when the comparison stopped at the first counted difference.
        var stoppedEarly = false
        /// Single rows' results kept for the shift-aware pass (see `keepRows`).
        var rows: RowResults?
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
    /// Bytes per image of decoded rows kept behind the compared ones, so that rows which
    /// moved can be compared at their offset while both images stream (0: none). Their
    /// results, and those of the plain comparison, are kept row by row for the shift-aware pass.
    var keepRows = 0
    let bandRows = 128

    var commonWidth: Int { min(a.width, b.width) }
    var commonHeight: Int { min(a.height, b.height) }
    var bytesPerPixel: Int { palette == nil ? 4 : 1 }

    /// Largest offset the moving-row comparison covers with `keepRows` bytes per image: the buffer
    /// holds half as many rows again as it keeps (band, context, `maxShift` rows each way) so that
    /// it moves them rarely (about two copies of the image in all).
    var maxShift: Int { min(2048, max(0, (keepRows / (max(a.width, b.width) * 4) * 2 / 3 - bandRows - 48) / 2)) }
    /// Kept results equal the shift-aware pass's only when nothing depends on a pairing's window:
    /// the checkerboard behind translucent pixels does (its pattern starts at the window's top).
    var recordsRows: Bool { keepRows > 0 && (!options.checkerboard || (a.isOpaque && b.isOpaque && ignore.isEmpty)) }

    func run() throws -> Result {
        let cw = commonWidth, ch = commonHeight
        let outWidth = max(a.width, b.width), outHeight = max(a.height, b.height)
        var result = Result(grid: ChangeGrid(width: outWidth, height: outHeight))
        let shift = recordsRows ? maxShift : 0
        if recordsRows { result.rows = RowResults(rows: b.height) }
        // Moving rows are compared `lag` rows behind the loaded ones, which must stay in the buffers.
        let lag = 3 + 32 + 2 * shift
        let keep = bandRows + 4 + (shift > 0 ? lag + 8 : 0)
        let bufA = BandBuffer(reader: a, keep: keep, slack: shift > 0 ? keep / 2 : 0, hashWidth: cw, ignore: ignore)
        let bufB = BandBuffer(reader: b, keep: keep, slack: shift > 0 ? keep / 2 : 0, hashWidth: cw, ignore: ignore)
        var lane = MovingRows(tracker: OffsetTracker(maxShift: shift))
        // Two output bands: one is compressed (next to the decoding) while the other is drawn.
        let outputs = OutputBands(count: diffWriter == nil ? 0 : 2, bytes: (bandRows + 4) * outWidth * bytesPerPixel)
        defer { outputs.deallocate() }
        var pending: (band: Int, rows: Int)?
        var current = 0
        var done = 0
        while bufA.loaded < a.height || bufB.loaded < b.height {
            // Keep two context rows above the next row to compare (none once past the common area),
            // and what the moving rows still need.
            let plainFrom = done >= ch ? Int.max : done - 2
            bufA.discard(upTo: min(plainFrom, shift > 0 ? lane.next - shift - 2 : Int.max))
            bufB.discard(upTo: min(plainFrom, shift > 0 ? lane.next - 2 : Int.max))
            try readConcurrently(bufA, bufB, flushing: pending.map { (outputs[$0.band], $0.rows) })
            pending = nil
            let loadedCommon = min(bufA.loaded, bufB.loaded, ch)
            let ready = loadedCommon >= ch ? ch : max(done, loadedCommon - 2)
            if ready > done {
                let output = diffWriter == nil ? nil : outputs[current]
                result.stats.add(compare(done..<ready, bufA, bufB, output, &result.grid, &result.rows, outWidth: outWidth))
                if output != nil { pending = (current, ready - done); current ^= 1 }
                done = ready
                if stopAtFirstDifference && result.stats.diffPixels > 0 { result.stoppedEarly = true; break }
            }
            if shift > 0 {
                // Observed rows whose context is loaded, with room to look for a new offset: the next 32
                // observed rows, and the expected rows up to `shift` below.
                let limitB = bufB.loaded == b.height ? b.height : bufB.loaded - 3 - 32
                let limitA = bufA.loaded == a.height ? b.height : bufA.loaded - 3 - shift
                lane.advance(upTo: min(limitA, limitB), bufA, bufB, self, &result.rows!)
            }
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

    /// Compares rows `rows` (in parallel chunks aligned to grid cells), drawing into `output`,
    /// keeping each row's result in `kept` when set.
    private func compare(_ rows: Range<Int>, _ bufA: BandBuffer, _ bufB: BandBuffer, _ output: UnsafeMutablePointer<UInt8>?,
                         _ grid: inout ChangeGrid, _ kept: inout RowResults?, outWidth: Int) -> CompareStats {
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
        let recorded = Locked([[RecordedRow]](repeating: [], count: chunks.count))
        let recording = kept != nil
        let originY = max(0, rows.lowerBound - 2)
        grid.counts.withUnsafeMutableBufferPointer { cells in
            let plane = ComparePlane(a: bufA.row(originY), b: bufB.row(originY), strideA: bufA.stride, strideB: bufB.stride,
                                     originY: originY, width: cw, height: commonHeight)
            let sink = CompareSink(output: output, outputStride: outStride, outputOriginY: rows.lowerBound,
                                   indices: palette, grid: cells.baseAddress, gridWidth: gridColumns, cell: cell)
            let work = UncheckedSendable((chunks, plane, sink, options))
            DispatchQueue.concurrentPerform(iterations: chunks.count) { i in
                let (chunks, plane, sink, options) = work.value
                let stats: CompareStats
                if recording {
                    var rows: [RecordedRow] = []
                    let scratch = UnsafeMutablePointer<Int32>.allocate(capacity: gridColumns)
                    scratch.initialize(repeating: 0, count: gridColumns)
                    stats = comparePixelRowsRecording(chunks[i], plane, options, sink, gridColumns: gridColumns, scratch: scratch,
                                                      observedRow: { $0 }, into: &rows)
                    scratch.deallocate()
                    recorded.mutate { $0[i] = rows }
                } else {
                    stats = comparePixelRows(chunks[i], plane, options, sink)
                }
                totals.mutate { $0.add(stats) }
            }
        }
        for row in recorded.value.joined() { kept?.keep(row, offset: 0) }
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

/// The decoded rows of one image still needed, plus the hash of every row seen. Rows above
/// `discard(upTo:)` are dropped lazily: the kept ones move to the front only when the next
/// band does not fit, so a long window of kept rows costs a copy or two of the image in all.
final class BandBuffer {
    let reader: any RowReader
    let stride: Int
    let capacity: Int
    let hashWidth: Int
    let ignore: [IgnoreRegion]
    private let pixels: UnsafeMutablePointer<UInt8>
    /// Image row held in buffer row 0.
    private(set) var origin = 0
    /// First row still needed.
    private var keepFrom = 0
    /// Rows decoded so far (image rows `origin..<loaded` are in the buffer).
    private(set) var loaded = 0
    var hashes: [UInt64] = []

    /// Room for `keep` rows, plus `slack` more so that moving the kept ones is rare.
    init(reader: any RowReader, keep: Int, slack: Int, hashWidth: Int, ignore: [IgnoreRegion]) {
        self.reader = reader; self.hashWidth = hashWidth; self.ignore = ignore
        capacity = min(keep + slack, max(reader.height, 1))
        stride = reader.width * 4
        pixels = Self.allocateRows(bytes: capacity * stride)
    }

    deinit { free(pixels) }

    /// Pages become resident only once rows land there. A window of several MB gets huge pages
    /// where the kernel offers them: a few faults instead of thousands (~10 ms on a 4.5 MP pair).
    private static func allocateRows(bytes: Int) -> UnsafeMutablePointer<UInt8> {
        let hugePage = 2 << 20
        var memory: UnsafeMutableRawPointer?
        guard posix_memalign(&memory, bytes >= 2 * hugePage ? hugePage : 64, max(bytes, 1)) == 0, let memory else {
            fatalError("out of memory for \(bytes) bytes of rows")
        }
        if bytes >= 2 * hugePage { _ = madvise(memory, bytes, Int32(MADV_HUGEPAGE)) }  // advice only: ignored without THP
        return memory.bindMemory(to: UInt8.self, capacity: bytes)
    }

    /// Rows above `row` are no longer needed.
    func discard(upTo row: Int) { keepFrom = max(keepFrom, min(loaded, row)) }

    /// Image row `y` (rows from it on must be in the buffer).
    func row(_ y: Int) -> UnsafePointer<UInt8> {
        precondition(y >= origin && y <= loaded, "row \(y) not in the buffer (\(origin)..<\(loaded))")
        return UnsafePointer(pixels + (y - origin) * stride)
    }

    /// Decodes up to `maxRows` more rows (as many as fit), masks and hashes them.
    func readBand(maxRows: Int) throws {
        if capacity - (loaded - origin) < maxRows && keepFrom > origin {
            let kept = loaded - keepFrom
            if kept > 0 { pixels.update(from: pixels + (keepFrom - origin) * stride, count: kept * stride) }
            origin = keepFrom
        }
        let n = min(maxRows, capacity - (loaded - origin), reader.height - loaded)
        precondition(n > 0 || loaded == reader.height, "band buffer full of rows still needed")
        guard n > 0 else { return }
        let start = pixels + (loaded - origin) * stride
        try reader.readRows(n, into: start)
        if !ignore.isEmpty { ignore.blank(rows: start, firstRow: loaded, count: n, width: reader.width) }
        for r in 0..<n { hashes.append(rowHash(start + r * stride, bytes: hashWidth * 4)) }
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
