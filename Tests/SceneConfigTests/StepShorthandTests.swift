import SceneLocator
import Foundation
import SceneConfig
import SceneTestSupport
import Testing

@Suite struct StepShorthandTests {
    @Test func writesTheShorthandOfTheConfigContract() {
        #expect(StepShorthand.item(Step(kind: .click, locator: Locator.role("button", name: "Log in"))) == "- click: {role: button, name: Log in}")
        #expect(StepShorthand.item(Step(kind: .fill, locator: Locator.label("Email"), value: "x")) == "- fill: {label: Email, value: x}")
        #expect(StepShorthand.item(Step(kind: .press, value: "Enter")) == "- press: Enter")
        #expect(StepShorthand.item(Step(kind: .goto, value: "/pricing")) == "- goto: /pricing")
        #expect(StepShorthand.item(Step(kind: .select, locator: Locator.label("Country"), value: "Germany")) == "- select: {label: Country, value: Germany}")
        #expect(StepShorthand.item(Step(kind: .check, locator: Locator.label("I agree"))) == "- check: {label: I agree}")
        #expect(StepShorthand.item(Step(kind: .hover, locator: Locator.text("Products"))) == "- hover: {text: Products}")
        #expect(StepShorthand.item(Step(kind: .scroll, scrollY: 800)) == "- scroll: {y: 800}")
        #expect(StepShorthand.item(Step(kind: .wait, wait: .text("Welcome"))) == "- wait: {text: Welcome}")
        #expect(StepShorthand.item(Step(kind: .assertVisible, locator: Locator.text("Order placed"))) == "- assertVisible: {text: Order placed}")
        #expect(StepShorthand.item(Step(kind: .assertTitle, value: "Shop")) == "- assertTitle: Shop")
        #expect(StepShorthand.item(Step(kind: .setCookie, value: "hunter2", name: "session", secret: true)).contains("hunter2") == false)
    }

    @Test func quotesWhatYAMLWouldMisread() {
        for s in ["yes", "No", "12", "3.5", "a: b", "#id", "{x}", "it's", " padded", "x, y", "", "null", "Price: low to high"] {
            #expect(StepShorthand.scalar(s).hasPrefix("'"), "\(s)")
        }
        #expect(StepShorthand.scalar("Log in") == "Log in")
        #expect(StepShorthand.scalar("it's") == "'it''s'")
    }

    /// The writer and the config loader agree: every step written as YAML reads back as the same step.
    @Test func writtenStepsReadBackThroughTheConfigLoader() throws {
        let steps: [Step] = [
            Step(kind: .click, locator: Locator.role("link", name: "Details", exact: true, frame: ["#pay", "#inner"]).nth(2)),
            Step(kind: .fill, locator: Locator(selector: "#promo >> #code"), value: "a: b, 'c'"),
            Step(kind: .type, locator: Locator.placeholder("Search: products"), value: "  spaced  "),
            Step(kind: .select, locator: Locator.label("Country", exact: true), value: "yes"),
            Step(kind: .check, locator: Locator.xpath("//input[@name='terms']")),
            Step(kind: .hover, locator: Locator.text("#1 \"best\" seller")),
            Step(kind: .click, locator: Locator([.role("listitem", name: nil, options: []), .hasText(TextMatch("Pro"), negated: false)])),
            Step(kind: .press, locator: Locator.label("Email"), value: "Enter"), Step(kind: .press, value: "Control+A"),
            Step(kind: .wait, wait: .timeout(ms: 2000)), Step(kind: .wait, wait: .networkIdle), Step(kind: .wait, wait: .text("Done: 100%")),
            Step(kind: .wait, wait: .selector(".ready")), Step(kind: .scroll, value: "bottom"), Step(kind: .scroll, scrollY: -300),
            Step(kind: .scroll, locator: Locator.css("footer")), Step(kind: .goto, value: "/a?b=c#d"), Step(kind: .evaluate, value: "x = {a: 1}"),
            Step(kind: .assertTitle, value: "Shop — home"), Step(kind: .assertText, locator: Locator.testId("total"), value: "$35"),
            Step(kind: .assertVisible, locator: Locator.role("dialog")), Step(kind: .setLocalStorage, value: "dark", name: "theme"),
            Step(kind: .screenshot, locator: Locator.css("#chart"), value: "chart"),
            Step(kind: .click, locator: Locator.testId("go"), timeoutMs: 3000, optional: true),
            Step(kind: .plain, value: "Click the \"Buy\" button: now"),
        ]
        try expectStepsReadBack(steps)
    }
}
