/// Kernel results of single observed rows, kept by the first pass so that the shift-aware
/// pass can reuse them instead of reading the rows again: the row's count and its changed
/// pixels per grid cell, and the offset (observed row − expected row) it was compared at.
///
/// A row compared at offset `d` against the rows `d` above it, with the two images'
/// overlap as its bounds, gets exactly the count the shift-aware pass would give it in a
/// pairing at that offset, as long as nothing depends on where the pairing's window starts:
/// only the checkerboard behind translucent pixels does, so results are kept only for opaque
/// images (or without the checkerboard).
struct RowResults {
    static let none = Int32.min
    /// Results a row can hold: the plain comparison's and two guessed offsets'.
    static let slots = 3
    /// Per observed row and slot: the offset the result was computed at, or `none`.
    private var offsets: [Int32]
    private var counts: [Int32]
    private var cellRanges: [Range<Int32>]
    /// `(column << 4) | count` of every changed cell of every kept row (count ≤ 8: one row of a cell).
    private var cells: [UInt32] = []
    /// Most cells kept (4 bytes each); rows past it are left to the shift-aware pass.
    let maxCells: Int

    init(rows: Int, maxCells: Int = 1 << 21) {
        offsets = [Int32](repeating: Self.none, count: rows * Self.slots)
        counts = [Int32](repeating: 0, count: rows * Self.slots)
        cellRanges = [Range<Int32>](repeating: 0..<0, count: rows * Self.slots)
        self.maxCells = maxCells
    }

    /// Keeps row `row`'s result at `offset` in a free slot, unless the cells would pass `maxCells`.
    mutating func keep(_ row: RecordedRow, offset: Int) {
        guard cells.count + row.cells.count <= maxCells, let slot = slot(of: row.row, holding: Self.none) else { return }
        offsets[slot] = Int32(offset)
        counts[slot] = Int32(row.count)
        cellRanges[slot] = Int32(cells.count)..<Int32(cells.count + row.cells.count)
        cells += row.cells
    }

    /// The kept count of observed row `row` at `offset`, its cells added to `grid`; nil when none was kept.
    func take(row: Int, offset: Int, into grid: inout ChangeGrid) -> Int? {
        guard let slot = slot(of: row, holding: Int32(offset)) else { return nil }
        let cellRow = (row / grid.cell) * grid.columns
        for packed in cells[Int(cellRanges[slot].lowerBound)..<Int(cellRanges[slot].upperBound)] {
            grid.counts[cellRow + Int(packed >> 4)] += Int32(packed & 15)
        }
        return Int(counts[slot])
    }

    private func slot(of row: Int, holding offset: Int32) -> Int? {
        for slot in (row * Self.slots)..<((row + 1) * Self.slots) where offsets[slot] == offset { return slot }
        return nil
    }
}

/// One row's kernel result: its count and changed cells (packed as in `RowResults`).
struct RecordedRow {
    var row: Int
    var count: Int
    var cells: [UInt32]
}

/// Runs the pixelmatch kernel over `rows` one row at a time, keeping each row's result.
/// `sink` draws the diff output as usual; its grid (when set) gets every row's cells, which
/// are counted first on `scratch` (one grid row, zeroed again after each row). `observedRow`
/// maps a compared row to the observed image's row it is recorded under.
func comparePixelRowsRecording(_ rows: Range<Int>, _ plane: ComparePlane, _ options: PixelmatchOptions, _ sink: CompareSink,
                               gridColumns: Int, scratch: UnsafeMutablePointer<Int32>, observedRow: (Int) -> Int,
                               into recorded: inout [RecordedRow]) -> CompareStats {
    var total = CompareStats()
    var rowSink = sink
    rowSink.grid = scratch
    rowSink.gridWidth = gridColumns
    for y in rows {
        rowSink.gridOffsetY = -(y / sink.cell) * sink.cell  // row y lands on scratch row 0
        let stats = comparePixelRows(y..<(y + 1), plane, options, rowSink)
        total.add(stats)
        let observed = observedRow(y)
        var cells: [UInt32] = []
        if stats.diffPixels > 0 {
            let gridRow = sink.grid.map { $0 + ((y + sink.gridOffsetY) / sink.cell) * sink.gridWidth }
            for column in 0..<gridColumns where scratch[column] != 0 {
                cells.append(UInt32(column) << 4 | UInt32(scratch[column]))
                gridRow?[column] += scratch[column]
                scratch[column] = 0
            }
        }
        recorded.append(RecordedRow(row: observed, count: stats.diffPixels, cells: cells))
    }
    return total
}
