import Foundation
public import SceneConfig

/// Builds the most resilient locator that finds exactly one element of a snapshot, in
/// the order test id > role + name > label > placeholder > text > id > role + name + nth >
/// CSS path, and prints locators the way Playwright does (`getByRole('button', { name: 'Go' })`).
public enum LocatorBuilder {
    /// Names longer than this make brittle locators (a paragraph's worth of text).
    static let maxNameLength = 60

    public static func build(for e: Element, in snapshot: Snapshot) -> LocatorSpec {
        let frame = e.frame
        let elements = snapshot.elements
        /// Finds `e` and nothing else (stops at the second hit).
        func unique(_ spec: LocatorSpec) -> Bool {
            // Through a buffer pointer, elements are borrowed, not copied.
            elements.withUnsafeBufferPointer { buffer in
                var found = false
                for i in buffer.indices where LocatorMatcher.matches(spec, buffer.baseAddress! + i) {
                    if found || buffer[i].index != e.index { return false }
                    found = true
                }
                return found
            }
        }
        func first(_ specs: [LocatorSpec]) -> LocatorSpec? { specs.first(where: unique) }
        var options: [LocatorSpec] = []
        if let t = e.testId, !t.isEmpty {
            if let attr = e.testIdAttr, attr != "data-testid" { options.append(LocatorSpec(css: "[\(attr)=\(cssString(t))]", frame: frame)) }
            else { options.append(LocatorSpec(testId: t, frame: frame)) }
        }
        if let spec = first(options) { return spec }
        let name = e.name.map(LocatorMatcher.normalizeSpaces) ?? ""
        let usableName = !name.isEmpty && name.count <= maxNameLength
        if let role = e.role, usableName, !["presentation", "none", "generic"].contains(role) {
            options = [LocatorSpec(role: role, name: name, frame: frame), LocatorSpec(role: role, name: name, exact: true, frame: frame)]
            if let spec = first(options) { return spec }
        }
        for (label, isPlaceholder) in [(e.label, false), (e.placeholder, true)] {
            guard let l = label.map(LocatorMatcher.normalizeSpaces), !l.isEmpty, l.count <= maxNameLength else { continue }
            options = isPlaceholder
                ? [LocatorSpec(placeholder: l, frame: frame), LocatorSpec(exact: true, placeholder: l, frame: frame)]
                : [LocatorSpec(label: l, frame: frame), LocatorSpec(exact: true, label: l, frame: frame)]
            if let spec = first(options) { return spec }
        }
        if let text = e.text.map(LocatorMatcher.normalizeSpaces), !text.isEmpty, text.count <= maxNameLength {
            if let spec = first([LocatorSpec(exact: true, text: text, frame: frame)]) { return spec }
        }
        if let id = e.id, !id.isEmpty, !looksGenerated(id), let spec = first([LocatorSpec(css: "#" + cssIdentifier(id), frame: frame)]) {
            return spec
        }
        if let role = e.role, usableName {
            var spec = LocatorSpec(role: role, name: name, exact: true, frame: frame)
            let position = elements.withUnsafeBufferPointer { buffer -> Int? in
                var position = 0
                for i in buffer.indices where LocatorMatcher.matches(spec, buffer.baseAddress! + i) {
                    if buffer[i].index == e.index { return position }
                    position += 1
                }
                return nil
            }
            if let position { spec.nth = position; return spec }
        }
        if let css = e.cssPath { return LocatorSpec(css: css, frame: frame) }
        return LocatorSpec(xpath: e.xpath ?? "/html", frame: frame)
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

    /// The locator as Playwright prints it (JavaScript form).
    public static func render(_ spec: LocatorSpec) -> String {
        var parts: [String] = (spec.frame.map { $0.components(separatedBy: " >> ") } ?? []).map { "frameLocator(\(quote($0)))" }
        let exact = spec.exact == true ? ", { exact: true }" : ""
        if let t = spec.testId { parts.append("getByTestId(\(quote(t)))") }
        else if let role = spec.role {
            if let name = spec.name {
                parts.append("getByRole(\(quote(role)), { name: \(quote(name))\(spec.exact == true ? ", exact: true" : "") })")
            } else { parts.append("getByRole(\(quote(role)))") }
        }
        else if let l = spec.label { parts.append("getByLabel(\(quote(l))\(exact))") }
        else if let p = spec.placeholder { parts.append("getByPlaceholder(\(quote(p))\(exact))") }
        else if let t = spec.text { parts.append("getByText(\(quote(t))\(exact))") }
        else if let c = spec.css { parts.append("locator(\(quote(c)))") }
        else if let x = spec.xpath { parts.append("locator(\(quote("xpath=" + x)))") }
        if let n = spec.nth { parts.append("nth(\(n))") }
        return parts.joined(separator: ".")
    }

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
