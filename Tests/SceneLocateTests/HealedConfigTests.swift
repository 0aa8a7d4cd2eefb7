import SceneLocator
import Foundation
import SceneBundle
import SceneConfig
import SceneLocate
import SceneTestSupport
import Testing

@Suite struct HealedConfigTests {
    let yaml = """
    project: shop
    pages:
      - id: login
        url: http://127.0.0.1/login.html
    tasks:
      - id: signin
        steps:
          - fill: {css: "#email", value: a@b.c}   # who signs in
          - click:
              css: "#login-btn"
              timeoutMs: 5000
          - "Check 'Remember me'"
          - press: Enter
    """

    func steps() throws -> [Step] {
        let (config, diagnostics) = ConfigLoader.validate(data: Data(yaml.utf8), file: "scene.yml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return try #require(config?.tasks.first { $0.id == "signin" }?.steps)
    }

    @Test func rewritesHealedStepsAndShowsAUnifiedDiff() throws {
        let declared = try steps()
        let records: [String: [HealingRecord]] = [
            "login~signin~desktop~chromium": [
                HealingRecord(step: 0, failedLocator: "locator('#email')", chosenLocator: "getByRole('textbox', { name: 'Email address' })", score: 0.9, reason: "r"),
                HealingRecord(step: 1, failedLocator: "locator('#login-btn')", chosenLocator: "getByTestId('signin-button')", score: 0.8, reason: "r"),
            ],
            "login~signin~mobile~chromium": [
                HealingRecord(step: 1, failedLocator: "locator('#login-btn')", chosenLocator: "getByTestId('signin-button')", score: 0.8, reason: "r"),
                // A failed attempt is recorded but never written.
                HealingRecord(step: 3, failedLocator: "x", chosenLocator: nil, score: 0.2, reason: "cannot heal"),
            ],
        ]
        let steps = ["login~signin~desktop~chromium": declared, "login~signin~mobile~chromium": declared]
        let (edits, problems) = HealedConfig.edits(steps: steps, records: records)
        #expect(problems.isEmpty, "\(problems)")
        #expect(edits.count == 2)
        #expect(edits.first { $0.line == 9 }?.executions.count == 2)
        let (replacements, textProblems) = HealedConfig.replacements(edits, in: yaml)
        #expect(textProblems.isEmpty, "\(textProblems)")
        let healed = HealedConfig.apply(replacements, to: yaml)
        #expect(healed.contains("      - fill: {role: textbox, name: Email address, value: a@b.c}  # who signs in"))
        #expect(healed.contains("      - click: {testId: signin-button, timeoutMs: 5000}\n      - \"Check 'Remember me'\""))
        // The healed file is a valid config whose steps carry the new locators.
        let (config, diagnostics) = ConfigLoader.validate(data: Data(healed.utf8), file: "scene.healed.yml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)\n\(healed)")
        let after = try #require(config?.tasks.first?.steps)
        #expect(after[0].locator == Locator.role("textbox", name: "Email address") && after[0].value == "a@b.c")
        #expect(after[1].locator == Locator.testId("signin-button") && after[1].timeoutMs == 5000)
        #expect(after[2] .kind == .plain && after[3].value == "Enter")

        let patch = HealedConfig.unifiedDiff(replacements, in: yaml, oldName: "scene.yml", newName: "scene.healed.yml")
        #expect(patch.hasPrefix("--- scene.yml\n+++ scene.healed.yml\n@@ -5,"))
        #expect(patch.contains("-      - fill: {css: \"#email\", value: a@b.c}   # who signs in\n"))
        #expect(patch.contains("-          css: \"#login-btn\"\n-          timeoutMs: 5000\n+      - click: {testId: signin-button, timeoutMs: 5000}"))
    }

    @Test func refusesEditsThatNoLongerFitTheFile() throws {
        let declared = try steps()
        let records = ["e": [HealingRecord(step: 0, failedLocator: "a", chosenLocator: "getByTestId('x')", score: 1, reason: "")]]
        let (edits, _) = HealedConfig.edits(steps: ["e": declared], records: records)
        let shifted = "\n" + yaml
        let (replacements, problems) = HealedConfig.replacements(edits, in: shifted)
        #expect(replacements.isEmpty)
        #expect(problems.first?.contains("has scene.yml changed") == true)
        let (_, missing) = HealedConfig.edits(steps: [:], records: records)
        #expect(missing.first?.contains("not in the run's plan") == true)
    }

    @Test func reportsExecutionsThatDisagree() throws {
        let declared = try steps()
        let records = [
            "a": [HealingRecord(step: 3, failedLocator: "k", chosenLocator: "getByTestId('one')", score: 1, reason: "")],
            "b": [HealingRecord(step: 3, failedLocator: "k", chosenLocator: "getByTestId('two')", score: 1, reason: "")],
            "c": [HealingRecord(step: 3, failedLocator: "k", chosenLocator: "getByTestId('two')", score: 1, reason: "")],
        ]
        let (edits, problems) = HealedConfig.edits(steps: ["a": declared, "b": declared, "c": declared], records: records)
        #expect(edits.first?.chosenLocator == "getByTestId('two')")
        #expect(problems.first?.contains("differently") == true)
    }
}

extension HealedConfigTests {
    @Test func writesPassedPlainStepsAsTheDeclarativeStepsTheyResolvedTo() throws {
        let declared = try steps()
        let results = ["e": [
            StepResult(index: 2, description: "Check 'Remember me'", status: "passed", durationMs: 12,
                       resolvedLocator: "getByRole('checkbox', { name: 'Remember me' })"),
            StepResult(index: 3, description: "press", status: "passed", durationMs: 1),
        ]]
        let (edits, problems) = HealedConfig.plainEdits(steps: ["e": declared], results: results)
        #expect(problems.isEmpty && edits.count == 1)
        let (replacements, textProblems) = HealedConfig.replacements(edits, in: yaml)
        #expect(textProblems.isEmpty, "\(textProblems)")
        let healed = HealedConfig.apply(replacements, to: yaml)
        #expect(healed.contains("      - check: {role: checkbox, name: Remember me}\n      - press: Enter"))
    }
}
