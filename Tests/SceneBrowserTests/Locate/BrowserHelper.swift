import SceneLocator
import Foundation
import SceneConfig
import SceneTestSupport

/// Runs Tests/SceneBrowserTests/Locate/browser_helper.py with the project's .venv python against real
/// Chromium. Missing pieces are reported as errors, so tests fail loudly instead of skipping.
enum BrowserHelper {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static let python = LocateFixtures.repoRoot.appendingPathComponent(".venv/bin/python")
    static let script = LocateFixtures.repoRoot.appendingPathComponent("Tests/SceneBrowserTests/Locate/browser_helper.py")

    static func checkPrerequisites() throws {
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw Failure(description: "no Python venv at \(python.path): run `make setup` (Playwright in .venv)")
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else {
            throw Failure(description: "no Chromium at /usr/bin/chromium: run `make setup` (apt package chromium)")
        }
    }

    /// Runs the helper and returns its stdout; throws with its stderr when it fails or hangs.
    static func run(_ arguments: [String], timeout: TimeInterval = 150) throws -> Data {
        try checkPrerequisites()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-locate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("stdout"), err = dir.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path] + arguments
        process.currentDirectoryURL = LocateFixtures.repoRoot
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "browser_helper.py \(arguments.first ?? "") did not finish within \(Int(timeout)) s")
        }
        let stderr = String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failure(description: "browser_helper.py \(arguments.first ?? "") exited \(process.terminationStatus): \(stderr.suffix(2000))")
        }
        return try Data(contentsOf: out)
    }

    struct Check: Encodable {
        var id: String
        var version: String
        var page: String
        var locator: Locator
    }

    struct Result: Decodable {
        var id: String
        var count: Int
        var found: String?
    }

    static func verify(_ checks: [Check]) throws -> [String: Result] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-checks-\(UUID().uuidString).json")
        try JSONEncoder().encode(checks).write(to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        struct Output: Decodable { var results: [Result] }
        let output = try JSONDecoder().decode(Output.self, from: run(["verify", LocateFixtures.site.path, dir.path]))
        return Dictionary(uniqueKeysWithValues: output.results.map { ($0.id, $0) })
    }
}
