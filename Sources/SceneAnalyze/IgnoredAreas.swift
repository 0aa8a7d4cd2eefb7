public import SceneBundle
public import SceneConfig
public import SceneDiff
import SceneImaging

/// A page's ignored areas in one comparison (`Page.ignore`, docs/DIFF.md). The comparison leaves
/// them out like a mask (they are blanked in both images before counting, so they neither count
/// nor break the row alignment), but the files keep their pixels, and each area is then measured
/// on its own: pixelmatch on its crops of both images, against its tolerance.
public struct IgnoredAreas: Sendable {
    struct Area: Sendable {
        let spec: IgnoredArea
        let region: IgnoreRegion
    }
    let areas: [Area]

    /// No area.
    public init() { areas = [] }

    /// The page's areas where its screenshot was taken, top to bottom: `boxes` are the capture's
    /// (`CaptureSummary.ignoredAreas`, screenshot pixels, one list per configured area).
    public init(page: Page, boxes: [[[Int]]]?) {
        let boxes = boxes ?? []
        areas = (page.ignore ?? []).enumerated().flatMap { index, spec -> [Area] in
            let found = index < boxes.count ? boxes[index] : []
            return found.compactMap { box in
                guard box.count == 4, box[2] > 0, box[3] > 0, box[0] + box[2] > 0, box[1] + box[3] > 0 else { return nil }
                return Area(spec: spec, region: IgnoreRegion(x: max(0, box[0]), y: max(0, box[1]),
                                                             width: box[2] + min(0, box[0]), height: box[3] + min(0, box[1])))
            }
        }.sorted { ($0.region.y1, $0.region.x1) < ($1.region.y1, $1.region.x1) }
    }

    public var isEmpty: Bool { areas.isEmpty }
    /// What the comparison leaves out.
    public var regions: [IgnoreRegion] { areas.map(\.region) }

    /// Rows of an area compared at once: the crops stay small whatever the area's height.
    static let sliceRows = 256
    /// pixelmatch's anti-aliasing test reads two pixels around each one.
    static let context = 2

    /// Each area with its changed pixels, measured on `images` (both files unmasked; nil when they
    /// are byte-identical) at the row offset where its content changed least among none and those
    /// of `result`'s moved bands and row pairings that cross it, and the heights of the bands
    /// inserted or removed above it (content that moved with the rows above it is compared where
    /// it went, even when the areas, blanked where the observed page has them, made the alignment
    /// pair other rows).
    public func measure(_ result: DiffResult, images: ComparedImages?, pixelmatch: PixelmatchOptions) throws -> [IgnoredAreaResult] {
        let options = pixelmatch.countedPixelsOnly
        return try areas.map { area in
            let r = area.region
            // Clipped to the observed image (an area below a shorter screenshot has no pixels).
            let columns = min(r.x1, result.width)..<min(r.x2 + 1, result.width)
            let rows = min(r.y1, result.height)..<min(r.y2 + 1, result.height)
            var changed = 0
            if let images, !columns.isEmpty && !rows.isEmpty {
                let crossing = { (start: Int, count: Int) in start < rows.upperBound && start + count > rows.lowerBound }
                let paired = (result.rowPairings ?? []).filter { crossing($0.observedStart, $0.count) }.map { $0.expectedStart - $0.observedStart }
                let moved = result.bands.compactMap { band in
                    band.kind == .moved && crossing(band.y, band.height) ? band.fromY.map { $0 - band.y } : nil
                }
                // Rows inserted (removed) above push content down (up) by their height: each band alone, and all of them.
                let pushed = result.bands.filter { $0.kind != .moved && $0.y < rows.lowerBound }.map { $0.kind == .inserted ? -$0.height : $0.height }
                let offsets = Set([0, pushed.reduce(0, +)] + pushed + paired + moved).sorted { abs($0) < abs($1) }
                changed = Int.max
                for offset in offsets where changed > 0 {
                    changed = min(changed, try count(columns: columns, rows: rows, offset: offset, result: result, images: images, options: options))
                }
            }
            let total = max(1, columns.count * rows.count)
            let exceeded = area.spec.maxDiffPixels.map { changed > $0 } == true
                || area.spec.maxDiffRatio.map { Double(changed) / Double(total) > $0 } == true
            return IgnoredAreaResult(area: area.spec.label, x: r.x1, y: r.y1, width: columns.count, height: rows.count,
                                     changedPixels: changed, maxDiffPixels: area.spec.maxDiffPixels,
                                     maxDiffRatio: area.spec.maxDiffRatio, exceeded: exceeded)
        }
    }

    /// Changed pixels of the observed `columns` × `rows` against the expected rows `offset` further down.
    private func count(columns: Range<Int>, rows: Range<Int>, offset: Int, result: DiffResult, images: ComparedImages,
                       options: PixelmatchOptions) throws -> Int {
        let context = Self.context
        let cropColumns = max(0, columns.lowerBound - context)..<min(result.width, columns.upperBound + context)
        let stride = cropColumns.count * 4
        var changed = 0
        var top = rows.lowerBound
        while top < rows.upperBound {
            let bottom = min(rows.upperBound, top + Self.sliceRows)
            let cropRows = max(0, top - context)..<min(result.height, bottom + context)
            var observed = [UInt8](repeating: 0, count: cropRows.count * stride), expected = observed
            copy(try images.observedRows(cropRows), imageWidth: result.width, columns: cropColumns, rowCount: cropRows.count, into: &observed)
            // Expected rows outside the expected image stay transparent: pixels there count as changed.
            let wanted = (cropRows.lowerBound + offset)..<(cropRows.upperBound + offset)
            let present = max(0, wanted.lowerBound)..<min(result.expectedHeight, wanted.upperBound)
            if !present.isEmpty {
                var part = [UInt8](repeating: 0, count: present.count * stride)
                copy(try images.expectedRows(present), imageWidth: result.expectedWidth, columns: cropColumns, rowCount: present.count, into: &part)
                let at = (present.lowerBound - wanted.lowerBound) * stride
                expected.replaceSubrange(at..<(at + part.count), with: part)
            }
            let mask = Pixelmatch.compare(RGBAImage(width: cropColumns.count, height: cropRows.count, pixels: expected),
                                          RGBAImage(width: cropColumns.count, height: cropRows.count, pixels: observed),
                                          options: options, drawOutput: true).output!.pixels
            for y in top..<bottom {
                let row = (y - cropRows.lowerBound) * stride
                for x in columns where mask[row + (x - cropColumns.lowerBound) * 4 + 3] != 0 { changed += 1 }
            }
            top = bottom
        }
        return changed
    }

    /// Copies `columns` of `rowCount` rows of an image `imageWidth` pixels wide (columns past its
    /// edge stay transparent).
    private func copy(_ rows: UnsafePointer<UInt8>, imageWidth: Int, columns: Range<Int>, rowCount: Int, into crop: inout [UInt8]) {
        let count = max(0, min(imageWidth, columns.upperBound) - columns.lowerBound)
        guard count > 0 else { return }
        let stride = columns.count * 4
        crop.withUnsafeMutableBufferPointer { out in
            for y in 0..<rowCount {
                (out.baseAddress! + y * stride).update(from: rows + y * imageWidth * 4 + columns.lowerBound * 4, count: count * 4)
            }
        }
    }
}

extension DiffRecord {
    /// The ignored areas whose changed pixels are more than their tolerance.
    public var exceededAreas: [IgnoredAreaResult] { (ignoredAreas ?? []).filter(\.exceeded) }
}
