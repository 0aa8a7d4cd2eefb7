public import Foundation
public import SceneConfig
import SceneBundle

/// Checks the machine for what a run needs and says how to fix each problem. It finds Python, the
/// browser and the runner files through `RunnerSetup.make`, as `scene run` does, and starts the
/// runner the same way: when doctor says ok, a run's runner starts.
public enum Doctor {
    public struct Check: Sendable, Encodable {
        public var name: String
        public var ok: Bool
        public var detail: String
        public var fix: String?
        public init(name: String, ok: Bool, detail: String, fix: String? = nil) {
            self.name = name; self.ok = ok; self.detail = detail; self.fix = fix
        }
    }

    /// - Parameters:
    ///   - configDirectory: the folder of the config (where `runner.python` and `.venv` are looked for first).
    ///   - browser: the browser the config's plans run.
    public static func run(runner: RunnerSettings, browser: String = "chromium", configDirectory: URL?, runsDirectory: String,
                           environment: [String: String] = ProcessInfo.processInfo.environment) async -> [Check] {
        var checks: [Check] = []
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("scene-doctor-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            let setup = try RunnerSetup.make(runner, browser: browser, configDirectory: configDirectory, bundleRoot: scratch,
                                             environment: environment)
            if runner.backend == .local { checks += localChecks(setup) }
            checks.append(Check(name: "runner files", ok: true, detail: setup.assets.path))
            checks.append(await runnerCheck(setup, log: scratch.appendingPathComponent("runner.log")))
        } catch {
            checks.append(Check(name: "runner", ok: false, detail: ErrorText.message(error), fix: (error as? any SceneError)?.hint))
        }
        for (lib, pkg) in [("libpng16.so.16", "libpng16-16"), ("libjpeg.so.62", "libjpeg62-turbo"), ("libisal.so.2", "libisal2")] {
            let found = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib", "/usr/local/lib"]
                .contains { FileManager.default.fileExists(atPath: "\($0)/\(lib)") }
            checks.append(Check(name: lib, ok: found, detail: found ? "present" : "missing", fix: found ? nil : "sudo apt-get install -y \(pkg)"))
        }
        let dir = FileManager.default.fileExists(atPath: runsDirectory) ? runsDirectory : "."
        if let attrs = try? FileManager.default.attributesOfFileSystem(forPath: dir),
           let free = (attrs[.systemFreeSize] as? NSNumber)?.int64Value {
            let gb = Double(free) / 1_073_741_824
            checks.append(Check(name: "disk", ok: gb >= 1, detail: String(format: "%.1f GiB free at %@", gb, dir),
                                fix: gb >= 1 ? nil : "free some space: a run of 800 pages needs a few GiB"))
        }
        return checks
    }

    /// The interpreter and the browser a local run uses, each said with the rule that found it.
    static func localChecks(_ setup: RunnerSetup) -> [Check] {
        var checks: [Check] = []
        let python = setup.python
        if let v = output(python.path, ["-c", "import importlib.metadata as m; print(m.version('playwright'))"]) {
            checks.append(Check(name: "playwright", ok: true, detail: "\(python.description): playwright \(v)"))
        } else {
            checks.append(Check(name: "playwright", ok: false, detail: "\(python.description) cannot import playwright",
                                fix: "make setup (creates .venv with the pinned playwright), or set runner.python or $SCENE_PYTHON"))
        }
        if let browser = setup.browser {
            if let v = output(browser.path, ["--version"]) {
                checks.append(Check(name: "browser", ok: true, detail: "\(browser.description): \(v)"))
            } else {
                checks.append(Check(name: "browser", ok: false, detail: "\(browser.description) not found or does not start",
                                    fix: "sudo apt-get install -y chromium fonts-dejavu-core fonts-liberation (or set runner.executablePath)"))
            }
        } else {
            checks.append(Check(name: "browser", ok: true, detail: "no system browser: Playwright's own (the runner check below starts it)"))
        }
        return checks
    }

    /// Starts one runner exactly as a run does and waits for its hello (or the reason it cannot start).
    static func runnerCheck(_ setup: RunnerSetup, log: URL) async -> Check {
        var launch = setup.launch
        launch.logFile = log
        let client = RunnerClient(launch: launch, resolver: nil)
        do {
            let hello = try await client.start()
            await client.shutdown()
            return Check(name: "runner", ok: true, detail: "starts: \(hello.browser.name) \(hello.browser.version), Playwright \(hello.playwright)")
        } catch {
            await client.shutdown()
            return Check(name: "runner", ok: false, detail: "does not start (\(setup.summary)): \(ErrorText.message(error))",
                         fix: (error as? any SceneError)?.hint)
        }
    }

    /// The first line a command prints, or nil when it cannot run or fails.
    static func output(_ executable: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init)
    }
}
