import SceneConfig
import SceneLocator
@testable import SceneLocate
import SceneTestSupport
import Testing

@Suite struct LocatorTests {
    @Test func readsWhatSelectorsPinOnTheirElement() {
        let css = SelectorHints.css("form#login > div.row input.input-email[name=\"email\"][type=email]:not(.x)")
        #expect(css.tag == "input" && css.classes == ["input-email"] && css.nameAttr == "email" && css.type == "email" && css.id == nil)
        #expect(SelectorHints.css("[data-test-id='buy']").testId == "buy")
        #expect(SelectorHints.css("#promo >> #claim").id == "claim")
        let xp = SelectorHints.xpath("//form//button[@id='go' and contains(@class,'primary')][text()='Go']")
        #expect(xp.tag == "button" && xp.id == "go" && xp.classes == ["primary"] && xp.text == "Go")
    }

    @Test func prefersTestIdThenRoleThenLabelAndStaysUnique() throws {
        let shop = try LocateFixtures.page("v1", "shop.html")
        let build = { (key: String) in LocatorBuilder.build(for: try #require(shop.element(key)), in: shop.snapshot) }
        #expect(try build("add-cart-3") == Locator.testId("add-sku-3"))
        #expect(try build("tab-reviews") == Locator.role("tab", name: "Reviews"))
        // Three "Details" links, no test id: an index among the exact role+name matches.
        #expect(try build("details-2") == Locator.role("link", name: "Details", exact: true).nth(1))
        // "Products" is both a link and a heading; role keeps them apart.
        #expect(try build("shop-heading") == Locator.role("heading", name: "Products"))
        for e in shop.snapshot.elements {
            let spec = LocatorBuilder.build(for: e, in: shop.snapshot)
            let hits = LocatorMatcher.matches(spec, in: shop.snapshot)
            #expect(hits.map(\.index) == [e.index], "\(spec.javaScript) for element \(e.index)")
        }
    }

    @Test func similarityBehaves() {
        #expect(Similarity.of(Prepared("Log in"), Prepared("log  IN")) == 1)
        #expect(Similarity.of(Prepared("Email"), Prepared("Email address")) > 0.7)
        #expect(Similarity.of(Prepared("add-sku-2"), Prepared("cart-add-sku-2")) > Similarity.of(Prepared("add-sku-2"), Prepared("cart-add-sku-1")))
        #expect(Similarity.of(Prepared("loginButton"), Prepared("login-button")) == 1 || Similarity.of(Prepared("loginButton"), Prepared("login-button")) > 0.9)
        #expect(Similarity.of(Prepared(""), Prepared("x")) == 0)
        #expect(Similarity.levenshtein(Array("kitten".utf8), Array("sitting".utf8)) == 3)
        #expect(Similarity.levenshtein(Array("kitten".utf8), Array("sitting".utf8), atMost: 2) == nil)
        // The bit-parallel path (<= 64 bytes) agrees with the plain dynamic programme.
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let a = (0..<Int.random(in: 1...64, using: &rng)).map { _ in UInt8.random(in: 97...100, using: &rng) }
            let b = (0..<Int.random(in: 0...80, using: &rng)).map { _ in UInt8.random(in: 97...100, using: &rng) }
            let expected = b.isEmpty ? a.count : Similarity.dynamicProgramming(a, b)
            #expect(Similarity.levenshtein(a, b) == expected, "\(a) \(b)")
        }
        #expect(Similarity.pathSimilarity(["html", "body", "main", "form"], ["html", "body", "main", "div", "form"]) > 0.85)
    }
}
