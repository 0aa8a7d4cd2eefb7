/// Two layout snapshots over one table of strings, and the pairing of their elements.
///
/// Pairing, in order: elements with the same unique id or test id (and tag); then, from the roots
/// down, each pair's children aligned — a longest common subsequence of exact signatures (tag, id,
/// classes, test id, text, source, name, and a hash of the same over the subtree), then in each gap
/// left-to-right by tag and classes, or by tag and text; then elements still alone that have the
/// same exact signature and are the only ones with it on both sides (moved to another parent,
/// reordered), whose children are aligned in turn.
struct LayoutPair {
    /// Column values of both sides as ids of one string table (the observed side's, extended).
    struct Side {
        var count: Int
        var parent: [Int], path: [Int], tag: [Int], id: [Int], classes: [Int], testId: [Int], role: [Int], name: [Int]
        var text: [Int], src: [Int], box: [Int], style: [Int]
        /// Style rows as string ids, properties in the order of `LayoutPair.properties`.
        var styleRows: [[Int]]
        /// Children of each element (and of the virtual root at `count`), in document order.
        var childStart: [Int], children: [Int]
        /// A hash of the element's identity, text and sources and of its whole subtree's (not styles,
        /// not boxes): equal subtrees pair even when they moved; whether the subtree has any text or source.
        var content: [Int] = [], hasContent: [Bool] = []

        func childList(_ i: Int) -> ArraySlice<Int> { children[childStart[i]..<childStart[i + 1]] }
        @inline(__always) func styleValue(_ i: Int, _ p: Int) -> Int { styleRows[style[i]][p] }
    }

    let baseline: Side
    let observed: Side
    /// One string table: the observed layout's strings, then the baseline's that it lacks.
    let strings: [String]
    /// CSS names of the properties both snapshots recorded.
    let properties: [String]
    /// The paired element of each baseline element (-1: removed) and of each observed one (-1: added).
    private(set) var toObserved: [Int]
    private(set) var toBaseline: [Int]

    init(baseline a: PageLayout, observed b: PageLayout) {
        var table = b.strings
        var index = [String: Int](minimumCapacity: b.strings.count)
        for (i, s) in b.strings.enumerated() where index[s] == nil { index[s] = i }
        let remap = a.strings.map { s -> Int in
            if let i = index[s] { return i }
            table.append(s); index[s] = table.count - 1
            return table.count - 1
        }
        let identity = Array(b.strings.indices)
        var common: [(a: Int, b: Int)] = []
        for (j, name) in b.styleNames.enumerated() { if let i = a.styleNames.firstIndex(of: name) { common.append((i, j)) } }
        strings = table
        properties = common.map { b.styleNames[$0.b] }
        baseline = Self.side(a, remap, styleColumns: common.map(\.a))
        observed = Self.side(b, identity, styleColumns: common.map(\.b))
        toObserved = Array(repeating: -1, count: a.count)
        toBaseline = Array(repeating: -1, count: b.count)
        match()
    }

    private static func side(_ l: PageLayout, _ remap: [Int], styleColumns: [Int]) -> Side {
        let c = l.columns
        func mapped(_ column: [Int]) -> [Int] { column.map { remap[$0] } }
        let rows = l.styles.map { row in styleColumns.map { remap[row[$0]] } }
        // Children in compressed rows: the virtual root (parent -1) is element `count`.
        let n = l.count
        var childStart = [Int](repeating: 0, count: n + 2)
        for p in c.parent { childStart[(p < 0 ? n : p) + 1] += 1 }
        for i in 0..<(n + 1) { childStart[i + 1] += childStart[i] }
        var fill = childStart
        var children = [Int](repeating: 0, count: n)
        for (i, p) in c.parent.enumerated() {
            let slot = p < 0 ? n : p
            children[fill[slot]] = i; fill[slot] += 1
        }
        var side = Side(count: n, parent: c.parent, path: mapped(c.path), tag: mapped(c.tag), id: mapped(c.id), classes: mapped(c.classes),
                        testId: mapped(c.testId), role: mapped(c.role), name: mapped(c.name), text: mapped(c.text), src: mapped(c.src),
                        box: c.box, style: c.style, styleRows: rows, childStart: childStart, children: children)
        // Children come after their parent: a reverse walk hashes them first.
        var content = [Int](repeating: 0, count: n), hasContent = [Bool](repeating: false, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            var h = Hasher()
            for v in [side.tag[i], side.id[i], side.classes[i], side.testId[i], side.text[i], side.src[i], side.name[i]] { h.combine(v) }
            var any = (side.text[i] | side.src[i] | side.name[i]) != 0
            for k in side.childList(i) { h.combine(content[k]); any = any || hasContent[k] }
            content[i] = h.finalize(); hasContent[i] = any
        }
        side.content = content; side.hasContent = hasContent
        return side
    }

    // MARK: - Pairing

    /// Everything that names an element exactly, its subtree included.
    private struct Signature: Hashable { var tag: Int, id: Int, classes: Int, testId: Int, text: Int, src: Int, name: Int, content: Int }
    private struct Loose: Hashable { var tag: Int, other: Int }

    private func signature(_ s: Side, _ i: Int) -> Signature {
        Signature(tag: s.tag[i], id: s.id[i], classes: s.classes[i], testId: s.testId[i], text: s.text[i], src: s.src[i], name: s.name[i],
                  content: s.content[i])
    }

    private mutating func pair(_ a: Int, _ b: Int) { toObserved[a] = b; toBaseline[b] = a }

    private mutating func match() {
        var queue: [(Int, Int)] = [(baseline.count, observed.count)]  // the virtual roots
        for (a, b) in uniqueIdentityPairs() { pair(a, b); queue.append((a, b)) }
        var aligned = [Bool](repeating: false, count: baseline.count + 1)
        for round in 0..<4 {
            while let (a, b) = queue.popLast() {
                guard !aligned[a] else { continue }
                aligned[a] = true
                queue += alignChildren(a, b)
            }
            // Elements moved to another parent or out of order: paired when their signature is unique.
            guard round < 3 else { break }
            let found = uniqueSignaturePairs()
            if found.isEmpty { break }
            for (a, b) in found { pair(a, b); queue.append((a, b)) }
        }
    }

    /// Same tag and the same id (or test id), unique on both sides.
    private func uniqueIdentityPairs() -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var takenA = Set<Int>(), takenB = Set<Int>()
        for column in [\Side.id, \Side.testId] {
            let a = Self.unique(baseline[keyPath: column], tags: baseline.tag)
            let b = Self.unique(observed[keyPath: column], tags: observed.tag)
            for (key, i) in a.sorted(by: { $0.value < $1.value }) {
                guard let j = b[key], !takenA.contains(i), !takenB.contains(j) else { continue }
                result.append((i, j)); takenA.insert(i); takenB.insert(j)
            }
        }
        return result
    }

    private struct TagKey: Hashable { var value: Int, tag: Int }
    private static func unique(_ values: [Int], tags: [Int]) -> [TagKey: Int] {
        var seen: [TagKey: Int] = [:]
        for (i, v) in values.enumerated() where v != 0 {
            let k = TagKey(value: v, tag: tags[i])
            seen[k] = seen[k] == nil ? i : -1
        }
        return seen.filter { $0.value >= 0 }
    }

    /// Unpaired elements whose exact signature (subtree included, with some text or source in it) is
    /// unique on both sides.
    private func uniqueSignaturePairs() -> [(Int, Int)] {
        func counts(_ s: Side, _ partner: [Int]) -> [Signature: Int] {
            var seen: [Signature: Int] = [:]
            for i in 0..<s.count where partner[i] < 0 && (s.hasContent[i] || s.id[i] != 0) {
                let k = signature(s, i)
                seen[k] = seen[k] == nil ? i : -1
            }
            return seen
        }
        let a = counts(baseline, toObserved), b = counts(observed, toBaseline)
        return a.compactMap { key, i in
            guard i >= 0, let j = b[key], j >= 0 else { return nil }
            return (i, j)
        }.sorted { $0.0 < $1.0 }
    }

    /// Aligns the unpaired children of a pair; returns the new pairs.
    private mutating func alignChildren(_ a: Int, _ b: Int) -> [(Int, Int)] {
        let ca = baseline.childList(a).filter { toObserved[$0] < 0 }
        let cb = observed.childList(b).filter { toBaseline[$0] < 0 }
        guard !ca.isEmpty, !cb.isEmpty else { return [] }
        let ka = ca.map { signature(baseline, $0) }, kb = cb.map { signature(observed, $0) }
        var pairs = Self.commonSubsequence(ka, kb)
        // Gaps between the anchors: same tag and classes, then same tag and text, left to right.
        var filled: [(Int, Int)] = []
        var previous = (-1, -1)
        for anchor in pairs + [(ka.count, kb.count)] {
            let ga = Array((previous.0 + 1)..<anchor.0), gb = Array((previous.1 + 1)..<anchor.1)
            if !ga.isEmpty && !gb.isEmpty { filled += Self.fillGap(ga, gb, ka, kb) }
            previous = anchor
        }
        pairs += filled
        return pairs.map { (i, j) in
            pair(ca[i], cb[j])
            return (ca[i], cb[j])
        }
    }

    /// Pairs in one gap between anchors, left to right: same tag and classes, then same tag and text.
    private static func fillGap(_ ga: [Int], _ gb: [Int], _ ka: [Signature], _ kb: [Signature]) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var usedA = Set<Int>(), usedB = Set<Int>()
        let passes: [(Signature) -> Loose?] = [
            { Loose(tag: $0.tag, other: $0.classes) },
            { $0.text == 0 ? nil : Loose(tag: $0.tag, other: $0.text) },
        ]
        for loose in passes {
            var waiting: [Loose: [Int]] = [:]
            for j in gb where !usedB.contains(j) { if let k = loose(kb[j]) { waiting[k, default: []].append(j) } }
            var next: [Loose: Int] = [:]
            for i in ga where !usedA.contains(i) {
                guard let k = loose(ka[i]), let list = waiting[k] else { continue }
                let at = next[k, default: 0]
                guard at < list.count else { continue }
                next[k] = at + 1
                usedA.insert(i); usedB.insert(list[at]); result.append((i, list[at]))
            }
        }
        return result
    }

    /// Index pairs of a longest common subsequence (common ends trimmed; a DP table for the middle
    /// when it is small, else a greedy increasing pairing of equal keys).
    static func commonSubsequence<K: Hashable>(_ a: [K], _ b: [K]) -> [(Int, Int)] {
        var head = 0
        while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        var result = (0..<head).map { ($0, $0) }
        let ma = a.count - head - tail, mb = b.count - head - tail
        if ma > 0 && mb > 0 {
            if ma * mb <= 250_000 {
                // lengths[i][j]: LCS of a[head+i...] and b[head+j...], row-major.
                let w = mb + 1
                var lengths = [Int32](repeating: 0, count: (ma + 1) * w)
                for i in stride(from: ma - 1, through: 0, by: -1) {
                    for j in stride(from: mb - 1, through: 0, by: -1) {
                        lengths[i * w + j] = a[head + i] == b[head + j] ? lengths[(i + 1) * w + j + 1] + 1
                            : max(lengths[(i + 1) * w + j], lengths[i * w + j + 1])
                    }
                }
                var i = 0, j = 0
                while i < ma && j < mb {
                    if a[head + i] == b[head + j] { result.append((head + i, head + j)); i += 1; j += 1 }
                    else if lengths[(i + 1) * w + j] >= lengths[i * w + j + 1] { i += 1 } else { j += 1 }
                }
            } else {
                var positions: [K: [Int]] = [:]
                for j in 0..<mb { positions[b[head + j], default: []].append(head + j) }
                var cursor: [K: Int] = [:]
                var last = head - 1
                for i in 0..<ma {
                    let key = a[head + i]
                    guard let list = positions[key] else { continue }
                    var at = cursor[key, default: 0]
                    while at < list.count && list[at] <= last { at += 1 }
                    cursor[key] = at
                    guard at < list.count else { continue }
                    result.append((head + i, list[at])); last = list[at]
                }
            }
        }
        result += (0..<tail).map { (a.count - tail + $0, b.count - tail + $0) }
        return result
    }
}
