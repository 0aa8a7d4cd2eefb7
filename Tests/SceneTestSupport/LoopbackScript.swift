public import Foundation

/// A Python script serving on loopback: it prints its port on the first line of stdout, and is
/// stopped with SIGKILL (children of test threads may inherit a mask that blocks SIGTERM).
public final class LoopbackScript: @unchecked Sendable {
    public let process = Process()
    public let port: Int
    public var base: String { "http://127.0.0.1:\(port)" }

    /// Starts `python3 <script> <arguments>`, waits for the port line.
    public init(script: URL, arguments: [String] = [], environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A]) { line.append(byte) }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw MissingPrerequisite(description: "\(script.lastPathComponent) did not start (no port line)")
        }
        self.port = port
    }

    public func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
