import ArgumentParser
import Foundation
import SceneBundle
import SceneConfig
import SceneRun

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the browser, Playwright, image libraries and disk; print the fix for each problem.",
        discussion: """
        Example:
          scene doctor --config sample-runs/scene.yml
        """
    )
    @Option(name: [.short, .long], help: "The config file (optional: its runner settings are used).") var config = "scene.yml"
    @OptionGroup var output: JSONOutput

    /// `scene doctor --json`.
    struct Document: JSONDocument {
        var ok: Bool
        var checks: [Doctor.Check]
    }

    func run() throws {
        let settings = (try? ConfigLoader.load(path: config)).map { ($0.runner, $0.project.runsDirectory) }
        let checks = Doctor.run(python: settings?.0.python, browser: settings?.0.executablePath, runsDirectory: settings?.1 ?? "runs")
        if output.wanted() {
            try Document(ok: checks.allSatisfy(\.ok), checks: checks).print()
        } else {
            for c in checks {
                print("\(c.ok ? "ok  " : "FAIL") \(c.name): \(c.detail)")
                if let fix = c.fix { print("     fix: \(fix)") }
            }
        }
        if !checks.allSatisfy(\.ok) { throw ExitCode(.executionErrors) }
    }
}
