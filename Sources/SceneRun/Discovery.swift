public import Foundation
public import SceneBundle
public import SceneConfig

/// A file Scene found without asking, and the rule that found it (doctor and the run both say it).
public struct Discovered: Sendable, Equatable, Encodable {
    public var path: String
    /// "runner.python in scene.yml", "$SCENE_PYTHON", ".venv above the scene executable", …
    public var source: String
    public var description: String { "\(path) (\(source))" }
}

/// The one rule that finds the Python interpreter, the browser and the runner files. `scene run`
/// and `scene doctor` both go through `RunnerSetup.make`, so what doctor checks is what the run uses.
public enum Discovery {
    /// runner.python (relative to the config's folder), else $SCENE_PYTHON, else the first
    /// `.venv/bin/python` in or above the config's folder, the current folder, then the scene
    /// executable's folder (a checkout where `make setup` ran), else `python3` on PATH.
    public static func python(configured: String?, configDirectory: URL?, environment: [String: String]) -> Discovered {
        if let configured, !configured.isEmpty {
            let path = configured.hasPrefix("/") || configDirectory == nil ? configured
                : configDirectory!.appendingPathComponent(configured).standardizedFileURL.path
            return Discovered(path: path, source: "runner.python in scene.yml")
        }
        if let fromEnv = environment["SCENE_PYTHON"], !fromEnv.isEmpty { return Discovered(path: fromEnv, source: "$SCENE_PYTHON") }
        let starts: [(URL?, String)] = [(configDirectory, "the config's folder"),
                                        (URL(fileURLWithPath: FileManager.default.currentDirectoryPath), "the current folder"),
                                        (executableDirectory, "the scene executable")]
        for case let (start?, name) in starts {
            if let found = walkUp(from: start, looking: ".venv/bin/python") {
                return Discovered(path: found.path, source: ".venv in or above \(name)")
            }
        }
        if let found = which("python3", environment: environment) { return Discovered(path: found, source: "python3 on PATH") }
        return Discovered(path: "/usr/bin/python3", source: "no python3 on PATH")
    }

    /// The local browser: runner.executablePath, else /usr/bin/chromium when present (for Chromium),
    /// else nil: the runner uses Playwright's own browser.
    public static func browser(configured: String?, name: String) -> Discovered? {
        if let configured, !configured.isEmpty { return Discovered(path: configured, source: "runner.executablePath in scene.yml") }
        if name == BrowserName.chromium.rawValue, FileManager.default.isExecutableFile(atPath: systemChromium) {
            return Discovered(path: systemChromium, source: "the system Chromium")
        }
        return nil
    }
    static let systemChromium = "/usr/bin/chromium"

    /// $SCENE_ASSETS, else the first `assets/` holding `runner/runner.py` walking up from the
    /// scene executable, then from the current folder.
    public static func assetsDirectory(environment: [String: String]) throws -> URL {
        if let fromEnv = environment["SCENE_ASSETS"], !fromEnv.isEmpty {
            let url = URL(fileURLWithPath: fromEnv)
            guard FileManager.default.fileExists(atPath: url.appendingPathComponent("runner/runner.py").path) else {
                throw DiscoveryError.assetsNotFound("$SCENE_ASSETS=\(fromEnv) holds no runner/runner.py")
            }
            return url
        }
        let starts = [executableDirectory, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        for start in starts {
            if let found = walkUp(from: start, looking: "assets/runner/runner.py") {
                return found.deletingLastPathComponent().deletingLastPathComponent()
            }
        }
        throw DiscoveryError.assetsNotFound("no assets/runner/runner.py above \(starts.map(\.path).joined(separator: " or "))")
    }

    /// The folder of the running scene binary, symbolic links resolved.
    static var executableDirectory: URL {
        URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
    }

    static func walkUp(from start: URL, looking relative: String) -> URL? {
        var folder = start.standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    static func which(_ name: String, environment: [String: String]) -> String? {
        for dir in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

/// How a run starts its runner processes: the interpreter, browser and runner files found by
/// `Discovery`, wrapped by the backend. Built the same way by `scene run` and `scene doctor`.
public struct RunnerSetup: Sendable {
    public var python: Discovered
    /// nil: the backend's own browser (Playwright's, the container's, the remote endpoint).
    public var browser: Discovered?
    public var assets: URL
    /// One runner process's command (the pool sets each one's log file).
    public var launch: RunnerLaunch

    /// - Parameters:
    ///   - browser: the browser the plan runs (`chromium`, `firefox`, `webkit`).
    ///   - bundleRoot: the run bundle (mounted into containers).
    ///   - assets: the runner files' folder when known; default `Discovery.assetsDirectory`.
    public static func make(_ runner: RunnerSettings, browser name: String, configDirectory: URL?, bundleRoot: URL,
                            environment: [String: String], assets: URL? = nil) throws -> RunnerSetup {
        let assets = try assets ?? Discovery.assetsDirectory(environment: environment)
        let python = Discovery.python(configured: runner.python, configDirectory: configDirectory, environment: environment)
        // A container or a remote endpoint brings its own browser: a local path means nothing there.
        let browser = runner.backend == .local ? Discovery.browser(configured: runner.executablePath, name: name) : nil
        var arguments = ["--browser", name]
        if let path = browser?.path ?? (runner.backend == .local ? nil : runner.executablePath) { arguments += ["--executable-path", path] }
        if !runner.headless { arguments.append("--headed") }
        let launch = try RunnerBackendLaunch.make(runner, python: python.path, assets: assets, runnerArguments: arguments,
                                                  bundleRoot: bundleRoot, logFile: nil, environment: environment)
        return RunnerSetup(python: python, browser: browser, assets: assets, launch: launch)
    }

    /// What the user reads when this setup cannot start a runner.
    public var summary: String {
        "python \(python.description)" + (browser.map { ", browser \($0.description)" } ?? "") + ", runner files \(assets.path)"
    }
}

public enum DiscoveryError: SceneError, Sendable {
    case assetsNotFound(String)
    public var message: String {
        switch self {
        case let .assetsNotFound(detail): return "runner assets not found: \(detail)"
        }
    }
    public var hint: String? { "set $SCENE_ASSETS to the folder holding runner/runner.py" }
    public var exitStatus: ExitStatus { .unavailable }
}
