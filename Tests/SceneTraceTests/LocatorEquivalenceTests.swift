import SceneLocator
import Testing
@testable import SceneTrace

/// Alignment by spelling: two locators of one element, written differently, count as the same.
@Suite struct LocatorEquivalenceTests {
    @Test func equivalentForms() {
        func score(_ a: String, _ b: String) -> Double {
            LocatorEquivalence.score(Locator(selector: a), Locator(selector: b))
        }
        #expect(score(#"internal:role=button[name="Go"i]"#, #"internal:role=button[name="  go "s]"#) == 1)
        #expect(score("#email", #"[id="email"]"#) == 1)
        #expect(score("#email", "//*[@id='email']") == 1)
        #expect(score(#"internal:testid=[data-testid="go"s]"#, "[data-testid=go]") == 1)
        #expect(score(#"internal:label="Email"i"#, #"[aria-label="email"]"#) == 1)
        #expect(score(#"internal:label="Email:"i"#, #"internal:role=textbox[name="Email"i]"#) == 0.7)
        #expect(score(#"internal:role=button[name="Go"i]"#, #"internal:role=button[name="Stop"i]"#) == 0)
        #expect(score("li >> nth=0", "li >> nth=1") == 0)
        #expect(score("#a", "#b") == 0)
    }
}
