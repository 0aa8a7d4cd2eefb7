/// A run of rows that the alignment could not match: `aCount` rows of the expected image
/// at `aStart` stand where `bCount` rows of the observed image stand at `bStart`.
struct RowHunk: Equatable, Sendable {
    var aStart: Int, aCount: Int, bStart: Int, bCount: Int
}

/// Patience-style alignment of two sequences of row hashes: rows equal at both ends are
/// matched first, then rows unique in both halves anchor the longest increasing run, and
/// each gap between anchors is aligned the same way. Rows left over become hunks.
/// Runs in O(n log n); blank rows that repeat are matched by the end trimming of each gap.
enum RowAlignment {
    static func hunks(_ a: [UInt64], _ b: [UInt64]) -> [RowHunk] {
        var hunks: [RowHunk] = []
        var pending = [(a: 0..<a.count, b: 0..<b.count)]
        // An explicit stack (last in, first out, gaps pushed in reverse) keeps hunks in order.
        while let (ra, rb) = pending.popLast() {
            var aLo = ra.lowerBound, aHi = ra.upperBound, bLo = rb.lowerBound, bHi = rb.upperBound
            while aLo < aHi && bLo < bHi && a[aLo] == b[bLo] { aLo += 1; bLo += 1 }
            while aHi > aLo && bHi > bLo && a[aHi - 1] == b[bHi - 1] { aHi -= 1; bHi -= 1 }
            if aLo == aHi || bLo == bHi {
                if aLo < aHi || bLo < bHi { hunks.append(RowHunk(aStart: aLo, aCount: aHi - aLo, bStart: bLo, bCount: bHi - bLo)) }
                continue
            }
            let anchors = uniqueAnchors(a, aLo..<aHi, b, bLo..<bHi)
            if anchors.isEmpty {
                hunks.append(RowHunk(aStart: aLo, aCount: aHi - aLo, bStart: bLo, bCount: bHi - bLo))
                continue
            }
            var gaps: [(a: Range<Int>, b: Range<Int>)] = []
            var prevA = aLo, prevB = bLo
            for (i, j) in anchors {
                gaps.append((prevA..<i, prevB..<j))
                prevA = i + 1; prevB = j + 1
            }
            gaps.append((prevA..<aHi, prevB..<bHi))
            pending.append(contentsOf: gaps.reversed())
        }
        return hunks
    }

    /// Rows whose hash occurs once in each range, kept in the longest order-preserving run.
    private static func uniqueAnchors(_ a: [UInt64], _ ra: Range<Int>, _ b: [UInt64], _ rb: Range<Int>) -> [(Int, Int)] {
        var seen: [UInt64: (countA: Int, indexA: Int, countB: Int, indexB: Int)] = [:]
        for i in ra { seen[a[i], default: (0, 0, 0, 0)].countA += 1; seen[a[i]]!.indexA = i }
        for j in rb where seen[b[j]] != nil { seen[b[j]]!.countB += 1; seen[b[j]]!.indexB = j }
        let pairs = ra.compactMap { i -> (Int, Int)? in
            guard let s = seen[a[i]], s.countA == 1, s.countB == 1 else { return nil }
            return (i, s.indexB)
        }
        return longestIncreasingRun(pairs)
    }

    /// Longest subsequence of `pairs` (sorted by first) whose second elements increase (patience sorting).
    private static func longestIncreasingRun(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        var tails: [Int] = []          // index into pairs of the smallest tail of each run length
        var previous = [Int](repeating: -1, count: pairs.count)
        for (k, pair) in pairs.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if pairs[tails[mid]].1 < pair.1 { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[k] = tails[lo - 1] }
            if lo == tails.count { tails.append(k) } else { tails[lo] = k }
        }
        var run: [(Int, Int)] = []
        var k = tails.last ?? -1
        while k >= 0 { run.append(pairs[k]); k = previous[k] }
        return run.reversed()
    }
}
