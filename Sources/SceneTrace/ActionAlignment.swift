import SceneLocator

/// Order-preserving alignment of expected and performed actions: the pairing that
/// maximises the total match score (a weighted longest common subsequence). A recorded locator
/// matches a performed action when it designates the element the trace shows the action acted on
/// (`ElementMatcher`); when that cannot be decided (no DOM snapshot, text cut short, a selector
/// beyond what the matcher reads), when their spellings are equivalent (`LocatorEquivalence`).
public enum ActionAlignment {
    /// One column of the alignment: a matched pair, an expected action alone, or a performed one alone.
    public struct Pair: Sendable, Equatable {
        public var expected: Int?
        public var performed: Int?
        public var score: Double
    }

    /// Above this many cells the quadratic table is not built; a greedy forward match is used.
    public static let maxCells = 16_000_000
    /// Scores below this do not count as a match.
    public static let threshold = 0.5

    /// `testIdAttribute`: the attribute `getByTestId` reads in the traced context.
    public static func align(expected: [ExpectedAction], performed: [TraceAction], testIdAttribute: String = "data-testid") -> [Pair] {
        let n = expected.count, m = performed.count
        if n == 0 { return performed.indices.map { Pair(expected: nil, performed: $0, score: 0) } }
        if m == 0 { return expected.indices.map { Pair(expected: $0, performed: nil, score: 0) } }
        let es = expected.map { Signature($0, testIdAttribute: testIdAttribute) }, ps = performed.map(Signature.init)
        if n * m > maxCells { return greedy(expected: es, performed: ps) }
        // best[i][j]: best total for expected[i...] and performed[j...], flattened.
        let width = m + 1
        var best = [Double](repeating: 0, count: (n + 1) * width)
        var scores = [Double](repeating: 0, count: n * m)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                let s = score(es[i], ps[j])
                scores[i * m + j] = s
                var v = max(best[(i + 1) * width + j], best[i * width + j + 1])
                if s >= threshold { v = max(v, best[(i + 1) * width + j + 1] + s) }
                best[i * width + j] = v
            }
        }
        var pairs: [Pair] = []
        var i = 0, j = 0
        while i < n && j < m {
            let s = scores[i * m + j]
            if s >= threshold && best[i * width + j] == best[(i + 1) * width + j + 1] + s {
                pairs.append(Pair(expected: i, performed: j, score: s)); i += 1; j += 1
            } else if best[i * width + j] == best[(i + 1) * width + j] {
                pairs.append(Pair(expected: i, performed: nil, score: 0)); i += 1
            } else {
                pairs.append(Pair(expected: nil, performed: j, score: 0)); j += 1
            }
        }
        while i < n { pairs.append(Pair(expected: i, performed: nil, score: 0)); i += 1 }
        while j < m { pairs.append(Pair(expected: nil, performed: j, score: 0)); j += 1 }
        return pairs
    }

    /// How well a performed action fulfils an expected one (0 = not at all, 1 = exactly).
    public static func score(_ e: ExpectedAction, _ p: TraceAction, testIdAttribute: String = "data-testid") -> Double {
        score(Signature(e, testIdAttribute: testIdAttribute), Signature(p))
    }

    /// What the score looks at, computed once per action.
    struct Signature {
        var kind: ActionKind
        var keys: [LocatorEquivalence.Key]
        /// One per key (expected actions): whether that locator designates a given element.
        var matchers: [ElementMatcher] = []
        /// The element a performed action acted on, when its DOM snapshot showed it.
        var target: ElementMatcher.Target?
        var value: String?
        /// Lowercased key of a press, so comparing pairs allocates nothing.
        var key: String
        var url: String?
        var redacted: Bool
        init(_ e: ExpectedAction, testIdAttribute: String) {
            kind = e.kind; keys = e.locators.map(LocatorEquivalence.Key.init); value = e.value; url = e.url ?? e.value; redacted = e.redacted
            matchers = e.locators.map { ElementMatcher($0, testIdAttribute: testIdAttribute) }
            key = e.kind == .press ? (e.value ?? "").lowercased() : ""
        }
        init(_ p: TraceAction) {
            kind = p.kind; keys = p.locator.map { [LocatorEquivalence.Key($0)] } ?? []; value = p.value; url = p.url ?? p.value
            redacted = p.redacted
            target = p.target.map(ElementMatcher.Target.init)
            key = p.kind == .press ? (p.value ?? "").lowercased() : ""
        }
    }

    static func score(_ e: borrowing Signature, _ p: borrowing Signature) -> Double {
        let kind = kindScore(e.kind, p.kind)
        guard kind > 0 else { return 0 }
        // Cheap refusals before any locator is compared with an element.
        if e.kind == .press && e.key != p.key { return 0 }
        var locator: Double
        switch (e.keys.isEmpty, p.keys.first) {
        case (true, nil): locator = 1
        case (true, .some): locator = 0.6
        case (false, nil): locator = 0.5
        case (false, .some(let pk)):
            locator = 0
            for (k, key) in e.keys.enumerated() where locator < 1 {
                var s = LocatorEquivalence.score(key, pk)
                if s < 1, let target = p.target, k < e.matchers.count {
                    switch e.matchers[k].match(target) {
                    case .match: s = 1
                    case .mismatch: s = 0
                    case .unknown: break
                    }
                }
                locator = max(locator, s)
            }
        }
        guard locator > 0 else { return 0 }
        var value = 1.0
        switch e.kind {
        case .navigate:
            value = sameURL(e.url, p.url) ? 1 : 0.6
        case .fill, .type, .select:
            if !e.redacted && !p.redacted, let ev = e.value, let pv = p.value, ev != pv { value = 0.9 }
        default: break
        }
        return kind * locator * value
    }

    static func kindScore(_ a: ActionKind, _ b: ActionKind) -> Double {
        if a == b { return 1 }
        switch (a, b) {
        case (.fill, .type), (.type, .fill): return 0.9
        case (.click, .check), (.click, .uncheck), (.check, .click), (.uncheck, .click): return 0.8
        case (.click, .dblclick), (.dblclick, .click): return 0.6
        // A recorded change of a field's value (Chrome's `change`) is a fill or, on a select, a select.
        case (.fill, .select), (.select, .fill): return 0.8
        default: return 0
        }
    }

    /// Same page: equal after dropping scheme+host when one side is a path, a trailing slash and a fragment.
    static func sameURL(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        func norm(_ u: String, keepOrigin: Bool) -> String {
            var s = u
            if let hash = s.firstIndex(of: "#") { s = String(s[..<hash]) }
            if !keepOrigin, let scheme = s.range(of: "://") {
                s = s[scheme.upperBound...].firstIndex(of: "/").map { String(s[$0...]) } ?? "/"
            }
            while s.count > 1 && s.hasSuffix("/") { s.removeLast() }
            return s.isEmpty ? "/" : s
        }
        let bothAbsolute = a.contains("://") && b.contains("://")
        return norm(a, keepOrigin: bothAbsolute) == norm(b, keepOrigin: bothAbsolute)
    }

    /// Linear fallback for huge inputs: each expected action takes the next performed one that matches.
    static func greedy(expected: [Signature], performed: [Signature]) -> [Pair] {
        var pairs: [Pair] = []
        var j = 0
        for (i, e) in expected.enumerated() {
            let window = performed.indices.suffix(from: j).prefix(64)
            if let k = window.first(where: { score(e, performed[$0]) >= threshold }) {
                while j < k { pairs.append(Pair(expected: nil, performed: j, score: 0)); j += 1 }
                pairs.append(Pair(expected: i, performed: k, score: score(e, performed[k]))); j = k + 1
            } else {
                pairs.append(Pair(expected: i, performed: nil, score: 0))
            }
        }
        while j < performed.count { pairs.append(Pair(expected: nil, performed: j, score: 0)); j += 1 }
        return pairs
    }
}
