/// Which locator a person would keep, most resilient first: test id > role + name > label >
/// placeholder/alt text/title > text > `#id` > any of those picking the n-th match, or a role
/// without a name > other CSS > XPath. The one ranking that generated locators, recordings, merged
/// trace actions and repro scripts all use.
public enum LocatorPriority {
    /// Lower is better.
    public static func rank(_ locator: Locator) -> Int {
        guard let target = locator.target else { return 9 }
        let base: Int
        switch target {
        case .testId: base = 0
        case .role(_, let name, _): base = name == nil ? 6 : 1
        case .label: base = 2
        case .placeholder, .altText, .title: base = 3
        case .text: base = 4
        case .css(let css): base = isTestIdSelector(css) ? 0 : css.hasPrefix("#") && !css.contains(" ") ? 5 : 7
        case .xpath: base = 8
        default: base = 9
        }
        // A position among equal matches breaks when the page gains or loses one of them.
        return locator.nthIndex != nil && base < 6 ? 6 : base
    }

    /// Attributes that hold test ids, `data-testid` (Playwright's `getByTestId`) first.
    public static let testIdAttributes = ["data-testid", "data-test-id", "data-test", "data-qa", "data-cy"]

    /// `[data-qa="x"]`: a test id under another attribute name.
    static func isTestIdSelector(_ css: String) -> Bool {
        guard css.hasPrefix("["), css.hasSuffix("]"), css.filter({ $0 == "[" }).count == 1 else { return false }
        return testIdAttributes.contains { css.hasPrefix("[\($0)=") }
    }

    /// The best of `locators` (the first of equal rank), nil for none.
    public static func best(_ locators: [Locator]) -> Locator? {
        locators.enumerated().min { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }?.element
    }
}
