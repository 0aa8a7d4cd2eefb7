/// Folds strings for comparison into reusable buffers: lower-cased ASCII bytes with runs of
/// separators collapsed to one space, and the sorted, unique hashes of the tokens (split at
/// separators and at camelCase boundaries: "loginBtn" -> login, btn). Reusing one folder
/// across a snapshot keeps scoring free of allocations.
struct Folder {
    var bytes: [UInt8] = []
    var tokens: [UInt64] = []

    init() { bytes.reserveCapacity(160); tokens.reserveCapacity(32) }

    mutating func load(_ s: String) {
        bytes.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        let seed: UInt64 = 0xcbf2_9ce4_8422_2325
        var hash = seed
        var inToken = false, previousLower = false
        for b in s.utf8 {
            let isUpper = b >= 65 && b <= 90
            let isDigit = b >= 48 && b <= 57
            let isAlnum = isUpper || isDigit || (b >= 97 && b <= 122) || b >= 128
            if !isAlnum {
                if inToken { tokens.append(hash); inToken = false; hash = seed }
                if let last = bytes.last, last != 32 { bytes.append(32) }
                previousLower = false
                continue
            }
            if isUpper && previousLower, inToken { tokens.append(hash); hash = seed }
            let lower = isUpper ? b + 32 : b
            bytes.append(lower)
            hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
            inToken = true
            previousLower = !isUpper && !isDigit
        }
        if inToken { tokens.append(hash) }
        if bytes.last == 32 { bytes.removeLast() }
        if tokens.count > 1 {
            tokens.sort()
            var w = 1
            for r in 1..<tokens.count where tokens[r] != tokens[w - 1] { tokens[w] = tokens[r]; w += 1 }
            tokens.removeLast(tokens.count - w)
        }
    }
}

/// A string folded once (see `Folder`), kept for many comparisons.
struct Prepared: Sendable, Equatable {
    let bytes: [UInt8]
    let tokens: [UInt64]

    init(_ s: String) {
        var f = Folder()
        f.load(s)
        bytes = f.bytes; tokens = f.tokens
    }

    var isEmpty: Bool { bytes.isEmpty }
}

/// String similarity in 0...1, the best of three views so that renames, extra words and
/// typos all score sensibly: normalised Levenshtein on the folded text (short strings),
/// token Jaccard, and token containment ("Email" inside "Email address").
enum Similarity {
    /// Levenshtein is quadratic: longer strings are compared by their tokens only.
    static let levenshteinLimit = 64
    /// Edit similarities below this are noise between unrelated words: they count as 0.
    static let editFloor = 0.5

    static func of(_ a: Prepared, _ b: Prepared) -> Double { of(a, b.bytes, b.tokens) }

    /// `a` against a folded string (a `Folder`'s buffers).
    static func of(_ a: Prepared, _ bytes: [UInt8], _ tokens: [UInt64]) -> Double {
        if a.isEmpty || bytes.isEmpty { return 0 }
        if a.bytes == bytes { return 1 }
        let (common, union) = tokenOverlap(a.tokens, tokens)
        var best = union > 0 ? Double(common) / Double(union) : 0
        let smaller = min(a.tokens.count, tokens.count), larger = max(a.tokens.count, tokens.count)
        if common > 0 && common == smaller {
            best = max(best, 0.6 + 0.4 * Double(smaller) / Double(larger))
        }
        let longest = max(a.bytes.count, bytes.count)
        if longest <= levenshteinLimit {
            // Edit similarity counts from `editFloor` up: the distance search stops once it
            // cannot reach that, or beat the token scores.
            let floor = max(best, editFloor)
            let maxDistance = Int((1 - floor) * Double(longest))
            if maxDistance > 0, abs(a.bytes.count - bytes.count) <= maxDistance,
               let d = levenshtein(a.bytes, bytes, atMost: maxDistance) {
                best = max(best, 1 - Double(d) / Double(longest))
            }
        }
        return best
    }

    /// Common and union counts of two sorted unique arrays.
    static func tokenOverlap(_ a: [UInt64], _ b: [UInt64]) -> (common: Int, union: Int) {
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return (common, a.count + b.count - common)
    }

    /// Edit distance, or nil when it exceeds `atMost`. Strings up to 64 bytes use Myers'
    /// bit-parallel algorithm (Hyyrö's formulation): one pass of word operations per byte.
    static func levenshtein(_ a: [UInt8], _ b: [UInt8], atMost: Int = .max) -> Int? {
        let (pattern, text) = a.count <= b.count ? (a, b) : (b, a)
        if pattern.isEmpty { return text.count <= atMost ? text.count : nil }
        let d = pattern.count <= 64 ? bitParallel(pattern, text) : dynamicProgramming(pattern, text)
        return d <= atMost ? d : nil
    }

    static func bitParallel(_ pattern: [UInt8], _ text: [UInt8]) -> Int {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 256) { peq -> Int in
            for i in 0..<256 { peq[i] = 0 }
            for (i, c) in pattern.enumerated() { peq[Int(c)] |= 1 << UInt64(i) }
            let m = pattern.count
            let last: UInt64 = 1 << UInt64(m - 1)
            var pv: UInt64 = m == 64 ? ~0 : (1 << UInt64(m)) - 1, mv: UInt64 = 0
            var score = m
            for c in text {
                let eq = peq[Int(c)]
                let xv = eq | mv
                let xh = (((eq & pv) &+ pv) ^ pv) | eq
                var ph = mv | ~(xh | pv)
                let mh = pv & xh
                if ph & last != 0 { score += 1 } else if mh & last != 0 { score -= 1 }
                ph = (ph << 1) | 1
                pv = (mh << 1) | ~(xv | ph)
                mv = ph & xv
            }
            return score
        }
    }

    static func dynamicProgramming(_ a: [UInt8], _ b: [UInt8]) -> Int {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: (b.count + 1) * 2) { buffer -> Int in
            var previous = 0, current = b.count + 1
            for j in 0...b.count { buffer[j] = j }
            for i in 1...a.count {
                buffer[current] = i
                let ai = a[i - 1]
                for j in 1...b.count {
                    let cost = ai == b[j - 1] ? 0 : 1
                    buffer[current + j] = min(buffer[previous + j] + 1, buffer[current + j - 1] + 1, buffer[previous + j - 1] + cost)
                }
                swap(&previous, &current)
            }
            return buffer[previous + b.count]
        }
    }

    /// Jaccard index of two small string sets (classes); 1 when both are empty.
    static func jaccard(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var common = 0, uniqueA = 0
        for (i, x) in a.enumerated() where !a[..<i].contains(x) {
            uniqueA += 1
            if b.contains(x) { common += 1 }
        }
        var uniqueB = 0
        for (i, y) in b.enumerated() where !b[..<i].contains(y) { uniqueB += 1 }
        let union = uniqueA + uniqueB - common
        return union == 0 ? 0 : Double(common) / Double(union)
    }

    /// Healenium's path score: 2·LCS / (|a| + |b|) over the root-to-node tag paths.
    static func pathSimilarity(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        let lcs = withUnsafeTemporaryAllocation(of: Int.self, capacity: b.count + 1) { row -> Int in
            for j in 0...b.count { row[j] = 0 }
            for x in a {
                var diagonal = 0
                for j in 1...b.count {
                    let above = row[j]
                    row[j] = x == b[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
                    diagonal = above
                }
            }
            return row[b.count]
        }
        return 2 * Double(lcs) / Double(a.count + b.count)
    }
}
