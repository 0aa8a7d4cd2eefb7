import Foundation
import SceneBundle

/// The words of findings: element labels ("`#plan`", "`p.price`", with a text hint) and one sentence
/// per finding ("`p.price` “$29”: color #1f2937 → #ea580c"). Sizes and offsets in CSS pixels.
struct FindingText {
    let pair: LayoutPair
    let scale: Double
    private let baselineCounts: Counts
    private let observedCounts: Counts

    /// How often each id, test id and tag+classes occurs on one side: a selector names one element
    /// only when its key is unique.
    private struct Counts {
        var ids: [Int: Int] = [:], testIds: [Int: Int] = [:], tagClasses: [TagClasses: Int] = [:]
        init(_ s: LayoutPair.Side) {
            for i in 0..<s.count {
                if s.id[i] != 0 { ids[s.id[i], default: 0] += 1 }
                if s.testId[i] != 0 { testIds[s.testId[i], default: 0] += 1 }
                tagClasses[TagClasses(tag: s.tag[i], classes: s.classes[i], segment: 0), default: 0] += 1
                tagClasses[TagClasses(tag: s.tag[i], classes: s.classes[i], segment: s.path[i]), default: 0] += 1
            }
        }
    }
    /// Tag and classes, and the last path segment (`li:nth-of-type(3)`) or 0 for any.
    private struct TagClasses: Hashable { var tag: Int, classes: Int, segment: Int }

    init(pair: LayoutPair, scale: Double) {
        self.pair = pair
        self.scale = scale > 0 ? scale : 1
        baselineCounts = Counts(pair.baseline)
        observedCounts = Counts(pair.observed)
    }

    func label(observed i: Int) -> ElementLabel { label(pair.observed, i, observedCounts) }
    func label(baseline i: Int) -> ElementLabel { label(pair.baseline, i, baselineCounts) }

    private func string(_ i: Int) -> String { pair.strings[i] }

    /// What elements sharing a change have in common: their tag and classes.
    func sharedLabel(observed i: Int) -> ElementLabel {
        let s = pair.observed
        return ElementLabel(selector: Self.clip(string(s.tag[i]), 40) + classSuffix(s, i), path: label(observed: i).path, text: nil)
    }

    private func classSuffix(_ s: LayoutPair.Side, _ i: Int) -> String {
        string(s.classes[i]).split(separator: " ").prefix(2).map { "." + Self.clip(String($0), 40) }.joined()
    }

    private func label(_ s: LayoutPair.Side, _ i: Int, _ counts: Counts) -> ElementLabel {
        let tag = Self.clip(string(s.tag[i]), 40)
        let selector: String
        if s.id[i] != 0, counts.ids[s.id[i]] == 1 {
            selector = "#" + Self.clip(string(s.id[i]), 60)
        } else if s.testId[i] != 0, counts.testIds[s.testId[i]] == 1 {
            selector = "[data-testid=\"\(Self.clip(string(s.testId[i]), 60))\"]"
        } else {
            // Tag and classes; with the position among same-tag siblings when that alone names it.
            var text = tag + classSuffix(s, i)
            let segment = string(s.path[i])
            if counts.tagClasses[TagClasses(tag: s.tag[i], classes: s.classes[i], segment: 0)] ?? 0 > 1,
               counts.tagClasses[TagClasses(tag: s.tag[i], classes: s.classes[i], segment: s.path[i])] == 1,
               let nth = segment.range(of: ":nth-of-type(", options: .backwards) {
                text += segment[nth.lowerBound...].prefix { $0 != ">" }
            }
            selector = text
        }
        var segments: [String] = []
        var k = i
        while k >= 0 && segments.count < 64 { segments.append(string(s.path[k])); k = s.parent[k] }
        let words = s.text[i] != 0 ? string(s.text[i]) : string(s.name[i])
        return ElementLabel(selector: selector, path: Self.clip(segments.reversed().joined(separator: ">"), 1000),
                            text: words.isEmpty ? nil : Self.clip(words, 80))
    }

    func finding(_ d: LayoutDiff.Draft) -> LayoutFinding {
        let element = d.shared ? sharedLabel(observed: d.observed!)
            : d.observed.map { label(observed: $0) } ?? d.baseline.map { label(baseline: $0) } ?? ElementLabel(selector: "?", path: "")
        var changes: [PropertyChange] = []
        if let j = d.observed, let i = d.baseline {
            if d.srcChanged { changes.append(PropertyChange(property: "src", old: string(pair.baseline.src[i]), new: string(pair.observed.src[j]))) }
            if d.textChanged { changes.append(PropertyChange(property: "text", old: string(pair.baseline.text[i]), new: string(pair.observed.text[j]))) }
            for p in d.properties {
                changes.append(PropertyChange(property: pair.properties[p], old: string(pair.baseline.styleValue(i, p)),
                                              new: string(pair.observed.styleValue(j, p))))
            }
            if d.kind == .resized, let a = d.baselineBox, let b = d.box {
                changes.append(PropertyChange(property: "size", old: size(a), new: size(b)))
            }
            if d.kind == .moved, let a = d.baselineBox, let b = d.box {
                changes.append(PropertyChange(property: "position", old: "\(css(a.x)),\(css(a.y))", new: "\(css(b.x)),\(css(b.y))"))
            }
        }
        return LayoutFinding(kind: d.kind, element: element, summary: summary(d, element, changes), changes: changes, box: d.box,
                             baselineBox: d.baselineBox, related: d.related, pixels: d.pixels, regions: d.regions, bands: d.bands,
                             visible: d.visible)
    }

    private func summary(_ d: LayoutDiff.Draft, _ e: ElementLabel, _ changes: [PropertyChange]) -> String {
        let name = "`\(e.selector)`" + (e.text.map { " “\(Self.clip($0, 40))”" } ?? "")
        let others = d.related == 1 ? "1 more element" : "\(d.related) more elements"
        switch d.kind {
        case .added:
            let inside = d.related > 0 ? " with \(d.related) element\(d.related == 1 ? "" : "s") inside" : ""
            return "\(name) added (\(d.box.map(size) ?? "?") px)\(inside)"
        case .removed:
            let inside = d.related > 0 ? " with \(d.related) element\(d.related == 1 ? "" : "s") inside" : ""
            return "\(name) removed or hidden (was \(d.baselineBox.map(size) ?? "?") px)\(inside)"
        case .moved:
            let who = d.related > 0 ? "\(name) and \(others)" : name
            return "\(who) moved \(direction(d.offset ?? (0, 0)))"
        case .resized:
            guard let a = d.baselineBox, let b = d.box else { return "\(name) resized" }
            return "\(name) resized \(size(a)) → \(size(b)) px (\(growth(a, b)))"
        case .reordered:
            let also = d.related > 0 ? " (\(others) out of order)" : ""
            return "\(name) changed places among its siblings\(also)"
        case .content where d.pixelsOnly:
            return "\(name): its content changed (same source and styles, different pixels)"
        case .text, .style, .content:
            let words = changes.map { c -> String in
                switch c.property {
                case "text": return "text “\(Self.clip(c.old, 60))” → “\(Self.clip(c.new, 60))”"
                case "src": return "source \(Self.clip(c.old, 60)) → \(Self.clip(c.new, 60))"
                default: return "\(c.property) \(Self.clip(c.old, 60)) → \(Self.clip(c.new, 60))"
                }
            }
            let shown = words.prefix(3).joined(separator: ", ") + (words.count > 3 ? ", and \(words.count - 3) more" : "")
            // A shared change names the rule's elements; an inherited one says how far it reaches.
            let subject = d.shared ? "`\(e.selector)` (\(d.related + 1) elements)" : d.textChanged ? "`\(e.selector)`" : name
            let spread = d.shared || d.related == 0 ? "" : " (\(others) inherit it)"
            return "\(subject): \(shown)\(spread)"
        }
    }

    private func css(_ v: Int) -> Int { Int((Double(v) / scale).rounded()) }
    private func size(_ b: LayoutBox) -> String { "\(css(b.width))×\(css(b.height))" }

    private func growth(_ a: LayoutBox, _ b: LayoutBox) -> String {
        var parts: [String] = []
        let dh = css(b.height) - css(a.height), dw = css(b.width) - css(a.width)
        if dh != 0 { parts.append("\(abs(dh)) px \(dh > 0 ? "taller" : "shorter")") }
        if dw != 0 { parts.append("\(abs(dw)) px \(dw > 0 ? "wider" : "narrower")") }
        return parts.isEmpty ? "under 1 px" : parts.joined(separator: ", ")
    }

    private func direction(_ o: (dx: Int, dy: Int)) -> String {
        var parts: [String] = []
        let dy = css(o.dy), dx = css(o.dx)
        if dy != 0 { parts.append("\(dy > 0 ? "down" : "up") \(abs(dy)) px") }
        if dx != 0 { parts.append("\(dx > 0 ? "right" : "left") \(abs(dx)) px") }
        return parts.isEmpty ? "under 1 px" : parts.joined(separator: " and ")
    }

    /// At most `limit` characters, control characters dropped and backticks made quotes: a page's
    /// text is hostile, and the backticks of a summary are the ones around selectors (Markdown code).
    static func clip(_ s: String, _ limit: Int) -> String {
        var clean = s.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            ? String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })) : s
        if clean.contains("`") { clean = clean.replacingOccurrences(of: "`", with: "'") }
        return clean.count > limit ? String(clean.prefix(limit)) + "…" : clean
    }
}
