public import SceneBundle

/// Shift-aware bands as a person reads them. The row alignment reports every run of rows
/// it could not pair; on a real page one inserted paragraph also leaves dozens of one-row
/// "moved", "inserted" and "removed" bands where repeated rows (blank lines, the tops of
/// glyphs) were paired with a twin a little further on. Grouping keeps one entry per block
/// that changed and sets those small bands aside.
public struct BandGroup: Sendable, Equatable {
    public enum Kind: String, Sendable { case inserted, removed, moved, changed }
    public var kind: Kind
    /// Rows of the observed image the group covers; a pure removal covers none and sits
    /// where the removed rows were.
    public var y: Int
    public var height: Int
    /// Rows of the expected image the group replaced or took its rows from (none for a pure insertion).
    public var expectedY: Int
    public var expectedHeight: Int
    /// Rows the content below the group moved down by (negative: up).
    public var shift: Int
    /// Bands merged into this group.
    public var bands: Int
}

public enum BandGrouping {
    /// Groups `bands` (as `DiffRecord.bands` holds them). Bands of at least `minRows` rows
    /// closer than `gap` rows become one group; smaller bands join a group they touch
    /// (within `gap`) and are otherwise returned as `detail`, unless no band reaches
    /// `minRows` at all: then every band counts (a 1-px rule inserted alone is a change).
    public static func group(_ bands: [Band], minRows: Int = 3, gap: Int = 32) -> (groups: [BandGroup], detail: [Band]) {
        let items = placed(bands)
        let hasLarge = items.contains { $0.band.height >= minRows }
        let isLarge = { (item: Item) in !hasLarge || item.band.height >= minRows }
        var clusters: [[Item]] = []
        for item in items.filter(isLarge).sorted(by: { ($0.y, $0.expectedY) < ($1.y, $1.expectedY) }) {
            if let last = clusters.last, item.y <= end(last) + gap { clusters[clusters.count - 1].append(item) } else { clusters.append([item]) }
        }
        var detail: [Band] = []
        for item in items where !isLarge(item) {
            if let k = clusters.firstIndex(where: { item.y + item.height >= start($0) - gap && item.y <= end($0) + gap }) {
                clusters[k].append(item)
            } else {
                detail.append(item.band)
            }
        }
        return (clusters.map { summary($0, minRows: hasLarge ? minRows : 0) }, detail)
    }

    /// A band with its place in both images.
    struct Item {
        var band: Band
        /// Observed rows (none for a removal).
        var y: Int, height: Int
        /// Expected rows (none for an insertion).
        var expectedY: Int, expectedHeight: Int
    }

    /// Puts removals, which the alignment reports in expected rows, in observed rows too
    /// (and insertions in expected rows), by walking both in order while tracking how far
    /// the content has shifted so far. Moves keep their own two positions.
    static func placed(_ bands: [Band]) -> [Item] {
        let inserted = bands.filter { $0.kind == .inserted }.sorted { $0.y < $1.y }
        let removed = bands.filter { $0.kind == .removed }.sorted { $0.y < $1.y }
        var items = bands.filter { $0.kind == .moved }.map {
            Item(band: $0, y: $0.y, height: $0.height, expectedY: $0.fromY ?? $0.y, expectedHeight: $0.height)
        }
        var i = 0, r = 0, offset = 0  // observed row = expected row + offset, above the next band
        while i < inserted.count || r < removed.count {
            if r == removed.count || (i < inserted.count && inserted[i].y - offset <= removed[r].y) {
                let b = inserted[i]
                items.append(Item(band: b, y: b.y, height: b.height, expectedY: b.y - offset, expectedHeight: 0))
                offset += b.height; i += 1
            } else {
                let b = removed[r]
                items.append(Item(band: b, y: b.y + offset, height: 0, expectedY: b.y, expectedHeight: b.height))
                offset -= b.height; r += 1
            }
        }
        return items
    }

    private static func start(_ cluster: [Item]) -> Int { cluster.map(\.y).min() ?? 0 }
    private static func end(_ cluster: [Item]) -> Int { cluster.map { $0.y + $0.height }.max() ?? 0 }

    private static func summary(_ cluster: [Item], minRows: Int) -> BandGroup {
        let kinds = Set(cluster.filter { $0.band.height >= minRows }.map(\.band.kind))
        let kind: BandGroup.Kind = kinds.count == 1 ? BandGroup.Kind(rawValue: kinds.first!.rawValue)! : .changed
        let y = start(cluster), expectedY = cluster.map(\.expectedY).min() ?? 0
        let expectedEnd = cluster.map { $0.expectedY + $0.expectedHeight }.max() ?? expectedY
        let shift = cluster.reduce(0) { total, item in
            switch item.band.kind {
            case .inserted: total + item.band.height
            case .removed: total - item.band.height
            case .moved: total
            }
        }
        return BandGroup(kind: kind, y: y, height: end(cluster) - y, expectedY: expectedY, expectedHeight: expectedEnd - expectedY,
                         shift: shift, bands: cluster.count)
    }
}
