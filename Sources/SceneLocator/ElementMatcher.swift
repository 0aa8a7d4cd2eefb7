public import SceneBundle

/// Whether a locator designates a given element, decided from the element itself (`ElementIdentity`,
/// read from the DOM snapshot of the action) rather than from how the locator is spelled: `#username`
/// designates the element whose id is `username` whatever locator the trace used to reach it.
///
/// Compiled once per locator, checked against many elements. CSS (`CSSSelector`), XPath
/// (`XPathSelector`), test ids, placeholder/alt/title attributes and text are decided exactly;
/// roles from the tag's implicit role (or `role`) and, for the name, from what can be known without
/// the whole page (`aria-label`, text, a wrapping label, `alt`, a button's `value`). A chain
/// (`form >> button`) needs its earlier parts on ancestors. Frames before the element are not
/// checked (each frame's snapshot is its own document).
public struct ElementMatcher: Sendable {
    enum Test: Sendable {
        case css(CSSSelector?)
        case xpath(XPathSelector?)
        case role(String, name: TextMatch?, options: [Locator.RoleOption])
        case testId(TextMatch)
        case label(TextMatch)
        case text(TextMatch)
        case attribute(String, TextMatch)
        case undecidable
    }
    enum Filter: Sendable {
        case hasText(TextMatch, negated: Bool)
        case and([ElementMatcher])
        case or([ElementMatcher])
        case undecidable
    }
    struct Segment: Sendable {
        var test: Test
        var filters: [Filter]
    }

    let segments: [Segment]
    let testIdAttribute: String

    public init(_ locator: Locator, testIdAttribute: String = "data-testid") {
        self.testIdAttribute = testIdAttribute.lowercased()
        // Only what is inside the innermost frame: that frame's snapshot holds the element.
        let steps = locator.steps.lastIndex(of: .contentFrame).map { Array(locator.steps[($0 + 1)...]) } ?? locator.steps
        var segments: [Segment] = []
        for step in steps {
            switch step {
            case .nth: continue // which of several matches cannot be told from one element
            case .hasText(let m, let negated): Self.add(.hasText(m, negated: negated), to: &segments)
            case .has: Self.add(.undecidable, to: &segments)
            case .and(let inner): Self.add(.and([ElementMatcher(inner, testIdAttribute: testIdAttribute)]), to: &segments)
            case .or(let inner): Self.add(.or([ElementMatcher(inner, testIdAttribute: testIdAttribute)]), to: &segments)
            case .contentFrame: continue
            case .css(let css): segments.append(.init(test: .css(CSSSelector(css)), filters: []))
            case .xpath(let xpath): segments.append(.init(test: .xpath(XPathSelector(xpath)), filters: []))
            case .role(let role, let name, let options): segments.append(.init(test: .role(role.lowercased(), name: name, options: options), filters: []))
            case .testId(let m): segments.append(.init(test: .testId(m), filters: []))
            case .label(let m): segments.append(.init(test: .label(m), filters: []))
            case .text(let m): segments.append(.init(test: .text(m), filters: []))
            case .placeholder(let m): segments.append(.init(test: .attribute("placeholder", m), filters: []))
            case .altText(let m): segments.append(.init(test: .attribute("alt", m), filters: []))
            case .title(let m): segments.append(.init(test: .attribute("title", m), filters: []))
            case .raw: segments.append(.init(test: .undecidable, filters: []))
            }
        }
        self.segments = segments
    }

    private static func add(_ filter: Filter, to segments: inout [Segment]) {
        if segments.isEmpty { segments.append(.init(test: .css(CSSSelector("*")), filters: [])) }
        segments[segments.count - 1].filters.append(filter)
    }

    /// Whether the locator designates `element`.
    public func match(_ element: ElementIdentity) -> MatchVerdict { match(ElementChain(element)) }

    /// The same, for an element already turned into a chain (alignment checks it against many locators).
    public func match(_ target: Target) -> MatchVerdict { match(target.chain) }

    /// An element prepared once for many `match` calls.
    public struct Target: Sendable {
        let chain: ElementChain
        public init(_ element: ElementIdentity) { chain = ElementChain(element) }
    }

    func match(_ chain: ElementChain) -> MatchVerdict {
        guard let last = segments.last else { return .unknown }
        let verdict = segment(last, chain, chain.elementIndex)
        guard verdict != .mismatch, segments.count > 1 else { return verdict }
        return verdict && scopes(segments.count - 2, chain, below: chain.elementIndex)
    }

    /// Segments 0...k match ancestors of node `below`, each inside the one before.
    private func scopes(_ k: Int, _ chain: ElementChain, below: Int) -> MatchVerdict {
        var verdict = MatchVerdict.mismatch
        var a = below - 1
        while a >= 0 && verdict != .match {
            var here = segment(segments[k], chain, a)
            if here != .mismatch && k > 0 { here = here && scopes(k - 1, chain, below: a) }
            verdict = verdict || here
            a -= 1
        }
        if verdict != .match && !chain.complete { verdict = verdict || .unknown }
        return verdict
    }

    private func segment(_ segment: Segment, _ chain: ElementChain, _ n: Int) -> MatchVerdict {
        let sub = n == chain.elementIndex ? chain : ElementChain(nodes: Array(chain.nodes[0...n]), complete: chain.complete)
        var verdict = test(segment.test, sub)
        for filter in segment.filters where verdict != .mismatch {
            switch filter {
            case .hasText(let m, let negated):
                let has = sub.element.textMatches(TextMatch(m.text, exact: false, regexFlags: m.regexFlags))
                verdict = verdict && (negated ? !has : has)
            case .and(let inner): verdict = verdict && inner.reduce(MatchVerdict.match) { $0 && $1.match(sub) }
            case .or(let inner): verdict = verdict || inner.reduce(MatchVerdict.mismatch) { $0 || $1.match(sub) }
            case .undecidable: verdict = verdict && .unknown
            }
        }
        return verdict
    }

    private func test(_ test: Test, _ chain: ElementChain) -> MatchVerdict {
        let node = chain.element
        switch test {
        case .css(let selector): return selector?.match(chain) ?? .unknown
        case .xpath(let selector): return selector?.match(chain) ?? .unknown
        case .testId(let m): return Self.attribute(node, testIdAttribute, m)
        case .attribute(let name, let m): return Self.attribute(node, name, m)
        case .text(let m): return node.textMatches(m)
        case .label(let m): return Self.label(node, chain, m)
        case .role(let role, let name, let options): return Self.role(node, chain, role, name: name, options: options)
        case .undecidable: return .unknown
        }
    }

    /// An attribute compared the way Playwright compares `getByPlaceholder`/`getByTestId` values.
    static func attribute(_ node: ChainNode, _ name: String, _ m: TextMatch) -> MatchVerdict {
        guard let known = node.attribute(name) else { return .unknown }
        guard let value = known else { return .mismatch }
        return matches(value, m)
    }

    static func matches(_ value: String, _ m: TextMatch) -> MatchVerdict {
        let have = ChainNode.normalised(value), want = ChainNode.normalised(m.text)
        if let flags = m.regexFlags { return ChainNode.regexMatches(m.text, flags: flags, in: have).map(MatchVerdict.init) ?? .unknown }
        return MatchVerdict(m.exact ? have == want : have.lowercased().contains(want.lowercased()))
    }

    /// `getByLabel`: `aria-label`, or the text of a wrapping `label`. A `label for=` elsewhere and
    /// `aria-labelledby` are not in the snapshot of the element, so a miss is never certain.
    static func label(_ node: ChainNode, _ chain: ElementChain, _ m: TextMatch) -> MatchVerdict {
        for candidate in labels(node, chain) where matches(candidate, m) == .match { return .match }
        return .unknown
    }

    static func labels(_ node: ChainNode, _ chain: ElementChain) -> [String] {
        var out: [String] = []
        if case .some(let label?) = node.attribute("aria-label") { out.append(label) }
        if let wrapping = chain.nodes.dropLast().last(where: { $0.tag == "label" }), let text = wrapping.text { out.append(text) }
        return out
    }

    /// `getByRole`: the role from `role` or the tag (Playwright's implicit roles for common
    /// elements), then the accessible name as far as the element shows it.
    static func role(_ node: ChainNode, _ chain: ElementChain, _ role: String, name: TextMatch?, options: [Locator.RoleOption]) -> MatchVerdict {
        guard let have = implicitRole(node) else { return .unknown }
        guard have == role else {
            // An element without a widget role may still be a landmark or a group Scene does not compute.
            return have == "generic" && !widgetRoles.contains(role) ? .unknown : .mismatch
        }
        var verdict = MatchVerdict.match
        for option in options {
            switch option.name {
            case "checked": verdict = verdict && (node.checked.map { MatchVerdict(String($0) == option.value) } ?? .unknown)
            case "level":
                if let digit = node.tag.dropFirst().first, node.tag.first == "h", let level = Int(String(digit)) {
                    verdict = verdict && MatchVerdict(String(level) == option.value)
                } else {
                    verdict = verdict && .unknown
                }
            default: verdict = verdict && .unknown
            }
        }
        guard let name, verdict != .mismatch else { return verdict }
        if case .some(.some) = node.attribute("aria-labelledby") { return verdict && .unknown }
        if case .some(let label?) = node.attribute("aria-label"), !label.isEmpty { return verdict && matches(label, name) }
        switch node.tag {
        case "button", "a", "h1", "h2", "h3", "h4", "h5", "h6", "option", "summary", "li", "td", "th", "legend":
            guard let text = node.text, !node.textClipped else { return verdict && .unknown }
            // An empty text lets `title` name the element; a button of images only gets its name from them.
            if text.isEmpty { return verdict && .unknown }
            return verdict && matches(text, name)
        case "img":
            guard case .some(let alt) = node.attribute("alt") else { return verdict && .unknown }
            return verdict && (alt.map { matches($0, name) } ?? .unknown)
        case "input":
            if case .some(let type?) = node.attribute("type"), ["submit", "button", "reset"].contains(type.lowercased()),
               case .some(let value?) = node.attribute("value") {
                return verdict && matches(value, name)
            }
            fallthrough
        default:
            for candidate in labels(node, chain) where matches(candidate, name) == .match { return verdict }
            return verdict && .unknown
        }
    }

    /// Roles only given by the tag or an explicit `role`, never by context.
    static let widgetRoles: Set<String> = [
        "button", "link", "textbox", "searchbox", "checkbox", "radio", "combobox", "listbox", "option", "heading", "img",
        "slider", "spinbutton", "switch", "tab", "menuitem", "listitem", "cell", "row", "columnheader",
    ]

    /// The ARIA role of common HTML elements as Playwright computes it; nil when it depends on
    /// more than the element shows. `generic` for elements without a role.
    static func implicitRole(_ node: ChainNode) -> String? {
        if case .some(let explicit?) = node.attribute("role"), let first = explicit.split(separator: " ").first {
            return String(first).lowercased()
        }
        switch node.tag {
        case "button": return "button"
        case "a", "area":
            guard let href = node.attribute("href") else { return nil }
            return href == nil ? "generic" : "link"
        case "textarea": return "textbox"
        case "select":
            guard let multiple = node.attribute("multiple"), let size = node.attribute("size") else { return nil }
            return multiple != nil || (size.flatMap { Int($0) } ?? 0) > 1 ? "listbox" : "combobox"
        case "option": return "option"
        case "h1", "h2", "h3", "h4", "h5", "h6": return "heading"
        case "img":
            guard let alt = node.attribute("alt") else { return nil }
            return alt == "" ? "presentation" : "img"
        case "ul", "ol": return "list"
        case "li": return "listitem"
        case "nav": return "navigation"
        case "main": return "main"
        case "table": return "table"
        case "tr": return "row"
        case "td": return "cell"
        case "th": return "columnheader"
        case "dialog": return "dialog"
        case "progress": return "progressbar"
        case "input":
            guard let type = node.attribute("type") else { return nil }
            let kind = (type ?? "").lowercased()
            if ["email", "search", "tel", "text", "url", ""].contains(kind) {
                // With `list` it is a combobox when the list is a datalist, which the element does not show.
                if case .some(.some) = node.attribute("list") { return nil }
                return kind == "search" ? "searchbox" : "textbox"
            }
            switch kind {
            case "hidden": return "generic"
            case "file", "button", "submit", "reset", "image": return "button"
            case "checkbox": return "checkbox"
            case "radio": return "radio"
            case "range": return "slider"
            case "number": return "spinbutton"
            default: return "textbox"
            }
        case "div", "span", "p", "section", "article", "header", "footer", "form", "label", "i", "b", "strong", "em", "small":
            return "generic"
        default: return nil
        }
    }
}
