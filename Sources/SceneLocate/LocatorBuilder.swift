import Foundation
import SceneConfig
public import SceneLocator

/// Builds the locator a person would keep (`LocatorPriority`) among those that find exactly one
/// element of a snapshot: test id, role + name, label, placeholder, text, `#id`, role + name + nth,
/// and the snapshot's CSS path (or XPath) when nothing else is unique.
public enum LocatorBuilder {
    /// Names longer than this make brittle locators (a paragraph's worth of text).
    static let maxNameLength = 60

    public static func build(for e: Element, in snapshot: Snapshot) -> Locator {
        let frame = (e.frame ?? "").components(separatedBy: Locator.frameSeparator).filter { !$0.isEmpty }
        let frameText = frame.joined(separator: Locator.frameSeparator)
        let elements = snapshot.elements
        /// `e`'s 0-based position among the elements the locator finds; with `unique`, nil as soon
        /// as it finds a second element. Through a buffer pointer, elements are borrowed, not copied.
        func position(_ locator: Locator, unique: Bool) -> Int? {
            let scan = LocatorMatcher.Scan(locator.target, frame: frameText)
            return elements.withUnsafeBufferPointer { buffer in
                var count = 0
                var found: Int?
                for i in buffer.indices where scan.matches(buffer.baseAddress! + i) {
                    if buffer[i].index == e.index { found = count }
                    count += 1
                    if unique ? count > 1 : found != nil { break }
                }
                return unique && count > 1 ? nil : found
            }
        }
        var candidates: [Locator] = []
        if let t = e.testId, !t.isEmpty {
            if let attr = e.testIdAttr, attr != "data-testid" { candidates.append(.css("[\(attr)=\(cssString(t))]", frame: frame)) }
            else { candidates.append(.testId(t, frame: frame)) }
        }
        let name = e.name.map(LocatorMatcher.normalizeSpaces) ?? ""
        let usableName = !name.isEmpty && name.count <= maxNameLength
        if let role = e.role, usableName, !["presentation", "none", "generic"].contains(role) {
            candidates += [.role(role, name: name, frame: frame), .role(role, name: name, exact: true, frame: frame)]
        }
        if let l = e.label.map(LocatorMatcher.normalizeSpaces), !l.isEmpty, l.count <= maxNameLength {
            candidates += [.label(l, frame: frame), .label(l, exact: true, frame: frame)]
        }
        if let p = e.placeholder.map(LocatorMatcher.normalizeSpaces), !p.isEmpty, p.count <= maxNameLength {
            candidates += [.placeholder(p, frame: frame), .placeholder(p, exact: true, frame: frame)]
        }
        if let text = e.text.map(LocatorMatcher.normalizeSpaces), !text.isEmpty, text.count <= maxNameLength {
            candidates.append(.text(text, exact: true, frame: frame))
        }
        if let id = e.id, !id.isEmpty, !looksGenerated(id) { candidates.append(.css("#" + cssIdentifier(id), frame: frame)) }
        // The best unique one (`LocatorPriority.best` of the unique ones): tried best first, the
        // page is scanned only until one is unique.
        let ordered = candidates.enumerated()
            .sorted { (LocatorPriority.rank($0.element), $0.offset) < (LocatorPriority.rank($1.element), $1.offset) }
        if let best = ordered.first(where: { position($0.element, unique: true) != nil }) { return best.element }
        if let role = e.role, usableName {
            let locator = Locator.role(role, name: name, exact: true, frame: frame)
            if let n = position(locator, unique: false) { return locator.nth(n) }
        }
        if let css = e.cssPath { return .css(css, frame: frame) }
        return .xpath(e.xpath ?? "/html", frame: frame)
    }

    /// Ids with long digit runs or hex hashes change on every build: never pin on them.
    static func looksGenerated(_ id: String) -> Bool {
        let digits = id.filter(\.isNumber).count
        return digits >= 4 || id.count > 40 || id.hasPrefix(":r") || id.range(of: #"[0-9a-f]{6,}"#, options: .regularExpression) != nil
    }

    static func cssString(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func cssIdentifier(_ s: String) -> String {
        var out = ""
        for (i, c) in s.enumerated() {
            if c.isLetter || c == "-" || c == "_" || (c.isNumber && i > 0) { out.append(c) } else { out += "\\" + String(c) }
        }
        return out
    }
}
