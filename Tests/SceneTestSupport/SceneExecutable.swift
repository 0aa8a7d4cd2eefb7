public import Foundation

/// The `scene` executable built next to the test bundle (or `SCENE_BIN`), run as a real process.
public enum SceneExecutable {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// `scene run` options for a first run that records its baselines: tests start from none, and
    /// `browserEnvironment()` sets $CI (plain progress lines), under which recording must be forced.
    public static let recordMissingBaselines = ["--update-baselines=missing", "--force-update-baselines"]

    public static var url: URL {
        if let override = ProcessInfo.processInfo.environment["SCENE_BIN"] { return URL(fileURLWithPath: override) }
        // The test runner lives in the build products folder, next to the `scene` binary.
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("scene")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return repositoryRoot.appendingPathComponent(".build/debug/scene")
    }

    /// Runs `scene` to the end; `environment` is laid over this process's. Both outputs are
    /// drained into files, so no full pipe can block the child.
    public static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws -> Result {
        let process = configured(arguments, environment: environment, in: directory)
        let scratch = FileManager.default.temporaryDirectory
        let out = scratch.appendingPathComponent("scene-stdout-\(UUID().uuidString.prefix(8))")
        let err = scratch.appendingPathComponent("scene-stderr-\(UUID().uuidString.prefix(8))")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Starts `scene` and returns at once, stdout discarded, stderr into `stderr` (else discarded):
    /// for tests that kill it, or something under it, or break its disk while it runs.
    public static func start(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil,
                             stderr: URL? = nil) throws -> Process {
        let process = configured(arguments, environment: environment, in: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        if let stderr {
            _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: stderr)
        }
        try process.run()
        return process
    }

    private static func configured(_ arguments: [String], environment: [String: String], in directory: URL?) -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // Never a terminal, whatever runs the tests: a command that would ask must not wait for an answer.
        process.standardInput = FileHandle.nullDevice
        return process
    }
}
