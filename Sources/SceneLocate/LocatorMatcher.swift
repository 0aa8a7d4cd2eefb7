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
        let scan = Scan(locator.target, frame: locator.frames.joined(separator: Locator.frameSeparator))
        return withUnsafePointer(to: e) { scan.matches($0) }
    }

    /// A locator's target step and frame read once for a scan of the page: its text collapsed,
    /// case-folded and its regular expression compiled once, not for every element it is tried on.
    /// Elements are read through a pointer, without copying them.
    struct Scan {
        let target: Locator.Step?
        let frame: String
        /// The text the step matches (test id, role's name, label, placeholder, text); any text
        /// for a role without a name and for steps that match no text.
        let text: TextPattern

        init(_ target: Locator.Step?, frame: String) {
            self.target = target
            self.frame = frame
            switch target {
            case .testId(let m)?, .label(let m)?, .placeholder(let m)?, .text(let m)?: text = TextPattern(m)
            case .role(_, let name, _)?: text = TextPattern(name)
            default: text = TextPattern(nil)
            }
        }

        func matches(_ pointer: UnsafePointer<Element>) -> Bool {
            guard frame == (pointer.pointee.frame ?? "") else { return false }
            switch target {
            case .testId?:
                return text.matches(pointer.pointee.testId) && (pointer.pointee.testIdAttr ?? "data-testid") == "data-testid"
            case .role(let role, _, _)?:
                guard pointer.pointee.role == role else { return false }
                return text.matches(pointer.pointee.name)
            case .label?: return text.matches(pointer.pointee.label) || text.matches(pointer.pointee.ariaLabel)
            case .placeholder?: return text.matches(pointer.pointee.placeholder)
            case .text?: return text.matches(pointer.pointee.text)
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
    }

    /// Playwright's text matching for one wanted text, prepared once: a regular expression, or
    /// whitespace collapsed and exact or a case-insensitive substring; or any text at all.
    struct TextPattern {
        /// No text wanted: everything matches, an element without the text too.
        let any: Bool
        let exact: Bool
        /// The regular expression, when the text is one (nil inside when it does not compile: it matches nothing).
        let regex: Regex<AnyRegexOutput>??
        /// The wanted text, whitespace collapsed.
        let wanted: String
        /// Its bytes when all ASCII, as written (`exact`) or lower-cased; nil otherwise.
        let ascii: [UInt8]?

        init(_ match: TextMatch?) {
            any = match == nil
            let m = match ?? TextMatch("")
            exact = m.exact
            regex = m.regexFlags.map { flags in (try? Regex(m.text)).map { flags.contains("i") ? $0.ignoresCase() : $0 } }
            wanted = normalizeSpaces(m.text)
            ascii = wanted.utf8.allSatisfy { $0 < 128 } ? wanted.utf8.map { m.exact ? $0 : lower($0) } : nil
        }

        func matches(_ actual: String?) -> Bool {
            if any { return true }
            guard let actual else { return false }
            if let regex { return regex.map { actual.contains($0) } ?? false }
            // Most texts are ASCII with single spaces: compared in place, as the bytes they are.
            if let ascii, let found = actual.utf8.withContiguousStorageIfAvailable({ Self.compare(ascii, exact: exact, $0) }), let found {
                return found
            }
            let a = normalizeSpaces(actual)
            if exact { return wanted == a }
            if wanted.utf8.count > a.utf8.count { return false }
            if let found = asciiContains(a, wanted) { return found }
            return a.range(of: wanted, options: .caseInsensitive) != nil
        }

        /// The match decided on the bytes of an ASCII text whose whitespace is already collapsed;
        /// nil for any other text (and for an empty wanted substring, which Foundation decides).
        static func compare(_ wanted: [UInt8], exact: Bool, _ text: UnsafeBufferPointer<UInt8>) -> Bool? {
            var previousSpace = true
            for b in text {
                let space = b == 32 || b == 9 || b == 10 || b == 13 || b == 12
                if b >= 128 || (space && (previousSpace || b != 32)) { return nil }
                previousSpace = space
            }
            if previousSpace && !text.isEmpty { return nil }
            if exact { return wanted.elementsEqual(text) }
            guard !wanted.isEmpty else { return nil }
            return wanted.withUnsafeBufferPointer { asciiContains(text, lowered: $0) }
        }
    }

    /// Playwright's text matching: whitespace collapsed; exact, or a case-insensitive substring.
    static func textMatches(_ wanted: String, _ actual: String?, exact: Bool) -> Bool {
        TextPattern(TextMatch(wanted, exact: exact)).matches(actual)
    }

    /// Whether `text` holds `part`, ASCII letters compared without case; nil when either has
    /// another byte (or `part` is empty), which Foundation's case folding then decides. Building
    /// a locator checks its text against every element of the page: most pages are ASCII.
    static func asciiContains(_ text: String, _ part: String) -> Bool? {
        let t = text.utf8, p = part.utf8
        guard !p.isEmpty, t.allSatisfy({ $0 < 128 }), p.allSatisfy({ $0 < 128 }) else { return nil }
        let lowered = p.map(lower)
        return Array(t).withUnsafeBufferPointer { text in lowered.withUnsafeBufferPointer { asciiContains(text, lowered: $0) } }
    }

    /// Whether ASCII `text` holds `part` (not empty, already lower-cased), letters compared without case.
    static func asciiContains(_ text: UnsafeBufferPointer<UInt8>, lowered part: UnsafeBufferPointer<UInt8>) -> Bool {
        guard part.count <= text.count else { return false }
        let first = part[0]
        for start in 0...(text.count - part.count) where lower(text[start]) == first {
            var i = 1
            while i < part.count && lower(text[start + i]) == part[i] { i += 1 }
            if i == part.count { return true }
        }
        return false
    }

    static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

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
