import SceneBundle
import Testing
@testable import SceneLocator

/// Recorded selectors checked against the element an action acted on.
@Suite struct ElementMatcherTests {
    typealias A = ElementIdentity.Attribute

    /// `<html><body><main id=app><form id=login class="card auth" name=login><div class=row>…<button type=submit
    /// class="btn btn-primary" data-testid=save>Save changes</button></div></form></main></body></html>`
    static let button = ElementIdentity(
        tag: "button",
        attributes: [A(name: "type", value: "submit"), A(name: "class", value: "btn btn-primary"), A(name: "data-testid", value: "save")],
        text: "Save changes",
        ancestors: [
            .init(tag: "html", attributes: []),
            .init(tag: "body", attributes: [], position: .init(index: 2, indexOfType: 1, count: 2, countOfType: 1)),
            .init(tag: "main", attributes: [A(name: "id", value: "app")], position: .init(index: 1, indexOfType: 1)),
            .init(tag: "form", attributes: [A(name: "id", value: "login"), A(name: "class", value: "card auth"), A(name: "name", value: "login")],
                  position: .init(index: 2, indexOfType: 1, count: 3, countOfType: 1)),
            .init(tag: "div", attributes: [A(name: "class", value: "row")], position: .init(index: 3, indexOfType: 3, count: 3, countOfType: 3)),
        ],
        ancestorsComplete: true,
        position: .init(index: 2, indexOfType: 1, count: 2, countOfType: 1))

    /// `<label>User name <input id=username name=user class=form-control></label>` inside the same form.
    static let input = ElementIdentity(
        tag: "input", attributes: [A(name: "id", value: "username"), A(name: "name", value: "user"), A(name: "class", value: "form-control")],
        text: "",
        ancestors: [.init(tag: "html"), .init(tag: "body"), .init(tag: "form", attributes: [A(name: "id", value: "login")]),
                    .init(tag: "label", position: .init(index: 1, indexOfType: 1), text: "User name")],
        ancestorsComplete: true, position: .init(index: 1, indexOfType: 1, count: 1, countOfType: 1))

    /// Playwright reads only `//…` as XPath; recordings also hold absolute paths (`/html/body/…`).
    static func verdict(_ selector: String, _ element: ElementIdentity = button) -> MatchVerdict {
        ElementMatcher(selector.hasPrefix("/") && !selector.hasPrefix("//") ? .xpath(selector) : Locator(selector: selector)).match(element)
    }

    @Test(arguments: [
        "button", "#login button", "form#login > div.row > button", "main form .btn-primary", ".btn.btn-primary",
        "[data-testid=save]", "button[type=\"submit\"]", "[class~=btn]", "[data-testid^=sa]", "[data-testid$=ve]", "[data-testid*=av]",
        "[TYPE=SUBMIT i]", "form[name=login] button", "div.row button:nth-child(2)", "button:last-child", "button:first-of-type",
        "button:only-of-type", "div:nth-of-type(3) > button", "button:not(.disabled)", ":is(a, button).btn", "button:has-text(\"save\")",
        "button:text-is(\"Save changes\")", "body > main > form > div > button", "html body button", "*", "a, button",
        "button:visible", "form >> button", "#login >> text=Save changes", "button >> nth=0",
        "//button", "//form[@id='login']//button", "/html/body/main/form/div/button", "//div[@class='row']/button[1]",
        "//button[@type='submit' and contains(@class, 'btn-primary')]", "//button[text()='Save changes']", "//*[@data-testid=\"save\"]",
        "//button[contains(text(), 'Save')]", "//button[normalize-space()='Save changes']", "//form//div[3]/button[last()]",
        "//button[starts-with(@class,'btn')]", "//*[contains(concat(' ', normalize-space(@class), ' '), ' btn-primary ')]", "xpath=//button",
        "internal:testid=[data-testid=\"save\"s]", "internal:role=button[name=\"Save\"i]", "internal:role=button[name=\"Save changes\"s]",
        "internal:text=\"save\"i", "internal:text=\"Save changes\"s", "button >> internal:has-text=\"changes\"i",
        "internal:role=button >> internal:and=\"[data-testid=save]\"",
    ])
    func designates(selector: String) {
        #expect(Self.verdict(selector) == .match, "\(selector)")
    }

    @Test(arguments: [
        "a", "#save", ".btn-secondary", "form > button", "main > div button", "[data-testid=cancel]", "[type=button]", "[disabled]",
        "button:first-child", "button:nth-child(1)", "button:not(.btn)", "button:has-text(\"Cancel\")", "button:text-is(\"Save\")",
        "section button", "#app > button", "body > form button", "html > main button",
        "//a", "//form[@id='signup']//button", "/html/body/form/div/button", "//button[2]", "//button[@type='button']",
        "//button[text()='Cancel']", "//div[@class='col']/button", "/body//button", "//button[not(@data-testid)]",
        "internal:testid=[data-testid=\"sav\"s]", "internal:role=link[name=\"Save\"i]", "internal:role=button[name=\"Cancel\"i]",
        "internal:text=\"Cancel\"i", "internal:text=\"Save\"s", "internal:attr=[placeholder=\"Name\"i]",
        "button >> internal:has-not-text=\"changes\"i", "#signup >> button",
    ])
    func doesNotDesignate(selector: String) {
        #expect(Self.verdict(selector) == .mismatch, "\(selector)")
    }

    /// What the element cannot tell: never a guess either way.
    @Test(arguments: [
        "div.row + button", "div ~ button", "button:hover", "button:has(span)", "(//button)[1]", "//button/..", "//following::button",
        "internal:label=\"Save\"i", "button >> internal:has=\"span\"", "foo=bar", "[onclick]", "[style*=red]",
        "internal:role=button[pressed=true]", "//button[@title='x' or @onclick]", "main[hidden] button",
    ])
    func cannotTell(selector: String) {
        #expect(Self.verdict(selector) == .unknown, "\(selector)")
    }

    @Test func labelsAndFields() {
        #expect(Self.verdict("internal:label=\"User name\"i", Self.input) == .match)
        #expect(Self.verdict("internal:label=\"user\"i", Self.input) == .match)
        #expect(Self.verdict("internal:role=textbox[name=\"User name\"i]", Self.input) == .match)
        // Another label may point at it with `for=`: not a certain miss.
        #expect(Self.verdict("internal:label=\"Password\"i", Self.input) == .unknown)
        #expect(Self.verdict("#username", Self.input) == .match)
        #expect(Self.verdict("#user", Self.input) == .mismatch)
        #expect(Self.verdict("input[name=user]", Self.input) == .match)
        #expect(Self.verdict("label > input.form-control", Self.input) == .match)
        #expect(Self.verdict("//label[contains(., 'User')]/input", Self.input) == .match)
        #expect(Self.verdict("internal:role=checkbox", Self.input) == .mismatch)
        #expect(Self.verdict("input[value=admin]", Self.input) == .unknown) // a field's value is never kept
        #expect(Self.verdict("#login input", Self.input) == .match)
        // Inside a frame: only the part in the element's own document counts.
        #expect(Self.verdict("iframe#pay >> internal:control=enter-frame >> #username", Self.input) == .match)
    }

    @Test func textCutShortOrUnknown() {
        var clipped = Self.button
        clipped.text = String(repeating: "a", count: 200)
        clipped.textClipped = true
        #expect(ElementMatcher(Locator(selector: "internal:text=\"zzz\"i")).match(clipped) == .unknown)
        #expect(ElementMatcher(Locator(selector: "internal:text=\"aaa\"i")).match(clipped) == .match)
        var unknown = Self.button
        unknown.text = nil
        #expect(ElementMatcher(Locator(selector: "internal:role=button[name=\"Save\"i]")).match(unknown) == .unknown)
        #expect(ElementMatcher(Locator(selector: "#login button")).match(unknown) == .match)
        var partial = Self.button
        partial.ancestors.removeFirst(2)
        partial.ancestorsComplete = false
        #expect(ElementMatcher(Locator(selector: "/html/body/main/form/div/button")).match(partial) == .unknown)
        #expect(ElementMatcher(Locator(selector: "section button")).match(partial) == .unknown)
        #expect(ElementMatcher(Locator(selector: "main button")).match(partial) == .match)
    }

    @Test func testIdAttributeOfTheContext() {
        var element = Self.button
        element.attributes.append(A(name: "data-qa", value: "primary"))
        #expect(ElementMatcher(.testId("primary"), testIdAttribute: "data-qa").match(element) == .match)
        #expect(ElementMatcher(.testId("primary")).match(element) == .mismatch)
    }
}
