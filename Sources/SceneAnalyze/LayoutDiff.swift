public import SceneBundle

/// What changed between two layout snapshots, as a front-end developer would say it, each finding
/// tied to the changed pixels of the image comparison it explains. Pure.
///
/// Consequences are folded into their cause, so a reader sees causes:
/// - a style change inherited by descendants (same property, same old → new) is one finding on the
///   ancestor where it starts;
/// - elements added or removed with their parent belong to the parent's finding;
/// - an element that moved with its parent (same offset), because its own layout or its parent's
///   layout changed, or because its siblings were reordered, is not a move of its own; the
///   remaining moves are grouped by offset: "everything below moved down 12 px" is one finding;
/// - a size change is a finding only where nothing explains it: heights grow with their content, so
///   a height change is explained by any change inside the element, its own text or layout
///   styles, its width, or a sibling's change in a grid, flex or table row; widths come from the
///   parent, so a width change is explained by the parent's width, its own or its children's changes.
public enum LayoutDiff {
    /// Inherited properties: a change on an ancestor shows on every descendant that does not set its own.
    static let inherited: Set<String> = ["color", "font-family", "font-size", "font-weight", "font-style", "line-height",
                                         "letter-spacing", "text-align", "text-transform", "visibility"]
    /// Properties that move or resize the element, its content or what follows it.
    static let layoutAffecting: Set<String> = ["font-family", "font-size", "font-weight", "font-style", "line-height",
                                               "letter-spacing", "text-transform", "text-align", "border", "margin",
                                               "padding", "display", "position", "transform"]
    /// Displays whose children stretch together: one child growing resizes its siblings.
    static let stretchingDisplays: Set<String> = ["grid", "inline-grid", "flex", "inline-flex", "table-row"]
    /// Findings kept in a record (invisible ones dropped first).
    public static let maxFindings = 200

    /// The explanation of `comparison` (its regions and bands; nil: no pixel evidence, every finding
    /// counts as visible).
    public static func explain(baseline: PageLayout, observed: PageLayout, comparison: DiffRecord? = nil) -> LayoutExplanation {
        let pair = LayoutPair(baseline: baseline, observed: observed)
        var analysis = Analysis(pair: pair, scale: observed.scale)
        var drafts = analysis.drafts()
        let evidence = PixelEvidence(comparison: comparison)
        let unexplained = evidence.attribute(&drafts, observed: pair.observed, imageLike: { analysis.isImageLike($0) },
                                             shifted: { analysis.shifted.contains($0) })
        linkMovesToCauses(&drafts)
        drafts.sort { ($0.visible ? 1 : 0, $0.kind.priority, $0.pixels, -$0.order) > ($1.visible ? 1 : 0, $1.kind.priority, $1.pixels, -$1.order) }
        let words = FindingText(pair: pair, scale: observed.scale)
        let findings = drafts.prefix(maxFindings).map { words.finding($0) }
        return LayoutExplanation(
            findings: findings,
            unexplained: unexplained.map { UnexplainedRegion(region: $0.region, inside: $0.inside.map { words.label(observed: $0) }) },
            baselineElements: baseline.count, observedElements: observed.count,
            matchedElements: pair.toBaseline.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) },
            truncated: baseline.truncated || observed.truncated ? true : nil)
    }

    /// Whether a comparison has changes worth explaining: counted pixels, bands or a new size (pixels
    /// below the colour threshold are not a change).
    public static func worthExplaining(_ diff: DiffRecord) -> Bool {
        diff.diffPixels > 0 || diff.shiftAwareDiffPixels > 0 || !diff.bands.isEmpty || diff.sizeChanged
    }

    /// Content that moved shows its cause: the change just before it in document order (a margin that
    /// grew, a block inserted above) is visible when the move is, even if its own box kept its pixels.
    static func linkMovesToCauses(_ drafts: inout [Draft]) {
        let causes = drafts.indices.filter { drafts[$0].kind != .moved }.sorted { drafts[$0].order < drafts[$1].order }
        for m in drafts.indices where drafts[m].kind == .moved && drafts[m].visible {
            guard let cause = causes.last(where: { drafts[$0].order < drafts[m].order }) else { continue }
            drafts[cause].visible = true
        }
    }

    /// A finding before its words: which elements, what changed, where.
    struct Draft {
        var kind: LayoutFinding.Kind
        /// Observed and baseline element (either may be absent: added, removed).
        var observed: Int?
        var baseline: Int?
        /// Style property indices (into `LayoutPair.properties`) that changed, and text/src changes.
        var properties: [Int] = []
        var textChanged = false
        var srcChanged = false
        /// Moved: the offset in screenshot pixels; reordered: the siblings out of order.
        var offset: (dx: Int, dy: Int)?
        var related = 0
        /// Boxes in observed and baseline coordinates (a moved group's are unions).
        var box: LayoutBox?
        var baselineBox: LayoutBox?
        /// Position in the observed page's document order (twice the element index; a removed element
        /// sits on the odd number before the element that followed it), for causes and stable order.
        var order: Int
        var pixels = 0
        var regions: [Int] = []
        var bands: [Int] = []
        var visible = false
        /// Content changed without a source change: pixels only.
        var pixelsOnly = false
        /// A style change shared by `related` more elements of the same tag and classes (one CSS rule).
        var shared = false
    }

    /// Per-element differences of a pairing, and the drafts they make.
    struct Analysis {
        let pair: LayoutPair
        /// Screenshot pixels an element must move, or grow or shrink, to count (boxes are rounded).
        let tolerance = 1
        let sizeTolerance = 2
        let propertyIsInherited: [Bool]
        let propertyAffectsLayout: [Bool]
        let displayProperty: Int?
        let backgroundImageProperty: Int?
        /// Per observed element: changed style properties not inherited from the parent.
        var own: [Int: [Int]] = [:]
        /// Per observed element: an ancestor where its inherited changes start.
        var inheritedFrom: [Int: Int] = [:]
        /// Paired observed elements that moved or changed size (as a cause or as a consequence).
        var shifted = Set<Int>()

        init(pair: LayoutPair, scale: Double) {
            self.pair = pair
            propertyIsInherited = pair.properties.map { LayoutDiff.inherited.contains($0) }
            propertyAffectsLayout = pair.properties.map { LayoutDiff.layoutAffecting.contains($0) }
            displayProperty = pair.properties.firstIndex(of: "display")
            backgroundImageProperty = pair.properties.firstIndex(of: "background-image")
        }

        /// A child's change is its parent's when the values are the same, or when lengths in px
        /// changed by the same factor (`line-height: 1.6 → 1.9` computes to 25.6 → 30.4px on a 16px
        /// paragraph and to 33.6 → 39.9px on a 21px heading).
        func sameChange(_ p: Int, parent: (Int, Int), child: (Int, Int)) -> Bool {
            if parent == child { return true }
            guard let po = Self.pixels(pair.strings[parent.0]), let pn = Self.pixels(pair.strings[parent.1]),
                  let co = Self.pixels(pair.strings[child.0]), let cn = Self.pixels(pair.strings[child.1]),
                  po > 0, co > 0 else { return false }
            return abs(pn / po - cn / co) < 0.01
        }

        static func pixels(_ value: String) -> Double? {
            guard value.hasSuffix("px") else { return nil }
            return Double(value.dropLast(2))
        }

        private var a: LayoutPair.Side { pair.baseline }
        private var b: LayoutPair.Side { pair.observed }

        @inline(__always) func offset(_ j: Int, _ i: Int) -> (dx: Int, dy: Int, dw: Int, dh: Int) {
            (b.box[4 * j] - a.box[4 * i], b.box[4 * j + 1] - a.box[4 * i + 1],
             b.box[4 * j + 2] - a.box[4 * i + 2], b.box[4 * j + 3] - a.box[4 * i + 3])
        }

        func isImageLike(_ j: Int) -> Bool {
            if b.src[j] != 0 { return true }
            guard let p = backgroundImageProperty else { return false }
            return pair.strings[b.styleValue(j, p)] != "none"
        }

        mutating func drafts() -> [Draft] {
            let n = b.count
            let toA = pair.toBaseline, toB = pair.toObserved
            // Style differences, per distinct pair of style rows.
            var rowDiffs: [Int: [Int]] = [:]
            let rows = b.styleRows.count
            var changedStyle: [Int: [Int]] = [:]
            for j in 0..<n where toA[j] >= 0 {
                let i = toA[j]
                let key = a.style[i] * rows + b.style[j]
                let diff: [Int]
                if let known = rowDiffs[key] { diff = known } else {
                    let ra = a.styleRows[a.style[i]], rb = b.styleRows[b.style[j]]
                    diff = ra.indices.filter { ra[$0] != rb[$0] }
                    rowDiffs[key] = diff
                }
                if !diff.isEmpty { changedStyle[j] = diff }
            }
            // Inherited changes fold into the ancestor where they start (parents come first): the same
            // property with the same old and new values as the parent's.
            var inheritCount: [Int: Int] = [:]
            var foldedLayout = Set<Int>()
            var originOf: [Int: [Int: Int]] = [:]  // element → property → where its change starts
            for j in changedStyle.keys.sorted() {
                let diff = changedStyle[j]!
                let parent = b.parent[j], i = toA[j]
                var mine: [Int] = [], origins: [Int: Int] = [:]
                for p in diff {
                    if propertyIsInherited[p], parent >= 0, toA[parent] >= 0, let pd = changedStyle[parent], pd.contains(p),
                       sameChange(p, parent: (a.styleValue(toA[parent], p), b.styleValue(parent, p)), child: (a.styleValue(i, p), b.styleValue(j, p))) {
                        origins[p] = originOf[parent]?[p] ?? parent
                        if propertyAffectsLayout[p] { foldedLayout.insert(j) }
                    } else {
                        mine.append(p)
                    }
                }
                if let first = origins.values.min() {
                    originOf[j] = origins
                    inheritedFrom[j] = first
                    inheritCount[first, default: 0] += 1
                }
                if !mine.isEmpty { own[j] = mine }
            }
            // Own causes of layout changes: text, source, layout styles (own or inherited).
            var layoutCause = [Bool](repeating: false, count: n)
            var contentChange = [Bool](repeating: false, count: n)
            for j in 0..<n where toA[j] >= 0 {
                let i = toA[j]
                let textOrSrc = a.text[i] != b.text[j] || a.src[i] != b.src[j]
                let styled = own[j]?.contains { propertyAffectsLayout[$0] } ?? false
                layoutCause[j] = textOrSrc || styled || foldedLayout.contains(j)
                contentChange[j] = textOrSrc || own[j] != nil || inheritedFrom[j] != nil
            }
            // Geometry of every pair, and which children changed in any way.
            var moved = [Bool](repeating: false, count: n), widthChanged = moved, heightChanged = moved
            var anyChange = contentChange
            for j in 0..<n where toA[j] >= 0 {
                let d = offset(j, toA[j])
                moved[j] = abs(d.dx) >= tolerance || abs(d.dy) >= tolerance
                widthChanged[j] = abs(d.dw) >= sizeTolerance
                heightChanged[j] = abs(d.dh) >= sizeTolerance
                if moved[j] || widthChanged[j] || heightChanged[j] { anyChange[j] = true; shifted.insert(j) }
            }
            var childChange = [Bool](repeating: false, count: n)
            for j in 0..<n {
                if toA[j] < 0 { if b.parent[j] >= 0 { childChange[b.parent[j]] = true } ; continue }
                if anyChange[j], b.parent[j] >= 0 { childChange[b.parent[j]] = true }
                for c in a.childList(toA[j]) where toB[c] < 0 { childChange[j] = true; break }
            }
            // A cause somewhere in the subtree (not a mere consequence such as a move): children come
            // after their parent in document order, so a reverse walk sees them first.
            var causeBelow = [Bool](repeating: false, count: n)
            for j in stride(from: n - 1, through: 0, by: -1) {
                if toA[j] < 0 || layoutCause[j] { causeBelow[j] = true }
                else if a.childList(toA[j]).contains(where: { toB[$0] < 0 }) { causeBelow[j] = true }
                if causeBelow[j], b.parent[j] >= 0 { causeBelow[b.parent[j]] = true }
            }
            // Reordered siblings: children of a pair whose partners' order is not increasing.
            var reorderedParents: [Int: [Int]] = [:]
            for j in 0..<n where toA[j] >= 0 {
                let kids = a.childList(toA[j]).compactMap { c -> Int? in
                    let m = toB[c]
                    return m >= 0 && b.parent[m] == j ? m : nil
                }
                guard kids.count > 1 else { continue }
                let keep = Set(Self.increasingRun(kids))
                let out = kids.filter { !keep.contains($0) }
                if !out.isEmpty { reorderedParents[j] = out }
            }
            var drafts: [Draft] = []
            // Added and removed: whole subtrees, counted in the topmost element.
            drafts += subtrees(side: b, partner: toA, kind: .added)
            drafts += subtrees(side: a, partner: toB, kind: .removed)
            // Text, source and style changes of paired elements.
            for j in 0..<n where toA[j] >= 0 {
                let i = toA[j]
                let text = a.text[i] != b.text[j], src = a.src[i] != b.src[j]
                let props = own[j] ?? []
                guard text || src || !props.isEmpty else { continue }
                var d = Draft(kind: src ? .content : text ? .text : .style, observed: j, baseline: i, order: 2 * j)
                d.properties = props; d.textChanged = text; d.srcChanged = src
                d.related = inheritCount[j] ?? 0
                d.box = b.layoutBox(j); d.baselineBox = a.layoutBox(i)
                drafts.append(d)
            }
            drafts = Self.groupSharedStyles(drafts, pair: pair)
            for parent in reorderedParents.keys.sorted() {
                let out = reorderedParents[parent]!
                let first = out.min()!
                var d = Draft(kind: .reordered, observed: first, baseline: toA[first], order: 2 * first)
                d.related = out.count - 1
                // Everything that moved among these siblings is this finding's doing.
                let shifted = b.childList(parent).filter { toA[$0] >= 0 && moved[$0] } + [first]
                d.box = shifted.map { b.layoutBox($0) }.reduce(nil) { LayoutBox.union($0, $1) }
                d.baselineBox = shifted.map { a.layoutBox(toA[$0]) }.reduce(nil) { LayoutBox.union($0, $1) }
                drafts.append(d)
            }
            // Sizes nothing else explains.
            for j in 0..<n where toA[j] >= 0 && (widthChanged[j] || heightChanged[j]) {
                let parent = b.parent[j]
                let parentPaired = parent >= 0 && toA[parent] >= 0
                let ownCause = layoutCause[j] || childChange[j]
                let widthExplained = ownCause || !parentPaired || widthChanged[parent] || layoutCause[parent]
                var heightExplained = ownCause || widthChanged[j]
                if parent >= 0, let display = displayProperty,
                   LayoutDiff.stretchingDisplays.contains(pair.strings[b.styleValue(parent, display)]),
                   b.childList(parent).contains(where: { $0 != j && causeBelow[$0] }) {
                    heightExplained = true
                }
                if (widthChanged[j] && !widthExplained) || (heightChanged[j] && !heightExplained) {
                    var d = Draft(kind: .resized, observed: j, baseline: toA[j], order: 2 * j)
                    d.box = b.layoutBox(j); d.baselineBox = a.layoutBox(toA[j])
                    drafts.append(d)
                }
            }
            // Moves nothing else explains, grouped by offset.
            var roots: [(j: Int, dx: Int, dy: Int)] = []
            for j in 0..<n where toA[j] >= 0 && moved[j] {
                let d = offset(j, toA[j])
                let parent = b.parent[j]
                if layoutCause[j] || parent < 0 || toA[parent] < 0 || layoutCause[parent] || reorderedParents[parent] != nil { continue }
                let pd = offset(parent, toA[parent])
                if abs(pd.dx - d.dx) <= tolerance && abs(pd.dy - d.dy) <= tolerance && moved[parent] { continue }
                roots.append((j, d.dx, d.dy))
            }
            drafts += groupMoves(roots)
            return drafts
        }

        /// One draft per added (or removed) subtree: its topmost element, with the rest counted.
        private func subtrees(side: LayoutPair.Side, partner: [Int], kind: LayoutFinding.Kind) -> [Draft] {
            var top = [Int](repeating: -1, count: side.count)
            var drafts: [Draft] = []
            var draftOf: [Int: Int] = [:]
            for i in 0..<side.count where partner[i] < 0 {
                let p = side.parent[i]
                if p >= 0, partner[p] < 0 {
                    top[i] = top[p]
                    if let k = draftOf[top[i]] { drafts[k].related += 1 }
                    continue
                }
                top[i] = i
                draftOf[i] = drafts.count
                var d = Draft(kind: kind, observed: kind == .added ? i : nil, baseline: kind == .removed ? i : nil,
                              order: kind == .added ? 2 * i : observedOrder(ofRemoved: i))
                if kind == .added { d.box = side.layoutBox(i) } else { d.baselineBox = side.layoutBox(i) }
                drafts.append(d)
            }
            return drafts
        }

        /// Where a removed element stood in the observed page's document order: just before the first
        /// paired element that followed it (odd, between two observed positions).
        private func observedOrder(ofRemoved i: Int) -> Int {
            var k = i + 1
            while k < a.count && pair.toObserved[k] < 0 { k += 1 }
            return k < a.count ? 2 * pair.toObserved[k] - 1 : 2 * b.count + 1
        }

        /// Moves with the same offset (within the tolerance) are one finding, named by the first element.
        private func groupMoves(_ roots: [(j: Int, dx: Int, dy: Int)]) -> [Draft] {
            var groups: [[(j: Int, dx: Int, dy: Int)]] = []
            for r in roots.sorted(by: { ($0.dy, $0.dx, $0.j) < ($1.dy, $1.dx, $1.j) }) {
                if let last = groups.last?.first, abs(last.dx - r.dx) <= tolerance, abs(last.dy - r.dy) <= tolerance {
                    groups[groups.count - 1].append(r)
                } else {
                    groups.append([r])
                }
            }
            return groups.map { group in
                let members = group.map(\.j).sorted()
                let first = members[0]
                var d = Draft(kind: .moved, observed: first, baseline: pair.toBaseline[first], order: 2 * first)
                d.related = members.count - 1
                d.offset = (group[0].dx, group[0].dy)
                d.box = members.map { b.layoutBox($0) }.reduce(nil) { LayoutBox.union($0, $1) }
                d.baselineBox = members.map { a.layoutBox(pair.toBaseline[$0]) }.reduce(nil) { LayoutBox.union($0, $1) }
                return d
            }
        }

        /// The longest run of increasing values (kept in place; the others moved out of order).
        static func increasingRun(_ values: [Int]) -> [Int] {
            var tails: [Int] = [], tailIndex: [Int] = [], previous = [Int](repeating: -1, count: values.count)
            for (k, v) in values.enumerated() {
                var lo = 0, hi = tails.count
                while lo < hi { let mid = (lo + hi) / 2; if tails[mid] < v { lo = mid + 1 } else { hi = mid } }
                if lo > 0 { previous[k] = tailIndex[lo - 1] }
                if lo == tails.count { tails.append(v); tailIndex.append(k) } else { tails[lo] = v; tailIndex[lo] = k }
            }
            var run: [Int] = []
            var k = tailIndex.last ?? -1
            while k >= 0 { run.append(values[k]); k = previous[k] }
            return run.reversed()
        }

        /// Style changes shared by elements of the same tag and classes (one CSS rule changed) are one finding.
        static func groupSharedStyles(_ drafts: [Draft], pair: LayoutPair) -> [Draft] {
            struct Key: Hashable { var tag: Int, classes: Int, changes: [Int] }
            var result: [Draft] = []
            var index: [Key: Int] = [:]
            for d in drafts {
                guard d.kind == .style, let j = d.observed, let i = d.baseline else { result.append(d); continue }
                let values = d.properties.flatMap { [$0, pair.baseline.styleValue(i, $0), pair.observed.styleValue(j, $0)] }
                let key = Key(tag: pair.observed.tag[j], classes: pair.observed.classes[j], changes: values)
                if let k = index[key] {
                    result[k].related += 1 + d.related
                    result[k].shared = true
                    result[k].box = LayoutBox.union(result[k].box, d.box)
                    result[k].baselineBox = LayoutBox.union(result[k].baselineBox, d.baselineBox)
                } else {
                    index[key] = result.count
                    result.append(d)
                }
            }
            return result
        }
    }
}

extension LayoutFinding.Kind {
    /// What a reader wants to hear first: content and style changes are causes; a size change may be
    /// one; moves are mostly consequences.
    var priority: Int {
        switch self {
        case .added, .removed, .text, .style, .content, .reordered: return 2
        case .resized: return 1
        case .moved: return 0
        }
    }
}

extension LayoutPair.Side {
    func layoutBox(_ i: Int) -> LayoutBox { LayoutBox(x: box[4 * i], y: box[4 * i + 1], width: box[4 * i + 2], height: box[4 * i + 3]) }
}

extension LayoutBox {
    static func union(_ a: LayoutBox?, _ b: LayoutBox?) -> LayoutBox? {
        guard let a else { return b }
        guard let b else { return a }
        let x = min(a.x, b.x), y = min(a.y, b.y)
        return LayoutBox(x: x, y: y, width: max(a.x + a.width, b.x + b.width) - x, height: max(a.y + a.height, b.y + b.height) - y)
    }
    var area: Int { max(0, width) * max(0, height) }
    func intersection(x: Int, y: Int, width w: Int, height h: Int) -> Int {
        let ix = max(0, min(self.x + width, x + w) - max(self.x, x)), iy = max(0, min(self.y + height, y + h) - max(self.y, y))
        return ix * iy
    }
    func verticalOverlap(y: Int, height h: Int) -> Int { max(0, min(self.y + height, y + h) - max(self.y, y)) }
}
