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
        guard (spec.frame ?? "") == (e.frame ?? "") else { return false }
        let exact = spec.exact ?? false
        if let testId = spec.testId { return e.testId == testId && (e.testIdAttr ?? "data-testid") == "data-testid" }
        if let role = spec.role {
            guard e.role == role else { return false }
            guard let name = spec.name else { return true }
            return textMatches(name, e.name, exact: exact)
        }
        if let label = spec.label { return textMatches(label, e.label, exact: exact) || textMatches(label, e.ariaLabel, exact: exact) }
        if let placeholder = spec.placeholder { return textMatches(placeholder, e.placeholder, exact: exact) }
        if let text = spec.text { return textMatches(text, e.text, exact: exact) }
        if let css = spec.css {
            if css == e.cssPath { return true }
            let hints = SelectorHints.css(css)
            if let id = hints.id, css == "#" + id { return e.id == id }
            if let t = hints.testId, css.hasPrefix("[data-") { return e.testId == t && css.contains(e.testIdAttr ?? "data-testid") }
            return false
        }
        if let xpath = spec.xpath { return xpath == e.xpath }
        return false
    }

    static func textMatches(_ wanted: String, _ actual: String?, exact: Bool) -> Bool {
        guard let actual else { return false }
        let w = normalizeSpaces(wanted), a = normalizeSpaces(actual)
        return exact ? w == a : a.lowercased().contains(w.lowercased())
    }

    static func normalizeSpaces(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
