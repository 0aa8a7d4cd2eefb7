import SceneBundle

/// Ties findings to the changed pixels of an image comparison: each changed region goes to the
/// finding whose box fits it best, each shift-aware band to the finding that inserted, removed or
/// moved those rows. Regions nothing explains are pinned on the smallest element they lie in; inside
/// an image, a canvas, a frame or a background image that element's content changed.
struct PixelEvidence {
    let comparison: DiffRecord?

    /// Fills `pixels`, `regions`, `bands` and `visible` of the drafts, adds a content draft per image
    /// whose pixels alone changed, and returns the regions left unexplained (with the element they lie in).
    /// `shifted`: paired elements that moved or changed size; a region inside one of them that no
    /// finding's box covers is a consequence (a sidebar stretched by the article beside it) and goes
    /// to the finding that explains the most pixels.
    func attribute(_ drafts: inout [LayoutDiff.Draft], observed: LayoutPair.Side, imageLike: (Int) -> Bool,
                   shifted: (Int) -> Bool) -> [(region: Int, inside: Int?)] {
        guard let comparison else {
            for k in drafts.indices { drafts[k].visible = true }
            return []
        }
        var unexplained: [(region: Int, inside: Int?)] = []
        for (k, region) in comparison.regions.enumerated() {
            if let best = bestDraft(for: region, drafts) {
                drafts[best].regions.append(k)
                drafts[best].pixels += region.pixels
                continue
            }
            let inside = smallestElement(containing: region, observed)
            if let image = inside.flatMap({ imageAncestor($0, region: region, observed, imageLike) }) {
                if let existing = drafts.firstIndex(where: { $0.pixelsOnly && $0.observed == image }) {
                    drafts[existing].regions.append(k); drafts[existing].pixels += region.pixels
                } else {
                    var d = LayoutDiff.Draft(kind: .content, observed: image, baseline: nil, order: image)
                    d.pixelsOnly = true
                    d.box = observed.layoutBox(image)
                    d.regions = [k]; d.pixels = region.pixels
                    drafts.append(d)
                }
            } else {
                unexplained.append((k, inside))
            }
        }
        // Regions inside elements that moved or resized as a consequence: the main cause's.
        if let cause = drafts.indices.filter({ drafts[$0].kind != .moved && !drafts[$0].pixelsOnly })
            .max(by: { (drafts[$0].pixels, drafts[$0].kind.priority) < (drafts[$1].pixels, drafts[$1].kind.priority) }) {
            unexplained.removeAll { entry in
                var i = entry.inside ?? -1
                while i >= 0 && !shifted(i) { i = observed.parent[i] }
                guard i >= 0 else { return false }
                drafts[cause].regions.append(entry.region)
                drafts[cause].pixels += comparison.regions[entry.region].pixels
                return true
            }
        }
        let shifted = comparison.bands.contains { $0.kind != .moved }
        for (k, band) in comparison.bands.enumerated() {
            guard let best = bestDraft(for: band, drafts) else { continue }
            drafts[best].bands.append(k)
            if band.kind != .moved { drafts[best].pixels += band.height * comparison.width }
        }
        for k in drafts.indices {
            let d = drafts[k]
            drafts[k].visible = d.pixels > 0 || !d.bands.isEmpty || (d.kind == .moved && shifted && (d.offset?.dy ?? 0) != 0)
        }
        return unexplained
    }

    /// The draft whose boxes overlap the region best (intersection over union); moves only when
    /// nothing else overlaps it.
    private func bestDraft(for region: Region, _ drafts: [LayoutDiff.Draft]) -> Int? {
        for movesOnly in [false, true] {
            var best: (index: Int, score: Double)?
            for (k, d) in drafts.enumerated() where (d.kind == .moved) == movesOnly {
                for box in [d.box, d.baselineBox].compactMap({ $0 }) {
                    let overlap = box.intersection(x: region.x, y: region.y, width: region.width, height: region.height)
                    guard overlap > 0 else { continue }
                    let score = Double(overlap) / Double(box.area + region.width * region.height - overlap)
                    if score > best?.score ?? 0 { best = (k, score) }
                }
            }
            if let best { return best.index }
        }
        return nil
    }

    /// Inserted rows go to what was added or grew there, removed rows (baseline coordinates) to what
    /// was removed or shrank, moved rows to the move with the same offset.
    private func bestDraft(for band: Band, _ drafts: [LayoutDiff.Draft]) -> Int? {
        var best: (index: Int, score: Double)?
        for (k, d) in drafts.enumerated() {
            let box: LayoutBox?
            let preferred: Bool
            switch band.kind {
            case .inserted:
                box = d.box; preferred = d.kind == .added || d.kind == .resized
            case .removed:
                box = d.baselineBox; preferred = d.kind == .removed || d.kind == .resized
            case .moved:
                box = d.box
                preferred = (d.kind == .moved || d.kind == .reordered) && abs((d.offset?.dy ?? 0) - (band.y - (band.fromY ?? band.y))) <= 2
            }
            guard let box else { continue }
            // Rows inserted or removed next to an element (a margin that grew) are its doing too.
            let reach = band.kind != .moved && d.kind != .moved ? band.height : 0
            let overlap = box.verticalOverlap(y: band.y - reach, height: band.height + 2 * reach)
            guard overlap > 0 else { continue }
            let score = Double(overlap) / Double(box.height + band.height - overlap) + (preferred ? 1 : 0)
            if score > best?.score ?? 0 { best = (k, score) }
        }
        return best?.index
    }

    /// The smallest observed element whose box holds the region's centre.
    private func smallestElement(containing region: Region, _ side: LayoutPair.Side) -> Int? {
        let cx = region.x + region.width / 2, cy = region.y + region.height / 2
        var best: (index: Int, area: Int)?
        for i in 0..<side.count {
            let x = side.box[4 * i], y = side.box[4 * i + 1], w = side.box[4 * i + 2], h = side.box[4 * i + 3]
            guard cx >= x, cx < x + w, cy >= y, cy < y + h else { continue }
            let area = w * h
            if area <= best?.area ?? .max { best = (i, area) }
        }
        return best?.index
    }

    /// `element` or its nearest ancestor that shows an image: a source (img, video, canvas, svg,
    /// frame), or a background image the region covers a twentieth of at least (a page-wide
    /// background does not swallow every speck of rendering noise).
    private func imageAncestor(_ element: Int, region: Region, _ side: LayoutPair.Side, _ imageLike: (Int) -> Bool) -> Int? {
        var i = element
        while i >= 0 {
            if side.src[i] != 0 { return i }
            if imageLike(i), region.width * region.height * 20 >= side.box[4 * i + 2] * side.box[4 * i + 3] { return i }
            i = side.parent[i]
        }
        return nil
    }
}
