import SceneLocator
import Foundation
import SceneTestSupport
import SceneTrace
import Testing
@testable import SceneRepro


@Suite struct ReproTests {
    static func traceActions() throws -> [ReproAction] {
        try TraceAnalyzer.analyze(trace: traceFixtures.appendingPathComponent("pw-1.65.zip"), expected: nil).actions.map(ReproAction.init)
    }

    @Test func pythonFromARealTrace() throws {
        let py = try ReproGenerator.generate(Self.traceActions(), format: .python)
        #expect(py.contains(#"    page.get_by_label("Email").fill("a@b.c")"#))
        #expect(py.contains(#"    page.get_by_placeholder("Search here").press_sequentially("hi")"#))
        #expect(py.contains(#"    page.get_by_role("checkbox", name="Subscribe").check()"#))
        #expect(py.contains(#"    page.get_by_label("Color").select_option("blue")"#))
        #expect(py.contains(#"    page.get_by_test_id("go").click()"#))
        #expect(py.contains(#"    page.locator("form").locator("button").first.click()"#))
        #expect(py.contains("    page.mouse.wheel(0, 100)"))
        #expect(py.contains(#"    expect(page.get_by_test_id("go")).to_be_visible()"#))
        #expect(py.contains("    # This action failed in the trace: Timeout 300ms exceeded."))
        #expect(py.contains("    page.go_back()"))
        #expect(py.contains(#"page.get_by_label("Password").fill("[user-provided]")"#))
        #expect(!py.contains("hunter2"))
    }

    @Test func typeScriptAndSteps() throws {
        let actions = try Self.traceActions()
        let ts = try ReproGenerator.generate(actions, format: .typescript)
        #expect(ts.contains("import { test, expect } from '@playwright/test';"))
        #expect(ts.contains("  await page.getByRole('button', { name: 'Go' }).dblclick();"))
        #expect(ts.contains("  await expect(page.getByTestId('go')).toBeVisible();"))
        #expect(ts.contains("  await page.getByLabel('Password').fill('[user-provided]'); // secret value not recorded"))
        #expect(ts.contains("  await page.getByPlaceholder('Search here').pressSequentially('hi');"))
        #expect(ts.contains("  await page.getByLabel('Color').selectOption('blue');"))
        #expect(ts.contains("  await page.getByRole('checkbox', { name: 'Subscribe' }).check();"))
        #expect(ts.contains("  await page.mouse.wheel(0, 100);"))
        #expect(ts.contains("  await page.goBack();"))
        #expect(ts.contains("  // This action failed in the trace: Timeout 300ms exceeded."))
        let steps = try ReproGenerator.generate(actions, format: .steps)
        let lines = steps.split(separator: "\n").map(String.init)
        #expect(lines.contains(#"2. Type "a@b.c" into: "Email" field"#))
        #expect(lines.contains(#"3. Type [user-provided] into: "Password" field"#))
        #expect(lines.contains(#"6. Check: "Subscribe" checkbox"#))
        #expect(lines.contains(#"9. Double-click: "Go" button"#))
        #expect(lines.contains("14. Scroll down 100 px"))
        #expect(lines.contains(#"15. Check that element with test id "go" is visible"#))
        #expect(!steps.contains("hunter2"))
    }

    @Test func escapingSurvivesQuotesBackslashesNewlines() throws {
        let nasty = "He said \"hi\" & 'bye'\\n\nline2\u{2028}"
        let action = ReproAction(kind: .fill, locators: [Locator([.label(TextMatch("Q\"uote'"))])], value: nasty)
        let py = try ReproGenerator.generate([action], format: .python)
        #expect(py.contains(#"page.get_by_label("Q\"uote'").fill("He said \"hi\" & 'bye'\\n\nline2\u2028")"#))
        let ts = try ReproGenerator.generate([action], format: .typescript)
        #expect(ts.contains(#"page.getByLabel('Q"uote\'').fill('He said "hi" & \'bye\'\\n\nline2\u2028')"#))
        let steps = try ReproGenerator.generate([action], format: .steps)
        #expect(steps.contains(#"1. Type "He said \"hi\" & 'bye'\\n\nline2\u2028" into: "Q\"uote'" field"#))
        #expect(!py.split(separator: "\n").contains { $0.contains("line2") && !$0.contains("fill") })
    }

    @Test func pausesBaseURLAndLastN() throws {
        let actions = [
            ReproAction(kind: .navigate, value: "http://old.example:8080/a?q=1", url: "http://old.example:8080/a?q=1", timeMs: 0),
            ReproAction(kind: .click, locators: [Locator([.testId(TextMatch("x", exact: true))])], url: "http://old.example:8080/a?q=1", timeMs: 500),
            ReproAction(kind: .click, locators: [Locator([.css("#y")])], url: "http://old.example:8080/b", timeMs: 4000),
        ]
        let options = ReproOptions(baseURL: "http://127.0.0.1:9/")
        let py = try ReproGenerator.generate(actions, format: .python, options: options)
        #expect(py.contains(#"page.goto("http://127.0.0.1:9/a?q=1")"#))
        // Time passed in the original: a person, or a page loading; said without guessing which.
        #expect(py.contains("    # 3.5 s passed here in the original before the next action."))
        #expect(!py.contains("user paused"))
        #expect(!py.contains("old.example"))
        let steps = try ReproGenerator.generate(actions, format: .steps, options: ReproOptions(last: 1))
        #expect(steps.contains("(The first 2 action(s) were left out (only the last ones were asked for).)"))
        #expect(steps.contains("1. Go to http://old.example:8080/b\n2. Click: element \"#y\""))
        #expect(throws: ReproError.noActions) { try ReproGenerator.generate([], format: .python) }
        #expect(throws: ReproError.badBaseURL("nope")) { try ReproGenerator.generate(actions, format: .python, options: ReproOptions(baseURL: "nope")) }
    }

    @Test func outputIsCappedKeepingTheMostRecentActions() throws {
        let big = String(repeating: "z", count: 1000)
        let actions = (0..<500).map { i in
            ReproAction(kind: .fill, locators: [Locator([.css("#f\(i)")])], value: big, url: "http://h/", timeMs: Double(i))
        }
        for format in ReproFormat.allCases {
            let out = try ReproGenerator.generate(actions, format: format)
            #expect(out.utf8.count <= 200 * 1024)
            #expect(out.utf8.count > 150 * 1024)
            #expect(out.contains("output capped at 200 KB"))
            #expect(out.contains("#f499"))
            #expect(!out.contains("#f0\""))
            #expect(!out.contains("#f0'"))
        }
    }

    @Test func bestLocatorFollowsThePriority() {
        let css = Locator([.css("form > button")]), id = Locator([.css("#go")]), text = Locator([.text(TextMatch("Go"))])
        let label = Locator([.label(TextMatch("Go"))]), role = Locator([.role("button", name: TextMatch("Go"), options: [])])
        let testId = Locator([.testId(TextMatch("go", exact: true))])
        #expect(LocatorPriority.best([css, id, text, label, role, testId]) == testId)
        #expect(LocatorPriority.best([css, id, text, label, role]) == role)
        #expect(LocatorPriority.best([css, id, text, label]) == label)
        #expect(LocatorPriority.best([css, id, text]) == text)
        #expect(LocatorPriority.best([css, id]) == id)
    }

    /// Waits and the screen of the original are reproduced: without them a reproduction fails
    /// where the run passed (an element not there yet) or shows another layout (desktop for mobile).
    @Test func waitsAndTheViewportAreReproduced() throws {
        let text = Locator(selector: "internal:text=\"Saved\"i >> visible=true >> nth=0")
        let waitForText = ReproAction(TraceAction(index: 1, kind: .wait, locator: text, value: "visible", startMs: 100))
        #expect(waitForText.anyVisibleMatch && waitForText.locators == [Locator.text("Saved")])
        let actions = [
            ReproAction(kind: .navigate, value: "http://127.0.0.1:9/", url: "http://127.0.0.1:9/", timeMs: 0),
            waitForText,
            ReproAction(kind: .wait, locators: [Locator.css("#spinner")], value: "hidden", timeMs: 200),
            ReproAction(kind: .wait, value: "1500", timeMs: 300),
        ]
        let screen = TraceViewport(width: 390, height: 844, deviceScaleFactor: 3, isMobile: true)
        let options = ReproOptions(viewport: screen)
        let py = try ReproGenerator.generate(actions, format: .python, options: options)
        #expect(py.contains(#"    page.set_viewport_size({"width": 390, "height": 844})"#))
        #expect(py.contains(#"page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=3, is_mobile=True)"#))
        #expect(py.contains(#"    page.get_by_text("Saved").filter(visible=True).first.wait_for()"#))
        #expect(py.contains(##"    page.locator("#spinner").wait_for(state="hidden")"##))
        #expect(py.contains("    page.wait_for_timeout(1500)"))
        let ts = try ReproGenerator.generate(actions, format: .typescript, options: options)
        #expect(ts.contains("test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true });\n\ntest('reproduction'"))
        #expect(ts.contains("  await page.getByText('Saved').filter({ visible: true }).first().waitFor();"))
        #expect(ts.contains("  await page.locator('#spinner').waitFor({ state: 'hidden' });"))
        #expect(ts.contains("  await page.waitForTimeout(1500);"))
        let steps = try ReproGenerator.generate(actions, format: .steps, options: options)
        #expect(steps.contains("(in a browser window of 390 × 844 CSS pixels, device pixel ratio 3, mobile)"))
        #expect(steps.contains("2. Wait until any \"Saved\" text is visible"), "\(steps)")
        #expect(steps.contains("3. Wait until element \"#spinner\" is hidden"))
        #expect(steps.contains("4. Wait 1.5 s"))
    }

    @Test func negatedAssertionsInBothDialects() throws {
        let actions = [ReproAction(kind: .navigate, value: "http://127.0.0.1:9/", url: "http://127.0.0.1:9/"),
                       ReproAction(kind: .assert, value: "not to.have.title \"Old\"", url: "http://127.0.0.1:9/")]
        let py = try ReproGenerator.generate(actions, format: .python)
        let ts = try ReproGenerator.generate(actions, format: .typescript)
        #expect(py.contains(#"    expect(page).not_to_have_title("Old")"#))
        #expect(ts.contains("  await expect(page).not.toHaveTitle('Old');"))
    }
}
