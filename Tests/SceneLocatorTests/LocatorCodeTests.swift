import Foundation
import SceneLocator
import Testing

/// The locator vocabulary: each way of spelling a locator reads back into the same model.
@Suite struct LocatorCodeTests {
    @Test func readsPlaywrightLocatorPrintouts() {
        #expect(Locator(code: "getByRole('button', { name: 'Go' })") == Locator.role("button", name: "Go"))
        #expect(Locator(code: "page.get_by_role(\"link\", name=\"Docs\", exact=True)") == Locator.role("link", name: "Docs", exact: true))
        #expect(Locator(code: "getByTestId('it\\'s')") == Locator.testId("it's"))
        #expect(Locator(code: "locator('#a .b').nth(2)") == Locator(selector: "#a .b").nth(2))
        #expect(Locator(code: "locator('xpath=//a[1]')") == Locator.xpath("//a[1]"))
        #expect(Locator(code: "frameLocator('#pay').getByLabel('Card')") == Locator.label("Card", frame: ["#pay"]))
        #expect(Locator(code: "locator('#pay').contentFrame().getByLabel('Card')") == Locator.label("Card", frame: ["#pay"]))
        #expect(Locator(code: "evaluate('x')") == nil)
        #expect(Locator(code: "getByText('Order placed', { exact: true })") == Locator.text("Order placed", exact: true))
        #expect(Locator(code: "getByRole('listitem').filter({ hasText: 'Pro' }).getByRole('button')")?.steps
            == [.role("listitem", name: nil, options: []), .hasText(TextMatch("Pro"), negated: false), .role("button", name: nil, options: [])])
        #expect(Locator(code: "get_by_alt_text(\"Logo\")")?.target == .altText(TextMatch("Logo")))
        #expect(Locator(code: "getByRole('row').last()")?.nthIndex == -1)
    }

    @Test func printsLocatorsLikePlaywright() {
        #expect(Locator.role("button", name: "Log in", exact: true).javaScript == "getByRole('button', { name: 'Log in', exact: true })")
        #expect(Locator.label("It's", frame: ["#a", "#b"]).javaScript == "locator('#a').contentFrame().locator('#b').contentFrame().getByLabel('It\\'s')")
        #expect(Locator.role("link", name: "Details", exact: true).nth(1).javaScript == "getByRole('link', { name: 'Details', exact: true }).nth(1)")
        #expect(Locator.role("link", name: "Details").nth(0).python == "get_by_role(\"link\", name=\"Details\").first")
    }

    /// Every locator written as JavaScript, Python, a selector or config keys reads back equal.
    @Test(arguments: [
        Locator.label("It's", exact: true), Locator.role("tab", name: "A, b", exact: true, frame: ["#f"]).nth(3),
        Locator(selector: "#promo >> #code"), Locator.xpath("//a[@id='x']"), Locator.placeholder("Search"), Locator.testId("go"),
        Locator.text("Line\n\"two\""), Locator.css("[data-qa=\"buy\"]", frame: ["iframe.pay"]),
        Locator(selector: "internal:role=listitem >> internal:has-text=\"Pro\"i >> internal:role=button[name=\"Buy\"s]"),
        Locator(selector: "internal:attr=[alt=\"Logo\"i]"), Locator(selector: "internal:role=link[name=/sign ?in/i]"),
    ])
    func everySpellingReadsBack(locator: Locator) throws {
        #expect(Locator(selector: locator.selector) == locator, "\(locator.selector)")
        #expect(Locator(keys: locator.keys) == locator, "\(locator.keys)")
        let json = try JSONEncoder().encode(locator)
        #expect(try JSONDecoder().decode(Locator.self, from: json) == locator, "\(String(decoding: json, as: UTF8.self))")
        if locator.targetText?.isRegex != true {
            #expect(Locator(code: locator.javaScript) == locator, "\(locator.javaScript)")
            #expect(Locator(code: locator.python) == locator, "\(locator.python)")
        }
    }

    @Test func configKeysSpellWhatTheyCan() {
        #expect(Locator.role("button", name: "Go").keys == LocatorKeys(role: "button", name: "Go"))
        #expect(Locator.label("Email", exact: true, frame: ["#a", "#b"]).nth(1).keys
            == LocatorKeys(label: "Email", exact: true, nth: 1, frame: "#a >> #b"))
        // What the keys cannot spell is kept as a Playwright selector under css.
        let filtered = Locator([.role("listitem", name: nil, options: []), .hasText(TextMatch("Pro"), negated: false)])
        #expect(filtered.keys == LocatorKeys(css: "internal:role=listitem >> internal:has-text=\"Pro\"i"))
        #expect(Locator(keys: LocatorKeys()) == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Locator.self, from: Data("{\"nth\": 1}".utf8)) }
    }

    @Test func aPersonKeepsTheMostResilientLocator() {
        let candidates = [Locator.xpath("//button[2]"), Locator.css("form > button"), Locator.css("#buy"), Locator.text("Buy now"),
                          Locator.role("button", name: "Buy").nth(1), Locator.label("Buy"), Locator.role("button", name: "Buy")]
        #expect(LocatorPriority.best(candidates) == Locator.role("button", name: "Buy"))
        #expect(LocatorPriority.best(candidates + [Locator.css("[data-qa=\"buy\"]")]) == Locator.css("[data-qa=\"buy\"]"))
        #expect(LocatorPriority.rank(Locator.role("button", name: "Buy").nth(1)) > LocatorPriority.rank(Locator.css("#buy")))
        #expect(LocatorPriority.best([]) == nil)
    }
}
