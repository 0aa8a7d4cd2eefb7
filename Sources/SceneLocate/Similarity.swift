/// A string prepared for fast comparison: lower-cased ASCII-folded bytes with runs of
/// separators collapsed to one space, and the sorted, unique hashes of its tokens
/// (split at separators and at camelCase boundaries: "loginBtn" -> login, btn).
struct Prepared: Sendable, Equatable {
    let bytes: [UInt8]
    let tokens: [UInt64]

    init(_ s: String) {
        var out: [UInt8] = []
        out.reserveCapacity(min(s.utf8.count, 160))
        var tokens: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inToken = false
        var previousLower = false
        func endToken() {
            if inToken { tokens.append(hash) }
            inToken = false
            hash = 0xcbf2_9ce4_8422_2325
        }
        for b in s.utf8 {
            let isUpper = b >= 65 && b <= 90
            let isAlnum = isUpper || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 128
            if !isAlnum {
                endToken()
                if let last = out.last, last != 32 { out.append(32) }
                previousLower = false
                continue
            }
            if isUpper && previousLower { endToken() }
            let lower = isUpper ? b + 32 : b
            out.append(lower)
            hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
            inToken = true
            previousLower = !isUpper && !(b >= 48 && b <= 57)
        }
        endToken()
        if out.last == 32 { out.removeLast() }
        tokens.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(tokens.count)
        for t in tokens where unique.last != t { unique.append(t) }
        self.bytes = out
        self.tokens = unique
    }

    var isEmpty: Bool { bytes.isEmpty }
}

/// String similarity in 0...1, the best of three views so that renames, extra words and
/// typos all score sensibly: normalised Levenshtein on the folded text (short strings),
/// token Jaccard, and token containment ("Email" inside "Email address").
enum Similarity {
    /// Levenshtein is quadratic: longer strings are compared by their tokens only.
    static let levenshteinLimit = 64

    static func of(_ a: Prepared, _ b: Prepared) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        if a.bytes == b.bytes { return 1 }
        let (common, union) = tokenOverlap(a.tokens, b.tokens)
        var best = union > 0 ? Double(common) / Double(union) : 0
        let smaller = min(a.tokens.count, b.tokens.count), larger = max(a.tokens.count, b.tokens.count)
        if common > 0 && common == smaller {
            best = max(best, 0.6 + 0.4 * Double(smaller) / Double(larger))
        }
        let longest = max(a.bytes.count, b.bytes.count)
        if longest <= levenshteinLimit {
            // Upper bound from the length difference: skip the quadratic work when it cannot win.
            let bound = 1 - Double(abs(a.bytes.count - b.bytes.count)) / Double(longest)
            if bound > best {
                best = max(best, 1 - Double(levenshtein(a.bytes, b.bytes)) / Double(longest))
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

    static func levenshtein(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: (b.count + 1) * 2) { buffer in
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

    /// Jaccard index of two string sets (classes); 1 when both are empty.
    static func jaccard(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        let sa = Set(a), sb = Set(b)
        let union = sa.union(sb).count
        return union == 0 ? 0 : Double(sa.intersection(sb).count) / Double(union)
    }

    /// Healenium's path score: 2·LCS / (|a| + |b|) over the root-to-node tag paths.
    static func pathSimilarity(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for j in 1...b.count {
                let above = row[j]
                row[j] = x == b[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
                diagonal = above
            }
        }
        return 2 * Double(row[b.count]) / Double(a.count + b.count)
    }
}
