public import Foundation
public import SceneBundle

/// Finds the Python interpreter and the runner assets without asking the user.
public enum Discovery {
    /// runner.python, else $SCENE_PYTHON, else `.venv/bin/python` next to the config or in a parent
    /// folder (the repository), else `python3` on PATH.
    public static func python(configured: String?, configDirectory: URL?, environment: [String: String]) -> String {
        if let configured, !configured.isEmpty {
            return configured.hasPrefix("/") || configDirectory == nil ? configured
                : configDirectory!.appendingPathComponent(configured).standardizedFileURL.path
        }
        if let fromEnv = environment["SCENE_PYTHON"], !fromEnv.isEmpty { return fromEnv }
        let starts = [configDirectory, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)].compactMap { $0 }
        for start in starts {
            if let found = walkUp(from: start, looking: ".venv/bin/python") { return found.path }
        }
        return which("python3", environment: environment) ?? "/usr/bin/python3"
    }

    /// $SCENE_ASSETS, else the first `assets/` holding `runner/runner.py` walking up from the
    /// executable, then from the current folder.
    public static func assetsDirectory(environment: [String: String]) throws -> URL {
        if let fromEnv = environment["SCENE_ASSETS"], !fromEnv.isEmpty {
            let url = URL(fileURLWithPath: fromEnv)
            guard FileManager.default.fileExists(atPath: url.appendingPathComponent("runner/runner.py").path) else {
                throw DiscoveryError.assetsNotFound("$SCENE_ASSETS=\(fromEnv) holds no runner/runner.py")
            }
            return url
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let starts = [executable.deletingLastPathComponent(), URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        for start in starts {
            if let found = walkUp(from: start, looking: "assets/runner/runner.py") {
                return found.deletingLastPathComponent().deletingLastPathComponent()
            }
        }
        throw DiscoveryError.assetsNotFound("no assets/runner/runner.py above \(starts.map(\.path).joined(separator: " or "))")
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

public enum DiscoveryError: SceneError, Sendable {
    case assetsNotFound(String)
    public var message: String {
        switch self {
        case let .assetsNotFound(detail): return "runner assets not found: \(detail)"
        }
    }
    public var hint: String? { "set $SCENE_ASSETS to the folder holding runner/runner.py" }
    public var exitStatus: ExitStatus { .internalError }
}
