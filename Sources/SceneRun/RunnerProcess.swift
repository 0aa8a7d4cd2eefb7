public import Foundation

/// How to start one runner: the interpreter, the script and its arguments.
public struct RunnerLaunch: Sendable, Equatable {
    public var python: String
    public var script: String
    public var arguments: [String]
    /// Where the runner's stderr goes (appended).
    public var logFile: URL?
    public var environment: [String: String]
    /// When set, the whole command line (executable first) that replaces `python -u script arguments`:
    /// the docker backend wraps the runner in `<engine> run … python3 -u /runner/runner.py`.
    public var command: [String]?
    public init(python: String, script: String, arguments: [String] = [], logFile: URL? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.python = python; self.script = script; self.arguments = arguments
        self.logFile = logFile; self.environment = environment
    }
}

/// What a runner process says: one protocol line, or that it is gone.
enum RunnerEvent: Sendable {
    case line(Data)
    case exited(status: Int32)
}

/// A runner child process with line framing on stdout; stderr goes straight to a log file.
/// `@unchecked`: Process and FileHandle are thread-safe for the calls made here; writes are serialised by `writeLock`.
final class RunnerProcess: @unchecked Sendable {
    private let process: Process
    private let input: FileHandle
    let events: AsyncStream<RunnerEvent>
    private let writeLock = NSLock()

    var pid: Int32 { process.processIdentifier }

    init(_ launch: RunnerLaunch) throws {
        signal(SIGPIPE, SIG_IGN)  // a dead runner must give EPIPE, not kill scene
        let executable = launch.command?.first ?? launch.python
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw RunnerError.missingPython(executable)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = launch.command.map { Array($0.dropFirst()) } ?? ["-u", launch.script] + launch.arguments
        var environment = launch.environment
        environment["PYTHONUNBUFFERED"] = "1"
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        if let logFile = launch.logFile {
            try FileManager.default.createDirectory(at: logFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: logFile.path) {
                _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
            }
            let log = try FileHandle(forWritingTo: logFile)
            log.seekToEndOfFile()
            process.standardError = log
        } else {
            process.standardError = FileHandle.nullDevice
        }
        let (stream, continuation) = AsyncStream.makeStream(of: RunnerEvent.self)
        self.events = stream
        self.process = process
        self.input = stdin.fileHandleForWriting
        try process.run()
        let output = stdout.fileHandleForReading
        // A plain thread does the blocking reads; lines go to the async world through the stream.
        Thread.detachNewThread {
            RunnerProcess.readLines(from: output.fileDescriptor) { continuation.yield(.line($0)) }
            process.waitUntilExit()
            continuation.yield(.exited(status: process.terminationStatus))
            continuation.finish()
        }
    }

    /// Writes one message line; throws when the runner is gone.
    func send(_ line: Data) throws {
        writeLock.lock(); defer { writeLock.unlock() }
        try input.write(contentsOf: line)
    }

    /// Closes the runner's stdin: it finishes and exits on its own.
    func closeInput() {
        writeLock.lock(); defer { writeLock.unlock() }
        try? input.close()
    }

    func terminate() { if process.isRunning { process.terminate() } }
    func kill() { if process.isRunning { _ = Foundation.kill(process.processIdentifier, SIGKILL) } }
    var isRunning: Bool { process.isRunning }

    /// Splits a byte stream into lines; a line longer than `limit` is dropped, not buffered forever.
    static func readLines(from fd: Int32, limit: Int = 64 << 20, _ body: (Data) -> Void) {
        var pending = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var oversized = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            var start = 0
            for i in 0 ..< count where buffer[i] == 0x0A {
                if !oversized { pending.append(contentsOf: buffer[start ..< i]) }
                if !oversized && !pending.isEmpty { body(pending) }
                pending.removeAll(keepingCapacity: true)
                oversized = false
                start = i + 1
            }
            if start < count && !oversized { pending.append(contentsOf: buffer[start ..< count]) }
            if pending.count > limit { oversized = true; pending.removeAll() }
        }
    }
}
