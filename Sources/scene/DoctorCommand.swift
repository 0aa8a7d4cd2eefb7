import ArgumentParser
import Foundation
import SceneBundle
import SceneConfig
import SceneRun

struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the browser, Playwright, image libraries and disk; print the fix for each problem.",
        discussion: """
        Finds Python, the browser and the runner files by the rule `scene run` uses (runner.python,
        $SCENE_PYTHON, .venv in or above the config's folder, the current folder or the scene
        executable, python3) and starts the runner as a run would, so a run starts when doctor
        says ok. Exit 0 when every check passes, 2 otherwise.

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

    func run() async throws {
        let path = URL(fileURLWithPath: config).standardizedFileURL
        var checks: [Doctor.Check] = []
        var loaded: Config?
        if FileManager.default.fileExists(atPath: path.path) {
            do { loaded = try ConfigLoader.load(path: path.path) } catch {
                checks.append(Doctor.Check(name: "config", ok: false, detail: ErrorText.describe(error).split(separator: "\n").first.map(String.init) ?? "",
                                           fix: "scene validate --config \(config) lists every problem"))
            }
        }
        let configDirectory = path.deletingLastPathComponent()
        let runs = (loaded?.project.runsURL(configDirectory: configDirectory) ?? configDirectory.appendingPathComponent("runs")).path
        checks += await Doctor.run(runner: loaded?.runner ?? RunnerSettings(), browser: loaded?.browsers.first?.rawValue ?? "chromium",
                                   configDirectory: configDirectory, runsDirectory: runs)
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
