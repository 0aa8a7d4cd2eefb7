public import SceneLocator
import Foundation
import SceneBundle

/// The selector strategies a recorder captured for one element (`selectors` in metadata.json):
/// `testId`, `role` + `name`, `label`, `placeholder`, `text`, `id`, `css`, and `playwright` (a
/// Playwright selector, e.g. of an action merged from the trace). Unknown keys are ignored.
public enum RecordedSelectors {
    /// A locator per strategy found; `LocatorPriority` picks the one to keep.
    public static func locators(_ selectors: [String: String]) -> [Locator] {
        func value(_ key: String) -> String? { selectors[key].flatMap { $0.isEmpty ? nil : $0 } }
        var keys: [LocatorKeys] = []
        if let v = value("testId") { keys.append(LocatorKeys(testId: v)) }
        if let role = value("role"), let name = value("name") { keys.append(LocatorKeys(role: role, name: name)) }
        if let v = value("label") { keys.append(LocatorKeys(label: v)) }
        if let v = value("placeholder") { keys.append(LocatorKeys(placeholder: v)) }
        if let v = value("text") { keys.append(LocatorKeys(text: v)) }
        if let v = value("id") { keys.append(LocatorKeys(css: "#" + v)) }
        if let v = value("css") { keys.append(LocatorKeys(css: v)) }
        return (value("playwright").map { [Locator(selector: $0)] } ?? []) + keys.compactMap(Locator.init(keys:))
    }

    /// One selector as recorders write it: CSS, XPath (`//…`, `/html/…`, `xpath=…`), a Playwright
    /// selector (`internal:role=…`, `text=…`, `a >> b`), locator code (`getByRole('button', …)`),
    /// or Puppeteer's query handlers of Chrome's recorder (`aria/Name[role="button"]`, `xpath/…`,
    /// `pierce/…`, `text/…`). `frames`: selectors of the iframes it is in, outermost first.
    public static func locator(recorded selector: String, frames: [String] = []) -> Locator {
        let s = selector.trimmingCharacters(in: .whitespacesAndNewlines)
        let element: Locator
        if s.hasPrefix("aria/") {
            element = aria(String(s.dropFirst(5)))
        } else if s.hasPrefix("xpath/") {
            element = .xpath(String(s.dropFirst(6)))
        } else if s.hasPrefix("pierce/") {
            element = .css(String(s.dropFirst(7)))
        } else if s.hasPrefix("text/") {
            element = .text(String(s.dropFirst(5)))
        } else if s.hasPrefix("/") && !s.hasPrefix("//") {
            element = .xpath(s) // an absolute path: Playwright only reads `//…` as XPath, recorders write both
        } else if s.hasPrefix("getBy") || s.hasPrefix("get_by") || s.hasPrefix("page.") || s.hasPrefix("locator("), let code = Locator(code: s) {
            element = code
        } else {
            element = Locator(selector: s)
        }
        guard !frames.isEmpty else { return element }
        return Locator(frames.flatMap { Locator(selector: $0).steps + [.contentFrame] } + element.steps)
    }

    /// Puppeteer's ARIA query: the accessible name, then `[role="…"]`.
    static func aria(_ query: String) -> Locator {
        guard query.hasSuffix("]"), let open = query.range(of: "[role=", options: .backwards) else { return .text(query) }
        let name = String(query[..<open.lowerBound])
        var role = String(query[open.upperBound...].dropLast())
        if let unquoted = StringLiteral.unquote(role) { role = unquoted }
        return .role(role, name: name.isEmpty ? nil : name)
    }

    /// The locators, the one `LocatorPriority` prefers first (the rest in their order).
    public static func bestFirst(_ locators: [Locator]) -> [Locator] {
        guard let best = LocatorPriority.best(locators) else { return [] }
        return [best] + locators.filter { $0 != best }
    }
}
