public import Foundation
public import SceneBundle
public import SceneConfig

/// How each backend of `runner:` starts one runner process. The runner file and its JSON
/// protocol are the same everywhere; only the command around it changes.
///
/// - local: `python -u assets/runner/runner.py …` (the browser is launched by the runner).
/// - docker: `<engine> run -i --rm --init --ipc=host --network <mode> -v <runner>:/runner:ro
///   -v <bundle>:<bundle>:rw <image> python3 -u /runner/runner.py …`. The bundle is mounted
///   at the same path, so the `outputDir` of every `execute` message is valid inside too.
/// - remote: the local command plus `--endpoint`; the runner connects instead of launching.
public enum RunnerBackendLaunch {
    /// The image `runner: {backend: docker}` uses when none is named: the official Playwright
    /// Python image of the Playwright version Scene pins.
    public static let defaultImage = "mcr.microsoft.com/playwright/python:v1.65.2-noble"

    /// - Parameters:
    ///   - runnerArguments: the runner's own options (`--browser`, `--executable-path`, …).
    public static func make(_ settings: RunnerSettings, python: String, assets: URL, runnerArguments: [String],
                            bundleRoot: URL, logFile: URL?, environment: [String: String]) throws -> RunnerLaunch {
        let script = assets.appendingPathComponent("runner/runner.py").path
        switch settings.backend {
        case .local:
            return RunnerLaunch(python: python, script: script, arguments: runnerArguments, logFile: logFile, environment: environment)
        case .remote:
            let endpoint = try checkedEndpoint(settings)
            return RunnerLaunch(python: python, script: script, arguments: runnerArguments + ["--endpoint", endpoint],
                                logFile: logFile, environment: environment)
        case .docker:
            let engine = try checkedEngine(settings, environment: environment)
            let runnerDirectory = assets.appendingPathComponent("runner").standardizedFileURL.path
            let bundle = bundleRoot.standardizedFileURL.path
            // --init reaps Chromium's helper processes (the runner would otherwise be PID 1).
            var command = [engine, "run", "-i", "--rm", "--init", "--ipc=host", "--network", settings.network ?? "host",
                           "-v", "\(runnerDirectory):/runner:ro", "-v", "\(bundle):\(bundle):rw",
                           "-e", "PYTHONUNBUFFERED=1", "-e", "PYTHONDONTWRITEBYTECODE=1"]
            // A non-root user keeps ownership of what the container writes into the bundle.
            let uid = getuid(), gid = getgid()
            if uid != 0 { command += ["--user", "\(uid):\(gid)", "-e", "HOME=/tmp"] }
            command += [settings.image ?? defaultImage, "python3", "-u", "/runner/runner.py"] + runnerArguments
            var launch = RunnerLaunch(python: engine, script: "/runner/runner.py", arguments: runnerArguments,
                                      logFile: logFile, environment: environment)
            launch.command = command
            return launch
        }
    }
}

extension RunnerBackendLaunch {
    /// Checks the backend settings without starting anything (before a run creates its bundle).
    public static func check(_ settings: RunnerSettings, environment: [String: String]) throws {
        switch settings.backend {
        case .local: return
        case .remote: _ = try checkedEndpoint(settings)
        case .docker: _ = try checkedEngine(settings, environment: environment)
        }
    }

    static func checkedEndpoint(_ settings: RunnerSettings) throws -> String {
        guard let endpoint = settings.endpoint, let scheme = URL(string: endpoint)?.scheme?.lowercased(),
              ["ws", "wss", "http", "https"].contains(scheme) else {
            throw BackendError.badEndpoint(settings.endpoint ?? "")
        }
        return endpoint
    }

    /// The engine's absolute path.
    static func checkedEngine(_ settings: RunnerSettings, environment: [String: String]) throws -> String {
        let name = settings.engine ?? "docker"
        guard ["docker", "podman"].contains(URL(fileURLWithPath: name).lastPathComponent) else { throw BackendError.unknownEngine(name) }
        guard let engine = name.hasPrefix("/") ? name : Discovery.which(name, environment: environment) else {
            throw BackendError.engineNotFound(name)
        }
        return engine
    }
}

public enum BackendError: SceneError, Sendable, Equatable {
    case unknownEngine(String)
    case engineNotFound(String)
    case badEndpoint(String)
    public var message: String {
        switch self {
        case let .unknownEngine(name): return "runner.engine '\(name)' is not supported"
        case let .engineNotFound(name): return "the container engine '\(name)' is not on PATH"
        case let .badEndpoint(endpoint): return "runner.endpoint '\(endpoint)' is not a ws:// Playwright server or http:// CDP endpoint"
        }
    }
    public var hint: String? {
        switch self {
        case .unknownEngine: return "use docker or podman"
        case .engineNotFound: return "install it (apt-get install podman runc) or set runner.engine to its absolute path"
        case .badEndpoint: return "e.g. ws://127.0.0.1:3000/pw or http://127.0.0.1:9222"
        }
    }
}
