public import SceneBundle
public import SceneConfig

extension KnownChanges {
    /// Marks the comparison's changes (regions, inserted and removed bands) whose fingerprint is a
    /// known change. When any is, the comparison's `level` becomes the level of the other changes
    /// alone — the shift-aware changed share less the known changes' pixels, against the same
    /// thresholds; `none` when every change is known — and `known` says what was left out and the
    /// level measured.
    /// A comparison below `minor` (none, noise) is left as it is.
    public func mark(_ diff: inout DiffRecord, thresholds: Thresholds) {
        guard !isEmpty, diff.level >= .minor else { return }
        var total = 0, knownPixels = 0, knownChanges = 0
        for i in diff.regions.indices {
            total += diff.regions[i].pixels
            guard let change = match(diff.regions[i].fingerprint) else { continue }
            diff.regions[i].known = KnownMark(change)
            knownPixels += diff.regions[i].pixels; knownChanges += 1
        }
        for i in diff.bands.indices where diff.bands[i].kind != .moved {
            let pixels = diff.bands[i].height * diff.width
            total += pixels
            guard let change = match(diff.bands[i].fingerprint) else { continue }
            diff.bands[i].known = KnownMark(change)
            knownPixels += pixels; knownChanges += 1
        }
        guard knownChanges > 0 else { return }
        let measured = diff.level
        // The share the thresholds are about is the shift-aware one (rows that moved are not changes),
        // not the plain diff's, which counts every pixel below an inserted band.
        let canvas = max(diff.width, diff.expectedWidth) * max(diff.height, diff.expectedHeight)
        let changed = diff.shiftAwareDiffPixels + Band.changedPixels(of: diff.bands, width: diff.width)
        let rest = Double(max(0, changed - knownPixels)) * 100 / Double(max(canvas, 1))
        diff.level = knownPixels == total ? .none
            : min(measured, DiffLevel(changedPercent: rest, minorPercent: thresholds.minor, majorPercent: thresholds.major))
        diff.known = KnownSummary(changes: knownChanges, pixels: knownPixels, measuredLevel: measured)
    }
}
