/// What changed on the page behind a comparison, in words: the element and style changes found by
/// comparing the two screenshots' layout snapshots (`layout.json`), each tied to the changed
/// pixels it explains. Kept in `DiffRecord.explanation` (execution.json) for the report and scripts.
public struct LayoutExplanation: Codable, Sendable, Hashable {
    /// Most significant first: visible before invisible, content and style before geometry, then
    /// by the changed pixels explained.
    public var findings: [LayoutFinding]
    /// Changed regions (indices into the comparison's `regions`) that no element or style change
    /// explains: rendering noise, or a change inside something the layout cannot see into.
    public var unexplained: [UnexplainedRegion]
    /// Elements in each layout snapshot, and how many were paired.
    public var baselineElements: Int
    public var observedElements: Int
    public var matchedElements: Int
    /// A snapshot stopped at its element limit: changes further down the page are not seen.
    public var truncated: Bool?

    public init(findings: [LayoutFinding], unexplained: [UnexplainedRegion], baselineElements: Int, observedElements: Int,
                matchedElements: Int, truncated: Bool? = nil) {
        self.findings = findings; self.unexplained = unexplained; self.baselineElements = baselineElements
        self.observedElements = observedElements; self.matchedElements = matchedElements; self.truncated = truncated
    }

    /// The finding to name first (summary.md, the dashboard): the first visible one.
    public var top: LayoutFinding? { findings.first { $0.visible } }
}

/// One change: an element added, removed, moved, resized, its text, style or content changed, or
/// siblings reordered.
public struct LayoutFinding: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case added, removed, moved, resized, text, style, content, reordered
    }
    public var kind: Kind
    /// The element, as a reader finds it in the page.
    public var element: ElementLabel
    /// One sentence: "`p.price` “$29”: color #1f2937 → #ea580c".
    public var summary: String
    /// Old → new values: style properties by their CSS names, `text`, `src`, `size`, `position`.
    public var changes: [PropertyChange]
    /// Where the element is in the observed screenshot (absent for a removed element), and where it
    /// was in the baseline's (absent for an added one); screenshot pixels.
    public var box: LayoutBox?
    public var baselineBox: LayoutBox?
    /// Elements this finding stands for beyond its own: descendants added or removed with it,
    /// elements moved together, elements that inherit the style change or share it.
    public var related: Int
    /// Changed pixels this finding explains (inserted and removed bands count in full).
    public var pixels: Int
    /// Indices into the comparison's `regions` and `bands` that this finding explains.
    public var regions: [Int]
    public var bands: [Int]
    /// False when no changed pixel lies in the element's box: the change exists in the page but
    /// does not show (covered by another element, or same pixels).
    public var visible: Bool

    public init(kind: Kind, element: ElementLabel, summary: String, changes: [PropertyChange], box: LayoutBox?,
                baselineBox: LayoutBox?, related: Int = 0, pixels: Int = 0, regions: [Int] = [], bands: [Int] = [],
                visible: Bool = false) {
        self.kind = kind; self.element = element; self.summary = summary; self.changes = changes; self.box = box
        self.baselineBox = baselineBox; self.related = related; self.pixels = pixels; self.regions = regions
        self.bands = bands; self.visible = visible
    }
}

/// An element as a reader finds it: a short selector (`#plan`, `[data-testid="buy"]`, `p.price`),
/// its stable path from the root, and its text or accessible name when it has one.
public struct ElementLabel: Codable, Sendable, Hashable {
    public var selector: String
    public var path: String
    public var text: String?
    public init(selector: String, path: String, text: String? = nil) {
        self.selector = selector; self.path = path; self.text = text
    }
}

public struct PropertyChange: Codable, Sendable, Hashable {
    public var property: String
    public var old: String
    public var new: String
    public init(property: String, old: String, new: String) { self.property = property; self.old = old; self.new = new }
}

public struct LayoutBox: Codable, Sendable, Hashable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) { self.x = x; self.y = y; self.width = width; self.height = height }
}

/// A changed region no finding explains, and the smallest element of the observed page it lies in.
public struct UnexplainedRegion: Codable, Sendable, Hashable {
    public var region: Int
    public var inside: ElementLabel?
    public init(region: Int, inside: ElementLabel?) { self.region = region; self.inside = inside }
}
