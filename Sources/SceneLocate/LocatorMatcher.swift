import Foundation
public import SceneConfig

/// Which snapshot elements a `LocatorSpec` finds, following Playwright's matching rules
/// (role + accessible name, case-insensitive substring unless `exact`; test id; label;
/// placeholder; text; the snapshot's own CSS/XPath paths). Used to make sure a generated
/// locator finds exactly the chosen element.
public enum LocatorMatcher {
    public static func matches(_ spec: LocatorSpec, in snapshot: Snapshot) -> [Element] {
        let hits = snapshot.elements.filter { matches(spec, $0) }
        guard let nth = spec.nth else { return hits }
        return nth >= 0 && nth < hits.count ? [hits[nth]] : []
    }

    /// Whether one element is found by the spec (ignoring `nth`).
    public static func matches(_ spec: LocatorSpec, _ e: Element) -> Bool {
        withUnsafePointer(to: e) { matches(spec, $0) }
    }

    /// The same through a pointer: scanning a snapshot then reads fields without copying elements.
    static func matches(_ spec: LocatorSpec, _ pointer: UnsafePointer<Element>) -> Bool {
        guard (spec.frame ?? "") == (pointer.pointee.frame ?? "") else { return false }
        let exact = spec.exact ?? false
        if let testId = spec.testId { return pointer.pointee.testId == testId && (pointer.pointee.testIdAttr ?? "data-testid") == "data-testid" }
        if let role = spec.role {
            guard pointer.pointee.role == role else { return false }
            guard let name = spec.name else { return true }
            return textMatches(name, pointer.pointee.name, exact: exact)
        }
        if let label = spec.label { return textMatches(label, pointer.pointee.label, exact: exact) || textMatches(label, pointer.pointee.ariaLabel, exact: exact) }
        if let placeholder = spec.placeholder { return textMatches(placeholder, pointer.pointee.placeholder, exact: exact) }
        if let text = spec.text { return textMatches(text, pointer.pointee.text, exact: exact) }
        if let css = spec.css {
            if css == pointer.pointee.cssPath { return true }
            let hints = SelectorHints.css(css)
            if let id = hints.id, css == "#" + id { return pointer.pointee.id == id }
            if let t = hints.testId, css.hasPrefix("[data-") { return pointer.pointee.testId == t && css.contains(pointer.pointee.testIdAttr ?? "data-testid") }
            return false
        }
        if let xpath = spec.xpath { return xpath == pointer.pointee.xpath }
        return false
    }

    /// Playwright's text matching: whitespace collapsed; exact, or a case-insensitive substring.
    static func textMatches(_ wanted: String, _ actual: String?, exact: Bool) -> Bool {
        guard let actual else { return false }
        let w = normalizeSpaces(wanted), a = normalizeSpaces(actual)
        if exact { return w == a }
        if w.utf8.count > a.utf8.count { return false }
        return a.range(of: w, options: .caseInsensitive) != nil
    }

    static func normalizeSpaces(_ s: String) -> String {
        // Most names are already clean: check before rebuilding.
        var previousSpace = true
        var clean = true
        for b in s.utf8 {
            let space = b == 32 || b == 9 || b == 10 || b == 13 || b == 12
            if space && (previousSpace || b != 32) { clean = false; break }
            previousSpace = space
        }
        if clean && !previousSpace || s.isEmpty { return s }
        return s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
