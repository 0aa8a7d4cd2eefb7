import Foundation
import SceneTestSupport

/// A helper process for integration tests (an HTTP server, a Playwright server, a
/// browser): started in its own process group so `stop()` also ends its children
/// (the node driver behind `python -m playwright`, Chromium's helpers).
final class LoopbackProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var output = ""
    private let name: String

    private static let unblockAndExec =
        "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); os.execv(sys.argv[1], sys.argv[1:])"

    init(name: String, executable: String, arguments: [String], environment: [String: String] = [:]) throws {
        self.name = name
        // A child spawned from a dispatch worker thread inherits its mask, in which SIGTERM
        // and most other signals are blocked; reset it before exec so SIGTERM works.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", Self.unblockAndExec, executable] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock(); self.output += String(decoding: data, as: UTF8.self); self.lock.unlock()
        }
        try process.run()
        // Foundation starts the child as the leader of its own process group (checked here,
        // since `stop()` signals that group to reach grandchildren).
        let group = getpgid(process.processIdentifier)
        guard group == process.processIdentifier else {
            process.terminate()
            throw MissingPrerequisite(description: "\(name): expected its own process group, got \(group)")
        }
    }

    var text: String { lock.lock(); defer { lock.unlock() }; return output }

    /// Waits for an output line containing `marker`; returns that line. Fails loudly on timeout or exit.
    func waitForLine(containing marker: String, timeout: Double = 30) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let line = text.split(separator: "\n").first(where: { $0.contains(marker) }) { return String(line) }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw MissingPrerequisite(description: "\(name): no line containing '\(marker)' within \(timeout)s (running: \(process.isRunning)); output:\n\(text)")
    }

    /// SIGTERM to the whole group, then SIGKILL if it lingers.
    func stop() {
        let group = -process.processIdentifier
        kill(group, SIGTERM)
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        kill(group, SIGKILL)
        process.waitUntilExit()
    }
}
