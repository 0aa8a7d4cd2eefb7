import Foundation

/// Folds strings for comparison into reusable buffers: lower-cased ASCII bytes with runs of
/// separators collapsed to one space, and the sorted, unique hashes of the tokens (split at
/// separators and at camelCase boundaries: "loginBtn" -> login, btn), each token in the form
/// `Vocabulary` gives it (plural folded, synonym groups and two-word variants to one word).
/// Reusing one folder across a snapshot keeps scoring free of allocations.
struct Folder {
    private(set) var bytes: [UInt8] = []
    private(set) var tokens: [UInt64] = []
    /// The string the buffers hold: loading it again (a name that is also the text, the row
    /// text every control of a card shares) folds nothing.
    private var loaded: String?

    init() { bytes.reserveCapacity(160); tokens.reserveCapacity(32) }

    mutating func load(_ s: String) {
        // Byte for byte: `==` would take a decomposed "é" for a composed one, which folds otherwise.
        if let loaded, Self.sameBytes(loaded, s) { return }
        loaded = s
        // A digit, a colon and a digit may be a clock time: read again with times written one way.
        // (A time already written one way is not rewritten: the second load reads as it is.)
        if fold(s), let times = Self.clockTimes(s) { _ = fold(times) }
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }

    /// Folds `s`; true when it may hold a clock time (a digit, a colon, a digit).
    private mutating func fold(_ s: String) -> Bool {
        // Folded in place in a copy of its bytes (folding never writes more than it read), the
        // arrays moved out of `self` meanwhile: this runs for every string of every element of a
        // page, and each checked `append` showed in profiles.
        var s = s
        var out: [UInt8] = [], found: [UInt64] = []
        swap(&out, &bytes); swap(&found, &tokens)
        defer { swap(&out, &bytes); swap(&found, &tokens) }
        out.removeAll(keepingCapacity: true)
        found.removeAll(keepingCapacity: true)
        s.withUTF8 { out.append(contentsOf: $0) }
        let (written, maybeTime) = out.withUnsafeMutableBufferPointer { Self.foldInPlace($0, into: &found) }
        out.removeLast(out.count - written)
        if found.count > 1 {
            found.sort()
            var w = 1
            for r in 1..<found.count where found[r] != found[w - 1] { found[w] = found[r]; w += 1 }
            found.removeLast(found.count - w)
        }
        return maybeTime
    }

    /// Folds the bytes in place (see `Folder`) and appends their tokens' hashes in reading order:
    /// how many bytes the folded text keeps, and whether it may hold a clock time.
    private static func foldInPlace(_ text: UnsafeMutableBufferPointer<UInt8>, into found: inout [UInt64]) -> (Int, Bool) {
        var written = 0, maybeTime = false
        var start = -1, previousLower = false, colonAfterDigit = false
        // The raw (stemmed) hash of the previous token, for two-word variants ("zip code").
        var previousRaw: UInt64 = 0
        func finish() {
            guard start >= 0 else { return }
            let token = UnsafeBufferPointer(rebasing: text[start..<written])
            let raw = Vocabulary.hash(token.prefix(Vocabulary.stemCount(token)))
            if !found.isEmpty, let merged = Vocabulary.pairs[Vocabulary.Pair(first: previousRaw, second: raw).key] {
                found[found.count - 1] = merged
                // "e-mail address": the merged word may pair again.
                previousRaw = merged
            } else {
                found.append(Vocabulary.canonical[raw] ?? raw)
                previousRaw = raw
            }
            start = -1
        }
        for read in text.indices {
            let b = text[read]
            let isUpper = b >= 65 && b <= 90
            let isDigit = b >= 48 && b <= 57
            let isAlnum = isUpper || isDigit || (b >= 97 && b <= 122) || b >= 128
            if !isAlnum {
                let last = written > 0 ? text[written - 1] : 0
                // Before `finish`: the last byte written is still the last one kept.
                colonAfterDigit = b == 58 && start >= 0 && last >= 48 && last <= 57
                finish()
                if written > 0, last != 32 { text[written] = 32; written += 1 }
                previousLower = false
                continue
            }
            if colonAfterDigit { maybeTime = maybeTime || isDigit; colonAfterDigit = false }
            if isUpper && previousLower, start >= 0 { finish() }
            if start < 0 { start = written }
            text[written] = isUpper ? b + 32 : b
            written += 1
            previousLower = !isUpper && !isDigit
        }
        finish()
        if written > 0, text[written - 1] == 32 { written -= 1 }
        return (written, maybeTime)
    }
}

extension Folder {
    /// The string with every clock time written one way, 24-hour with two-digit hours ("9:30 am",
    /// "09:30" and "9:30" read "09:30", "2:00 pm" reads "14:00"): a redesign rewrites a time slot's
    /// label, not the time. Nil when the string holds no time.
    static func clockTimes(_ s: String) -> String? {
        let b = Array(s.utf8)
        func digit(_ i: Int) -> Int? { i < b.count && b[i] >= 48 && b[i] <= 57 ? Int(b[i] - 48) : nil }
        func letter(_ i: Int) -> UInt8? { i < b.count && (b[i] | 32) >= 97 && (b[i] | 32) <= 122 ? b[i] | 32 : nil }
        func alnum(_ i: Int) -> Bool { digit(i) != nil || letter(i) != nil }
        var out: [UInt8] = [], changed = false, i = 0
        out.reserveCapacity(b.count + 4)
        while i < b.count {
            // h:mm or hh:mm, not inside a longer number or word.
            guard digit(i) != nil, i == 0 || !alnum(i - 1) else { out.append(b[i]); i += 1; continue }
            var hour = digit(i)!, j = i + 1
            if let second = digit(j) { hour = hour * 10 + second; j += 1 }
            guard j < b.count, b[j] == 58, let m1 = digit(j + 1), let m2 = digit(j + 2), digit(j + 3) == nil,
                  hour <= 23, m1 <= 5 else {
                out.append(contentsOf: b[i..<j]); i = j; continue
            }
            var end = j + 3
            // An "am" / "pm" / "a.m." / "p.m." after it, with or without a space.
            var k = end
            while k < b.count, b[k] == 32 { k += 1 }
            if let half = letter(k), half == 97 || half == 112 {
                var m = k + 1
                if m < b.count, b[m] == 46 { m += 1 }
                if letter(m) == 109 {
                    m += 1
                    if m < b.count, b[m] == 46 { m += 1 }
                    if !alnum(m), hour >= 1, hour <= 12 {
                        hour = half == 112 ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
                        end = m
                    }
                }
            }
            out.append(contentsOf: [UInt8(48 + hour / 10), UInt8(48 + hour % 10), 58, UInt8(48 + m1), UInt8(48 + m2)])
            changed = changed || end != i + 5 || !b[i..<end].elementsEqual(out.suffix(5))
            i = end
        }
        return changed ? String(decoding: out, as: UTF8.self) : nil
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
    /// Ancestors compared by the path score (the nearest ones; under 64, a bit each in `pathSimilarity`).
    static let pathLimit = 48
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
        pathSimilarity(a, a.map { Vocabulary.hash($0) }, b)
    }

    /// The same with `a`'s ancestors hashed once (`aHashes`): a page is scored against one target.
    static func pathSimilarity(_ a: [String], _ aHashes: [UInt64], _ b: [String]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        // Hostile pages nest thousands deep: the nearest ancestors decide, the quadratic work stays bounded.
        let a0 = max(0, a.count - pathLimit), b0 = max(0, b.count - pathLimit)
        let n = a.count - a0, m = b.count - b0
        // Each ancestor hashed once: the longest common subsequence compares every pair, and
        // comparing strings pair by pair cost more than the rest of a candidate's score.
        let lcs = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: m) { bHashes -> Int in
            for j in 0..<m { bHashes[j] = Vocabulary.hash(b[b0 + j]) }
            func same(_ i: Int, _ j: Int) -> Bool { aHashes[a0 + i] == bHashes[j] && a[a0 + i] == b[b0 + j] }
            // A common beginning and end (the page's frame, the element itself) belong to a longest
            // common subsequence: only the middle needs the table.
            var start = 0, end = 0
            while start < min(n, m) && same(start, start) { start += 1 }
            while end < min(n, m) - start && same(n - 1 - end, m - 1 - end) { end += 1 }
            let rows = n - start - end, columns = m - start - end
            guard rows > 0 && columns > 0 else { return start + end }
            // The middle bit-parallel (Hyyrö 2004): a bit per ancestor of `a` (at most `pathLimit`,
            // under 64), the table's next column for an ancestor of `b` in a few word operations;
            // the length is the count of cleared bits.
            var v = UInt64.max
            for j in 0..<columns {
                var matches: UInt64 = 0
                for i in 0..<rows where same(start + i, start + j) { matches |= 1 << UInt64(i) }
                v = (v &+ (v & matches)) | (v & ~matches)
            }
            return start + end + rows - (v & ((1 << UInt64(rows)) - 1)).nonzeroBitCount
        }
        return 2 * Double(lcs) / Double(n + m)
    }
}

/// How much each word says on one page: inverse document frequency over the elements' words
/// (name, text, label, placeholder, title, and the text of their row or card). A product's name
/// is rare and decides; "add", "to", "rated" sit on every card and say little; a word the page
/// no longer has at all (the "wishlist" of a button that became "Save") weighs most, so
/// missing it costs most.
struct TokenWeights: Sendable {
    private var weights = TokenTable<Double>()
    /// The weight of a word no element of the page has.
    let unseen: Double

    init(_ elements: [Element]) {
        // Room for a few words per element from the start: growing rehashes every word.
        var df = TokenTable<Int>(capacity: max(1024, 2 * elements.count))
        // The row or card text apart: the controls of one card share it, and it is folded once.
        var folder = Folder(), rowFolder = Folder()
        // The element's distinct words: a few dozen, found faster in a list than in a set.
        var seen: [UInt64] = []
        elements.withUnsafeBufferPointer { buffer in
            // Through a pointer: an element is read, not copied.
            for e in buffer.indices.lazy.map({ buffer.baseAddress! + $0 }) {
                seen.removeAll(keepingCapacity: true)
                for field in 0..<HealingScorer.visibleFields { Self.count(HealingScorer.visible(e, field), &folder, &seen, &df) }
                Self.count(e.pointee.container, &rowFolder, &seen, &df)
            }
        }
        let n = Double(elements.count)
        unseen = log1p((n + 1).squareRoot()) + 1
        weights = TokenTable(capacity: df.count)
        for (t, d) in df.entries {
            let w = log1p(((n + 1) / Double(d)).squareRoot()) + 1
            weights[t] = Vocabulary.stopHashes.contains(t) ? w / 4 : w
        }
    }

    /// Counts each word of `s` not yet `seen` on the element once in `df`.
    private static func count(_ s: String?, _ folder: inout Folder, _ seen: inout [UInt64], _ df: inout TokenTable<Int>) {
        guard let s, !s.isEmpty else { return }
        folder.load(s)
        for t in folder.tokens where !seen.contains(t) { seen.append(t); df.increment(t) }
    }

    /// Equal weights: no page to learn from.
    init() { unseen = 1 }

    /// Whether some element of the page has the word.
    func seen(_ token: UInt64) -> Bool { weights[token] != nil }

    func weight(_ token: UInt64) -> Double {
        if let w = weights[token] { return w }
        return Vocabulary.stopHashes.contains(token) ? unseen / 4 : unseen
    }
}

extension Similarity {
    /// The weighted share of the smaller side's words that say something (stop words aside)
    /// found in the other: how much two names have in common, whatever else each has.
    static func contentOverlap(_ a: Prepared, _ tokens: [UInt64], _ w: TokenWeights) -> Double {
        var i = 0, j = 0
        var common = 0.0, mine = 0.0, theirs = 0.0
        let x = a.tokens
        while i < x.count || j < tokens.count {
            if j == tokens.count || (i < x.count && x[i] < tokens[j]) {
                if !Vocabulary.stopHashes.contains(x[i]) { mine += w.weight(x[i]) }
                i += 1
            } else if i == x.count || tokens[j] < x[i] {
                if !Vocabulary.stopHashes.contains(tokens[j]) { theirs += w.weight(tokens[j]) }
                j += 1
            } else {
                if !Vocabulary.stopHashes.contains(x[i]) { let v = w.weight(x[i]); common += v; mine += v; theirs += v }
                i += 1; j += 1
            }
        }
        let smaller = min(mine, theirs)
        return smaller > 0 ? common / smaller : 0
    }

    /// How much of the surroundings agree, for the text of a row or card: the weighted share of
    /// the smaller side's words found in the other (overlap coefficient). A redesign that
    /// dropped "Rated 4 of 5" from every card keeps each card's own words in common.
    static func overlap(_ a: Prepared, _ tokens: [UInt64], _ w: TokenWeights) -> Double {
        var i = 0, j = 0
        var common = 0.0, mine = 0.0, theirs = 0.0
        let x = a.tokens
        while i < x.count || j < tokens.count {
            if j == tokens.count || (i < x.count && x[i] < tokens[j]) { mine += w.weight(x[i]); i += 1 }
            else if i == x.count || tokens[j] < x[i] { theirs += w.weight(tokens[j]); j += 1 }
            else { let v = w.weight(x[i]); common += v; mine += v; theirs += v; i += 1; j += 1 }
        }
        let smaller = min(mine, theirs)
        return smaller > 0 ? common / smaller : 0
    }
}

extension Similarity {
    /// `of(_:_:_:)` with tokens weighted by how much they say on the page: the weighted Jaccard
    /// index, weighted containment of the smaller side ("Remove" in "Remove item"), and the edit
    /// similarity of short strings (typos, small rewordings).
    /// - Parameter opposing: a small word on each side that the other lacks makes another thing
    ///   (a step's "From account" is not "To account"); healing leaves it out, as redesigns reword
    ///   small words freely.
    static func weighted(_ a: Prepared, _ bytes: [UInt8], _ tokens: [UInt64], _ w: TokenWeights, containment base: Double = 0.6,
                         opposing: Bool = false) -> Double {
        if a.isEmpty || bytes.isEmpty { return 0 }
        if a.bytes == bytes { return 1 }
        // "Time zone" and "Timezone", "Sign-up" and "Signup": the same letters.
        if a.bytes.count != bytes.count, sameLetters(a.bytes, bytes) { return 0.95 }
        var i = 0, j = 0
        var common = 0.0, mine = 0.0, theirs = 0.0
        // The same sums without stop words: what containment asks of the smaller side.
        var commonContent = 0.0, mineContent = 0.0, theirsContent = 0.0
        let x = a.tokens
        while i < x.count || j < tokens.count {
            if j == tokens.count || (i < x.count && x[i] < tokens[j]) {
                let v = w.weight(x[i]); mine += v
                if !Vocabulary.stopHashes.contains(x[i]) { mineContent += v }
                i += 1
            } else if i == x.count || tokens[j] < x[i] {
                let v = w.weight(tokens[j]); theirs += v
                if !Vocabulary.stopHashes.contains(tokens[j]) { theirsContent += v }
                j += 1
            } else {
                let v = w.weight(x[i]); common += v; mine += v; theirs += v
                if !Vocabulary.stopHashes.contains(x[i]) { commonContent += v; mineContent += v; theirsContent += v }
                i += 1; j += 1
            }
        }
        var best = 0.0
        if mine + theirs - common > 0 { best = common / (mine + theirs - common) }
        // Containment: every word of the smaller side that says something ("Accept" in "Accept all"
        // and in "Accept cookies"; stop words aside) is in the other; a little more when its stop
        // words are too ("your email" in "Your email (required)" more than in "Email address").
        let smaller = min(mine, theirs), larger = max(mine, theirs)
        if commonContent > 0, commonContent >= min(mineContent, theirsContent) * 0.999 {
            let whole = common >= smaller * 0.999
            // Each side with a small word the other lacks ("From account", "To account") says
            // another thing, not a part of the same thing.
            let opposed = opposing && mine - mineContent > common - commonContent && theirs - theirsContent > common - commonContent
            best = max(best, (whole ? base : opposed ? base - Self.opposedWords : base - 0.05) + 0.4 * smaller / larger)
        } else if min(mineContent, theirsContent) == 0, common > 0, common >= smaller * 0.999 {
            // A side of stop words only ("From", "To"): then they are what it says ("From" in "Leaving from").
            best = max(best, base + 0.4 * smaller / larger)
        }
        // Edits only between single words (a typo, a dropped letter), and only near-identical
        // ones: between short words a few edits make another word ("Users" and "Orders"), and
        // in a phrase one changed word changes its meaning ("Delete Dana" and "Select Dana").
        let longest = max(a.bytes.count, bytes.count)
        if longest <= levenshteinLimit, a.tokens.count == 1, tokens.count == 1 {
            let floor = max(best, weightedEditFloor)
            let maxDistance = Int((1 - floor) * Double(longest))
            if maxDistance > 0, abs(a.bytes.count - bytes.count) <= maxDistance, let d = levenshtein(a.bytes, bytes, atMost: maxDistance) {
                best = max(best, 1 - Double(d) / Double(longest))
            }
        }
        return best
    }

    /// The same bytes once the spaces are left out (compared in place: `weighted` asks it of
    /// nearly every pair it compares).
    static func sameLetters(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var i = 0, j = 0
        while true {
            while i < a.count, a[i] == 32 { i += 1 }
            while j < b.count, b[j] == 32 { j += 1 }
            guard i < a.count, j < b.count else { return i == a.count && j == b.count }
            guard a[i] == b[j] else { return false }
            i += 1; j += 1
        }
    }

    /// What `weighted`'s containment loses when each side has a stop word the other lacks.
    static let opposedWords = 0.2

    /// `weighted`'s edit similarity counts from here up.
    static let weightedEditFloor = 0.8
}

extension Similarity {
    /// How well an element's words hold a phrase that must be in them (quoted text, a whole
    /// sentence read as a name): all of the phrase's words that say something in the element's
    /// words gives 0.6 and up (more the less else it has); otherwise the weighted Jaccard index,
    /// discounted: a word of the phrase the element lacks ("Read more" of "Read more for
    /// Exporting your data") is what the step is about more often than not.
    static let missingDiscount = 0.7

    static func contained(_ a: Prepared, in bytes: [UInt8], _ tokens: [UInt64], _ w: TokenWeights) -> Double {
        if a.isEmpty || bytes.isEmpty { return 0 }
        if a.bytes == bytes { return 1 }
        var i = 0, j = 0
        var common = 0.0, union = 0.0, phrase = 0.0, missing = 0.0
        while i < a.tokens.count || j < tokens.count {
            if j == tokens.count || (i < a.tokens.count && a.tokens[i] < tokens[j]) {
                let v = w.weight(a.tokens[i]); union += v; phrase += v
                if !Vocabulary.stopHashes.contains(a.tokens[i]) { missing += v }
                i += 1
            } else if i == a.tokens.count || tokens[j] < a.tokens[i] { union += w.weight(tokens[j]); j += 1 }
            else { let v = w.weight(a.tokens[i]); common += v; union += v; phrase += v; i += 1; j += 1 }
        }
        let jaccard = union > 0 ? common / union : 0
        guard common > 0, missing == 0 else { return jaccard * missingDiscount }
        return max(jaccard, 0.6 + 0.4 * phrase / union)
    }
}
