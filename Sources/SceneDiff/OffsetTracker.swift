import Dispatch

/// Guesses, while both images stream, the offsets (observed row − expected row) at which the
/// row alignment may pair each observed row that differs. A pairing starts right below a run
/// of equal rows and keeps that run's offset, so the guesses are the offset of the last run of
/// equal rows (`current`, which moves when a row stops matching there and a run of matches
/// starts at another offset within `maxShift`) and the offset of the last long run
/// (`settled`): short runs of repeating rows (a dithered gradient) match at several offsets
/// while the alignment keeps the long run's. A wrong guess only costs speed: the shift-aware
/// pass reads the rows again for any pairing the guesses did not cover.
struct OffsetTracker {
    let maxShift: Int
    /// How many rows must match in a row at another offset before `current` moves there.
    let minimumRun = 4
    /// How many rows, and distinct ones among them, must match in a row at `current` before it is
    /// `settled` (a gradient's few repeating rows never settle an offset).
    let settlingRun = 32, settlingDistinct = 12
    /// After this many rows in a row that differ at an offset, it is probably not the one the
    /// alignment will use (a move beyond `maxShift`): its rows are no longer compared until one matches.
    let giveUpAfter = 128
    private(set) var current = 0
    private(set) var settled = 0
    private var run = 0
    private var misses = (current: 0, settled: 0)
    /// Distinct row hashes of the run at `current` (up to `settlingDistinct`).
    private var distinct: [UInt64] = []

    init(maxShift: Int) { self.maxShift = maxShift }

    /// The offsets to compare observed row `j` at: `current` and `settled` where the row differs
    /// from the expected row there and that row exists. Rows up to `hashesA.count` and
    /// `hashesB.count` are known (the caller stays `maxShift` rows behind both).
    mutating func offsets(forRow j: Int, hashesA: [UInt64], hashesB: [UInt64]) -> (Int?, Int?) {
        let hash = hashesB[j]
        if matches(j, current, hashesA, hash) {
            run += 1
            if distinct.count < settlingDistinct && !distinct.contains(hash) { distinct.append(hash) }
            if run >= settlingRun && distinct.count >= settlingDistinct && settled != current {
                settled = current; misses.settled = misses.current
            }
        } else {
            if let moved = bestRun(from: j, hashesA, hashesB) { current = moved; misses.current = 0 }
            run = 0; distinct.removeAll(keepingCapacity: true)
        }
        func differs(_ d: Int, _ misses: inout Int) -> Int? {
            guard j - d >= 0 && j - d < hashesA.count else { return nil }
            if hashesA[j - d] == hash { misses = 0; return nil }
            misses += 1
            return misses <= giveUpAfter ? d : nil
        }
        var (missesCurrent, missesSettled) = misses
        let first = differs(current, &missesCurrent)
        if settled == current { missesSettled = missesCurrent }  // one offset, one count
        let second = settled == current ? nil : differs(settled, &missesSettled)
        misses = (missesCurrent, missesSettled)
        return (first, second)
    }

    /// The offset nearest `current` with the longest run (at least `minimumRun`) of equal rows from row `j`.
    private func bestRun(from j: Int, _ hashesA: [UInt64], _ hashesB: [UInt64]) -> Int? {
        var best: (offset: Int, run: Int)?
        var examined = 0
        func consider(_ d: Int) {
            guard abs(d) <= maxShift, matches(j, d, hashesA, hashesB[j]) else { return }
            examined += 1
            var k = 0
            while k < 32, j + k < hashesB.count, j + k - d < hashesA.count, hashesB[j + k] == hashesA[j + k - d] { k += 1 }
            if k >= minimumRun && k > (best?.run ?? 0) { best = (d, k) }
        }
        // Offsets whose expected row exists: j - d in 0..<hashesA.count.
        let lowest = max(-maxShift, j - hashesA.count + 1), highest = min(maxShift, j)
        var distance = 1
        while (current - distance >= lowest || current + distance <= highest) && examined < 64 {
            consider(current - distance); consider(current + distance)
            distance += 1
        }
        return best?.offset
    }

    private func matches(_ j: Int, _ d: Int, _ hashesA: [UInt64], _ hash: UInt64) -> Bool {
        let i = j - d
        return i >= 0 && i < hashesA.count && hashesA[i] == hash
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

    /// Looks at observed rows up to `limit`, comparing those that differ at a guessed offset
    /// (runs of rows with the same offset at once).
    mutating func advance(upTo limit: Int, _ bufA: BandBuffer, _ bufB: BandBuffer, _ pass: StreamingComparison,
                          _ kept: inout RowResults) {
        var batches: [(offset: Int, rows: Range<Int>)] = []
        func add(_ d: Int?, _ j: Int) {
            guard let d, d != 0 else { return }
            if let k = batches.firstIndex(where: { $0.offset == d && $0.rows.upperBound == j }) {
                batches[k].rows = batches[k].rows.lowerBound..<(j + 1)
            } else {
                batches.append((d, j..<(j + 1)))
            }
        }
        while next < min(limit, pass.b.height) {
            let j = next
            next += 1
            let (first, second) = tracker.offsets(forRow: j, hashesA: bufA.hashes, hashesB: bufB.hashes)
            add(first, j); add(second, j)
            // Batches that did not grow with this row are complete.
            for batch in batches where batch.rows.upperBound <= j { Self.compare(batch.rows, offset: batch.offset, bufA, bufB, pass, &kept) }
            batches.removeAll { $0.rows.upperBound <= j }
        }
        for batch in batches { Self.compare(batch.rows, offset: batch.offset, bufA, bufB, pass, &kept) }
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
