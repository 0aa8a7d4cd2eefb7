import Foundation
import SceneConfig
import SceneLocate
import Testing

@Suite struct StepYAMLTests {
    @Test func writesTheShorthandOfTheConfigContract() {
        #expect(StepYAML.item(Step(kind: .click, locator: LocatorSpec(role: "button", name: "Log in"))) == "- click: {role: button, name: Log in}")
        #expect(StepYAML.item(Step(kind: .fill, locator: LocatorSpec(label: "Email"), value: "x")) == "- fill: {label: Email, value: x}")
        #expect(StepYAML.item(Step(kind: .press, value: "Enter")) == "- press: Enter")
        #expect(StepYAML.item(Step(kind: .goto, value: "/pricing")) == "- goto: /pricing")
        #expect(StepYAML.item(Step(kind: .select, locator: LocatorSpec(label: "Country"), value: "Germany")) == "- select: {label: Country, value: Germany}")
        #expect(StepYAML.item(Step(kind: .check, locator: LocatorSpec(label: "I agree"))) == "- check: {label: I agree}")
        #expect(StepYAML.item(Step(kind: .hover, locator: LocatorSpec(text: "Products"))) == "- hover: {text: Products}")
        #expect(StepYAML.item(Step(kind: .scroll, scrollY: 800)) == "- scroll: {y: 800}")
        #expect(StepYAML.item(Step(kind: .wait, wait: .text("Welcome"))) == "- wait: {text: Welcome}")
        #expect(StepYAML.item(Step(kind: .assertVisible, locator: LocatorSpec(text: "Order placed"))) == "- assertVisible: {text: Order placed}")
        #expect(StepYAML.item(Step(kind: .assertTitle, value: "Shop")) == "- assertTitle: Shop")
        #expect(StepYAML.item(Step(kind: .setCookie, value: "hunter2", name: "session", secret: true)).contains("hunter2") == false)
    }

    @Test func quotesWhatYAMLWouldMisread() {
        for s in ["yes", "No", "12", "3.5", "a: b", "#id", "{x}", "it's", " padded", "x, y", "", "null", "Price: low to high"] {
            #expect(StepYAML.scalar(s).hasPrefix("'"), "\(s)")
        }
        #expect(StepYAML.scalar("Log in") == "Log in")
        #expect(StepYAML.scalar("it's") == "'it''s'")
    }

    /// Every resolved plain-language step of the demo pages, written as YAML and read back by
    /// the config loader, is the same step.
    @Test func resolvedStepsReadBackThroughTheConfigLoader() throws {
        var steps: [Step] = [
            Step(kind: .click, locator: LocatorSpec(role: "link", name: "Details", exact: true, nth: 2, frame: "#pay >> #inner")),
            Step(kind: .fill, locator: LocatorSpec(css: "#promo >> #code"), value: "a: b, 'c'"),
            Step(kind: .wait, wait: .timeout(ms: 2000)), Step(kind: .wait, wait: .networkIdle),
            Step(kind: .scroll, value: "bottom"), Step(kind: .press, value: "Control+A"),
            Step(kind: .click, locator: LocatorSpec(testId: "go"), timeoutMs: 3000, optional: true),
        ]
        for c in try Fixtures.plainCases() {
            let page = try Fixtures.page(c.version, c.page)
            if let step = Interpreter().interpret(c.sentence, snapshot: page.snapshot).step { steps.append(step) }
        }
        var yaml = "project: t\npages:\n  - id: p\n    url: http://127.0.0.1/\ntasks:\n  - id: t\n    steps:\n"
        for step in steps { yaml += "      " + StepYAML.item(step) + "\n" }
        let (config, diagnostics) = ConfigLoader.validate(data: Data(yaml.utf8), file: "healed.yml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)\n\(yaml)")
        let read = try #require(config?.tasks.first { $0.id == "t" }?.steps).map { s -> Step in var s = s; s.source = nil; return s }
        #expect(read.count == steps.count)
        for (a, b) in zip(read, steps) { #expect(a == b, "\(StepYAML.item(b))") }
    }
}
