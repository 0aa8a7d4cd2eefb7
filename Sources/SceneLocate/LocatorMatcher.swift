import Foundation
import SceneConfig
public import SceneLocator

/// Which snapshot elements a `Locator` finds, following Playwright's matching rules for its
/// target step (role + accessible name, case-insensitive substring unless exact; test id; label;
/// placeholder; text; the snapshot's own CSS/XPath paths), its frames and its `nth`. Used to make
/// sure a generated locator finds exactly the chosen element. Filters are not evaluated.
public enum LocatorMatcher {
    public static func matches(_ locator: Locator, in snapshot: Snapshot) -> [Element] {
        let hits = snapshot.elements.filter { matches(locator, $0) }
        guard let nth = locator.nthIndex else { return hits }
        if nth == -1 { return hits.last.map { [$0] } ?? [] }
        return nth >= 0 && nth < hits.count ? [hits[nth]] : []
    }

    /// Whether one element is found by the locator (ignoring `nth`).
    public static func matches(_ locator: Locator, _ e: Element) -> Bool {
        let frame = locator.frames.joined(separator: Locator.frameSeparator)
        return withUnsafePointer(to: e) { matches(locator.target, frame: frame, $0) }
    }

    /// The same through a pointer, for a target step and frame read once: scanning a snapshot then
    /// reads fields without copying elements.
    static func matches(_ target: Locator.Step?, frame: String, _ pointer: UnsafePointer<Element>) -> Bool {
        guard frame == (pointer.pointee.frame ?? "") else { return false }
        switch target {
        case .testId(let m)?:
            return textMatches(m, pointer.pointee.testId) && (pointer.pointee.testIdAttr ?? "data-testid") == "data-testid"
        case .role(let role, let name, _)?:
            guard pointer.pointee.role == role else { return false }
            return name.map { textMatches($0, pointer.pointee.name) } ?? true
        case .label(let m)?: return textMatches(m, pointer.pointee.label) || textMatches(m, pointer.pointee.ariaLabel)
        case .placeholder(let m)?: return textMatches(m, pointer.pointee.placeholder)
        case .text(let m)?: return textMatches(m, pointer.pointee.text)
        case .css(let css)?:
            if css == pointer.pointee.cssPath { return true }
            let hints = SelectorHints.css(css)
            if let id = hints.id, css == "#" + id { return pointer.pointee.id == id }
            if let t = hints.testId, css.hasPrefix("[data-") { return pointer.pointee.testId == t && css.contains(pointer.pointee.testIdAttr ?? "data-testid") }
            return false
        case .xpath(let xpath)?: return xpath == pointer.pointee.xpath
        default: return false
        }
    }

    /// Playwright's text matching: a regular expression, or whitespace collapsed and exact or a
    /// case-insensitive substring.
    static func textMatches(_ wanted: TextMatch, _ actual: String?) -> Bool {
        guard let actual else { return false }
        if let flags = wanted.regexFlags {
            guard let regex = try? Regex(wanted.text) else { return false }
            return actual.contains(flags.contains("i") ? regex.ignoresCase() : regex)
        }
        return textMatches(wanted.text, actual, exact: wanted.exact)
    }

    /// Playwright's text matching: whitespace collapsed; exact, or a case-insensitive substring.
    static func textMatches(_ wanted: String, _ actual: String?, exact: Bool) -> Bool {
        guard let actual else { return false }
        let w = normalizeSpaces(wanted), a = normalizeSpaces(actual)
        if exact { return w == a }
        if w.utf8.count > a.utf8.count { return false }
        if let found = asciiContains(a, w) { return found }
        return a.range(of: w, options: .caseInsensitive) != nil
    }

    /// Whether `text` holds `part`, ASCII letters compared without case; nil when either has
    /// another byte (or `part` is empty), which Foundation's case folding then decides. Building
    /// a locator checks its text against every element of the page: most pages are ASCII.
    static func asciiContains(_ text: String, _ part: String) -> Bool? {
        let t = text.utf8, p = part.utf8
        guard !p.isEmpty, t.allSatisfy({ $0 < 128 }), p.allSatisfy({ $0 < 128 }) else { return nil }
        func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
        let first = lower(p.first!)
        var start = t.startIndex
        while t.distance(from: start, to: t.endIndex) >= p.count {
            if lower(t[start]) == first, zip(t[start...], p).allSatisfy({ lower($0) == lower($1) }) { return true }
            start = t.index(after: start)
        }
        return false
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
