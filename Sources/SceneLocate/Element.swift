/// One element of a page snapshot, exactly as `assets/runner/snapshot.js` reports it.
/// Every field but `index` and `tag` may be absent; unknown keys are ignored.
public struct Element: Sendable, Equatable, Codable, Hashable {
    public var index: Int
    public var tag: String
    /// Explicit `role` attribute or the implicit ARIA role (Playwright's choices).
    public var role: String?
    /// Accessible name (aria-labelledby, aria-label, label, alt, title, placeholder, content).
    public var name: String?
    public var text: String?
    public var id: String?
    /// `data-testid`, else `data-test-id`, else `data-test`.
    public var testId: String?
    /// The attribute `testId` came from when it is not `data-testid`.
    public var testIdAttr: String?
    public var ariaLabel: String?
    public var placeholder: String?
    /// The `name` attribute.
    public var nameAttr: String?
    public var type: String?
    public var classes: [String]?
    public var href: String?
    /// Text of the label(s) associated with a form control.
    public var label: String?
    /// The label is there for screen readers only (visually hidden): a person reads the placeholder.
    public var labelHidden: Bool?
    /// Current value of a text field, or the selected option of a select. Never for passwords.
    public var value: String?
    public var checked: Bool?
    public var disabled: Bool?
    public var xpath: String?
    /// CSS path; inside a shadow root, the host's path and the inner path joined by " >> ".
    public var cssPath: String?
    public var box: Box?
    public var inViewport: Bool?
    /// `elementFromPoint` at the centre finds this element (or something inside it, or its label).
    public var isTop: Bool?
    /// False for text-bearing elements (headings, paragraphs) kept for waits and assertions.
    public var interactive: Bool?
    /// Tag names from the root down to the parent (shadow hosts included).
    public var ancestors: [String]?
    /// CSS selector of the iframe holding the element (nested: joined by " >> "); nil = main frame.
    public var frame: String?
    /// The `title` attribute (a tooltip: icon buttons often carry their words there).
    public var title: String?
    /// Text of the nearest repeated unit around the element: its table row, list item, article,
    /// card or form field (one of several siblings alike). What tells one "Edit" from the next.
    public var container: String?
    /// The unit's role or tag: row, listitem, article, div, label, ...
    public var containerRole: String?
    /// Landmarks and named groups around the element, nearest first: "navigation: Main",
    /// "contentinfo", "dialog: Cookie consent", "group: Payment", "columnheader", ...
    public var regions: [String]?
    /// The last heading before the element within its section (the card's title, the form part's legend).
    public var heading: String?
    /// The header of the table column it sits in ("Tue 10 Mar" above a time slot's button).
    public var column: String?
    /// The option texts of a select (at most 50).
    public var options: [String]?
    /// [index, count] among the visible controls of its role in its nearest named area (a form,
    /// dialog, group, footer...; not the main content): "the only button of the newsletter form".
    public var peers: [Int]?
    /// [index, count] among the controls of its kind (clickables, fields, checkboxes, radios) in
    /// its row or card: "the card's second button".
    public var unitPeers: [Int]?

    public init(index: Int, tag: String, role: String? = nil, name: String? = nil, text: String? = nil, id: String? = nil,
                testId: String? = nil, testIdAttr: String? = nil, ariaLabel: String? = nil, placeholder: String? = nil,
                nameAttr: String? = nil, type: String? = nil, classes: [String]? = nil, href: String? = nil,
                label: String? = nil, value: String? = nil, checked: Bool? = nil, disabled: Bool? = nil,
                xpath: String? = nil, cssPath: String? = nil, box: Box? = nil, inViewport: Bool? = nil,
                isTop: Bool? = nil, interactive: Bool? = nil, ancestors: [String]? = nil, frame: String? = nil,
                title: String? = nil, container: String? = nil, containerRole: String? = nil, regions: [String]? = nil,
                heading: String? = nil, column: String? = nil, options: [String]? = nil, peers: [Int]? = nil,
                unitPeers: [Int]? = nil) {
        self.index = index; self.tag = tag; self.role = role; self.name = name; self.text = text; self.id = id
        self.testId = testId; self.testIdAttr = testIdAttr; self.ariaLabel = ariaLabel; self.placeholder = placeholder
        self.nameAttr = nameAttr; self.type = type; self.classes = classes; self.href = href; self.label = label
        self.value = value; self.checked = checked; self.disabled = disabled; self.xpath = xpath; self.cssPath = cssPath
        self.box = box; self.inViewport = inViewport; self.isTop = isTop; self.interactive = interactive
        self.ancestors = ancestors; self.frame = frame
        self.title = title; self.container = container; self.containerRole = containerRole; self.regions = regions
        self.heading = heading; self.column = column; self.options = options; self.peers = peers; self.unitPeers = unitPeers
    }

    /// Interactive unless the snapshot said otherwise (older snapshots carry only interactive elements).
    public var isInteractive: Bool { interactive ?? true }
}

/// Bounding box in CSS pixels, relative to the top-level viewport.
public struct Box: Sendable, Equatable, Codable, Hashable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    public var centerX: Double { x + width / 2 }
    public var centerY: Double { y + height / 2 }
}

/// What `snapshot.js` returns for one page.
public struct Snapshot: Sendable, Equatable, Codable, Hashable {
    public var url: String?
    public var title: String?
    public var elements: [Element]
    /// True when the page had more elements than the script's limit.
    public var truncated: Bool?
    public init(url: String? = nil, title: String? = nil, elements: [Element], truncated: Bool? = nil) {
        self.url = url; self.title = title; self.elements = elements; self.truncated = truncated
    }
}

extension Element {
    /// The element as a person would point at it: `button "Add to cart" in "Blue Mug $9.00 …"`.
    public var described: String {
        func short(_ s: String, _ n: Int) -> String {
            let t = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            return t.count > n ? String(t.prefix(n - 1)) + "…" : t
        }
        var s = role ?? tag
        if let words = [name, text, label, placeholder, title, id.map { "#" + $0 }].compactMap({ $0 }).first(where: { !$0.isEmpty }) {
            s += " \"\(short(words, 50))\""
        }
        if let container, !container.isEmpty { s += " in \"\(short(container, 50))\"" }
        else if let region = regions?.first { s += " in \(short(region, 40))" }
        return s
    }
}

extension Element {
    /// The kind of one of `regions`: "navigation" of "navigation: Main", "contentinfo" of itself.
    static func regionKind(_ region: String) -> Substring { Substring(region.utf8.prefix { $0 != 58 }) }  // before ":"

    /// The name of one of `regions` ("Main" of "navigation: Main"), nil when it has none.
    static func regionName(_ region: String) -> Substring? {
        guard let colon = region.firstIndex(of: ":") else { return nil }
        return region[region.index(after: colon)...].drop { $0 == " " }
    }
}
