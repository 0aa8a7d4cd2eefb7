import Dispatch

/// Guesses, while both images stream, the offset (observed row − expected row) at which the
/// row alignment will pair each observed row that differs: a pairing always starts right
/// below a run of equal rows and keeps that run's offset, so the guess is the offset of the
/// last run of equal rows, switching when a row stops matching there and starts a run of
/// matches at another offset within `maxShift`. A wrong guess only costs speed: the
/// shift-aware pass reads the rows again for any pairing the guesses did not cover.
struct OffsetTracker {
    let maxShift: Int
    /// How many rows must match in a row at another offset before the guess moves there.
    let minimumRun = 4
    private(set) var current = 0

    init(maxShift: Int) { self.maxShift = maxShift }

    /// The offset to compare observed row `j` at; nil when the row equals its expected row at
    /// the guessed offset (nothing to count) or has none. Rows up to `hashesA.count` and
    /// `hashesB.count` are known (the caller stays `maxShift` rows behind both).
    mutating func offset(forRow j: Int, hashesA: [UInt64], hashesB: [UInt64]) -> Int? {
        let hash = hashesB[j]
        if matches(j, current, hashesA, hash) { return nil }
        // A run of matches at another offset: the nearest offsets first, the longest run wins.
        var best: (offset: Int, run: Int)?
        var examined = 0
        func consider(_ d: Int) {
            guard abs(d) <= maxShift, matches(j, d, hashesA, hash) else { return }
            examined += 1
            let run = runLength(from: j, offset: d, hashesA, hashesB)
            if run >= minimumRun && run > (best?.run ?? 0) { best = (d, run) }
        }
        var distance = 1
        while distance <= 2 * maxShift && examined < 64 {
            consider(current - distance); consider(current + distance)
            distance += 1
        }
        if let best {
            current = best.offset
            return nil
        }
        let i = j - current
        return i >= 0 && i < hashesA.count ? current : nil
    }

    private func matches(_ j: Int, _ d: Int, _ hashesA: [UInt64], _ hash: UInt64) -> Bool {
        let i = j - d
        return i >= 0 && i < hashesA.count && hashesA[i] == hash
    }

    /// Rows equal at offset `d` from row `j` down (at most 32).
    private func runLength(from j: Int, offset d: Int, _ hashesA: [UInt64], _ hashesB: [UInt64]) -> Int {
        var k = 0
        while k < 32, j + k < hashesB.count, j + k - d < hashesA.count, j + k - d >= 0, hashesB[j + k] == hashesA[j + k - d] { k += 1 }
        return k
    }
}

/// The observed rows compared at their guessed offset (`OffsetTracker`) while both images
/// stream, a little behind the plain comparison so that rows which moved up are loaded too.
/// Offset 0 needs nothing here: the plain comparison keeps those rows' results.
struct MovingRows {
    var tracker: OffsetTracker
    /// The next observed row to look at.
    private(set) var next = 0

    init(tracker: OffsetTracker) { self.tracker = tracker }

    /// Looks at observed rows up to `limit`, comparing those that differ at their guessed offset.
    mutating func advance(upTo limit: Int, _ bufA: BandBuffer, _ bufB: BandBuffer, _ pass: StreamingComparison,
                          _ kept: inout RowResults) {
        var batch: (offset: Int, rows: Range<Int>)?
        while next < min(limit, pass.b.height) {
            let j = next
            next += 1
            let offset = tracker.offset(forRow: j, hashesA: bufA.hashes, hashesB: bufB.hashes)
            if let b = batch, offset == b.offset, b.rows.upperBound == j {
                batch = (b.offset, b.rows.lowerBound..<(j + 1))
                continue
            }
            if let b = batch { Self.compare(b.rows, offset: b.offset, bufA, bufB, pass, &kept) }
            batch = offset.flatMap { $0 == 0 ? nil : ($0, j..<(j + 1)) }
        }
        if let b = batch { Self.compare(b.rows, offset: b.offset, bufA, bufB, pass, &kept) }
    }

    /// Compares observed rows `rows` with the expected rows `offset` above them, the two images'
    /// overlap at that offset being the bounds (as in a pairing's window); big batches in two halves.
    private static func compare(_ rows: Range<Int>, offset d: Int, _ bufA: BandBuffer, _ bufB: BandBuffer,
                                _ pass: StreamingComparison, _ kept: inout RowResults) {
        let top = max(0, d), bottom = min(pass.b.height, pass.a.height + d)
        let y0 = max(top, rows.lowerBound - 2)
        let plane = ComparePlane(a: bufA.row(y0 - d), b: bufB.row(y0), strideA: bufA.stride, strideB: bufB.stride,
                                 originY: y0 - top, width: pass.commonWidth, height: bottom - top)
        let local = (rows.lowerBound - top)..<(rows.upperBound - top)
        let halves = local.count >= 32 ? [local.lowerBound..<(local.lowerBound + local.count / 2),
                                          (local.lowerBound + local.count / 2)..<local.upperBound] : [local]
        let columns = (pass.b.width + 7) / 8
        let recorded = Locked([[RecordedRow]](repeating: [], count: halves.count))
        let work = UncheckedSendable((halves, plane, pass.options))
        DispatchQueue.concurrentPerform(iterations: halves.count) { i in
            let (halves, plane, options) = work.value
            var rows: [RecordedRow] = []
            let scratch = UnsafeMutablePointer<Int32>.allocate(capacity: columns)
            scratch.initialize(repeating: 0, count: columns)
            _ = comparePixelRowsRecording(halves[i], plane, options, CompareSink(), gridColumns: columns, scratch: scratch,
                                          observedRow: { $0 + top }, into: &rows)
            scratch.deallocate()
            recorded.mutate { $0[i] = rows }
        }
        for row in recorded.value.joined() { kept.keep(row, offset: d) }
    }
}
