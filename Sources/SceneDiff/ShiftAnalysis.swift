import SceneBundle

/// What the row alignment says about two images: bands inserted, removed or moved,
/// and the row pairs still to be compared pixel by pixel.
struct ShiftAnalysis: Sendable {
    /// Rows of the expected image (at `aStart`) paired with rows of the observed one (at `bStart`).
    struct Pairing: Sendable, Equatable { var aStart: Int, bStart: Int, count: Int }

    var bands: [Band] = []
    var pairings: [Pairing] = []

    /// True when nothing moved: every unmatched row sits where it was and sizes are equal.
    var isIdentity: Bool { bands.isEmpty && pairings.allSatisfy { $0.aStart == $0.bStart } }

    init(hashesA: [UInt64], hashesB: [UInt64]) {
        var inserted: [Band] = [], removed: [Band] = []
        for hunk in RowAlignment.hunks(hashesA, hashesB) {
            let paired = min(hunk.aCount, hunk.bCount)
            if paired > 0 { pairings.append(Pairing(aStart: hunk.aStart, bStart: hunk.bStart, count: paired)) }
            if hunk.bCount > paired { inserted.append(Band(kind: .inserted, y: hunk.bStart + paired, height: hunk.bCount - paired)) }
            if hunk.aCount > paired { removed.append(Band(kind: .removed, y: hunk.aStart + paired, height: hunk.aCount - paired)) }
        }
        // A removed band whose rows reappear, unchanged, as an inserted band has moved.
        var moved: [Band] = []
        for r in removed {
            if let k = inserted.firstIndex(where: { $0.height == r.height && hashesA[r.y..<(r.y + r.height)].elementsEqual(hashesB[$0.y..<($0.y + $0.height)]) }) {
                moved.append(Band(kind: .moved, y: inserted[k].y, height: r.height, fromY: r.y))
                inserted.remove(at: k)
            } else {
                moved.append(r)
            }
        }
        bands = (inserted + moved).sorted { ($0.y, $0.kind.rawValue) < ($1.y, $1.kind.rawValue) }
    }
}
