import Foundation
import SceneTestSupport

/// Runs a program to completion with a deadline, capturing stdout+stderr.
enum ProcessRunner {
    struct Result { var status: Int32; var output: String }

    static func run(_ program: String, _ arguments: [String], timeout: TimeInterval, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let deadline = DispatchTime.now() + timeout
        // SIGKILL: children of a test process may inherit a signal mask that blocks SIGTERM.
        let watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: watchdog)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}

/// `python -m http.server` on 127.0.0.1 serving one page as `/`, stopped by `stop()`.
final class LoopbackServer {
    let baseURL: String
    private let process: Process
    private let log: URL
    private let root: URL

    init(serving page: URL) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("scene-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: page, to: root.appendingPathComponent("index.html"))
        log = root.appendingPathComponent("server.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let port = try closedPort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: venvPython.path)
        process.arguments = ["-u", "-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", root.path]
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        baseURL = "http://127.0.0.1:\(port)"
        for _ in 0..<100 where !(try String(contentsOf: log, encoding: .utf8)).contains("Serving HTTP") {
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// How many GET requests the server logged.
    func requests() -> Int {
        ((try? String(contentsOf: log, encoding: .utf8)) ?? "").components(separatedBy: "\"GET ").count - 1
    }

    func stop() {
        // SIGKILL: a child may inherit a signal mask that blocks SIGTERM.
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        try? FileManager.default.removeItem(at: root)
    }
}
