import ArgumentParser
import Foundation
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
    @Flag(help: "Print a JSON document.") var json = false

    func run() throws {
        let settings = (try? ConfigLoader.load(path: config)).map { ($0.runner, $0.project.runsDirectory) }
        let checks = Doctor.run(python: settings?.0.python, browser: settings?.0.executablePath, runsDirectory: settings?.1 ?? "runs")
        if json {
            printJSON(["schemaVersion": 1, "ok": checks.allSatisfy(\.ok),
                       "checks": checks.map { ["name": $0.name, "ok": $0.ok, "detail": $0.detail, "fix": ($0.fix as Any?) ?? NSNull()] }])
        } else {
            for c in checks {
                print("\(c.ok ? "ok  " : "FAIL") \(c.name): \(c.detail)")
                if let fix = c.fix { print("     fix: \(fix)") }
            }
        }
        if !checks.allSatisfy(\.ok) { throw SceneExit.executionErrors }
    }
}
