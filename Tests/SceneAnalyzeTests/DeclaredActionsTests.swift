import SceneBundle
import SceneLocator
import SceneConfig
import SceneTrace
import Testing
@testable import SceneAnalyze

@Suite struct DeclaredActionsTests {
    @Test func stepsBecomeExpectedActions() {
        let steps: [Step] = [
            Step(kind: .goto, value: "/login"),
            Step(kind: .fill, locator: Locator.label("Email"), value: "a@b.c"),
            Step(kind: .fill, locator: Locator.label("Password"), value: "hunter2"),
            Step(kind: .setCookie, value: "v", name: "k", secret: true),
            Step(kind: .click, locator: Locator.role("button", name: "Sign in", exact: true)),
            Step(kind: .click, locator: Locator(selector: "li >> nth=0")),
            Step(kind: .press, value: "Enter"),
            Step(kind: .wait, wait: .networkIdle),
            Step(kind: .assertVisible, locator: Locator.testId("welcome")),
            Step(kind: .plain, value: "accept the cookies"),
        ]
        let expected = DeclaredActions.expected(from: steps)
        #expect(expected.map(\.kind) == [.navigate, .fill, .fill, .click, .click, .press, .assert])
        #expect(expected[0].url == "/login")
        #expect(expected[1].locatorText == "getByLabel('Email')" && expected[1].value == "a@b.c")
        #expect(expected[2].redacted && expected[2].value == nil)
        #expect(expected[3].locatorText == "getByRole('button', { name: 'Sign in', exact: true })")
        #expect(expected[4].locatorText == "locator('li').first()")
        #expect(expected[6].optional)
    }

    @Test func scenesOwnLoadsComeFirst() {
        func planned(_ url: String, steps: [Step] = []) -> PlannedExecution {
            let viewport = Viewport(name: "small", width: 640, height: 480)
            return PlannedExecution(key: ExecutionKey(page: "home", task: "default", viewport: viewport.name, browser: "chromium"),
                                    url: url, referenceURL: nil, viewport: viewport, page: Page(id: "home", url: url), steps: steps)
        }
        var page = planned("http://127.0.0.1:1/", steps: [Step(kind: .click, locator: Locator.testId("go"))])
        #expect(DeclaredActions.expected(for: page).map(\.kind) == [.navigate, .click])
        #expect(DeclaredActions.expected(for: page)[0].url == "http://127.0.0.1:1/")
        page.referenceURL = "http://127.0.0.1:2/"
        #expect(DeclaredActions.expected(for: page).map(\.kind) == [.navigate, .click, .navigate, .click], "the runner repeats the steps on the reference")
        #expect(DeclaredActions.expected(for: planned("http://127.0.0.1:1/x")).map(\.url) == ["http://127.0.0.1:1/x"])
    }
}
