public import Foundation
public import SceneBundle
public import SceneTrace

/// `scene record`: runs assets/runner/recorder.py (a browser with tracing on and the in-page
/// recorder), then analyses the trace, merges the actions the recorder missed and writes
/// `metadata.json`, `trace.zip` and `task.yml` into the output folder.
public enum Recorder {
    public struct Options: Sendable {
        public var url: String
        public var outDirectory: URL
        public var timeoutSeconds: Double?
        public var headless: Bool
        public var python: String
        public var assetsDirectory: URL
        public var executablePath: String?
        /// A Python script driving the page (`page`, `context`, `expect` in scope); recording stops when it returns.
        public var driveScript: String?

        public init(url: String, outDirectory: URL, timeoutSeconds: Double? = nil, headless: Bool = false, python: String,
                    assetsDirectory: URL, executablePath: String? = nil, driveScript: String? = nil) {
            self.url = url; self.outDirectory = outDirectory; self.timeoutSeconds = timeoutSeconds; self.headless = headless
            self.python = python; self.assetsDirectory = assetsDirectory; self.executablePath = executablePath
            self.driveScript = driveScript
        }
    }

    public enum Failure: SceneError {
        case recorderFailed(status: Int32, detail: String)
        case noRecording(String)
        public var exitStatus: ExitStatus { .internalError }
        public var message: String {
            switch self {
            case .recorderFailed(let status, let detail): return "the recorder exited with status \(status): \(detail)"
            case .noRecording(let why): return "no recording was written: \(why)"
            }
        }
    }

    /// Records until stopped (a "stop" line from `stop()`, SIGINT/SIGTERM to this process, the
    /// timeout, the browser closed, or the drive script's end), then finishes the recording.
    public static func record(_ options: Options, log: @escaping @Sendable (String) -> Void) throws -> RecordingResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: options.python)
        var arguments = ["-u", options.assetsDirectory.appendingPathComponent("runner/recorder.py").path,
                         "--url", options.url, "--out", options.outDirectory.path]
        if let t = options.timeoutSeconds { arguments += ["--timeout", String(t)] }
        if options.headless { arguments.append("--headless") }
        if let e = options.executablePath { arguments += ["--executable-path", e] }
        if let d = options.driveScript { arguments += ["--drive", d] }
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let errorTail = LockedText()
        stdout.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if !data.isEmpty { log(String(decoding: data, as: UTF8.self)) }
        }
        stderr.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if !data.isEmpty { errorTail.append(String(decoding: data, as: UTF8.self)); log(String(decoding: data, as: UTF8.self)) }
        }
        // Ctrl-C / SIGTERM reach this process: turn them into a graceful "stop" for the recorder.
        let signals = [SIGINT, SIGTERM].map { sig -> any DispatchSourceSignal in
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { try? stdin.fileHandleForWriting.write(contentsOf: Data("stop\n".utf8)) }
            source.resume()
            return source
        }
        defer {
            for (source, sig) in zip(signals, [SIGINT, SIGTERM]) { source.cancel(); signal(sig, SIG_DFL) }
        }
        try process.run()
        process.waitUntilExit()
        stdout.fileHandleForReading.readabilityHandler = nil
        stderr.fileHandleForReading.readabilityHandler = nil
        let status = process.terminationStatus
        guard status == 0 || status == 3 else {
            throw Failure.recorderFailed(status: status, detail: errorTail.last(lines: 5))
        }
        return try finish(outDirectory: options.outDirectory)
    }

    /// Analyses `trace.zip` against `recorded.json` in `outDirectory`, merges, and writes
    /// `metadata.json` and `task.yml`.
    public static func finish(outDirectory: URL, now: Date = Date()) throws -> RecordingResult {
        let recordedURL = outDirectory.appendingPathComponent("recorded.json")
        let traceURL = outDirectory.appendingPathComponent("trace.zip")
        guard let data = try? Data(contentsOf: recordedURL) else { throw Failure.noRecording("\(recordedURL.path) is missing or unreadable") }
        let recorded: RecordingMetadata
        do { recorded = try JSONDecoder().decode(RecordingMetadata.self, from: data) } catch {
            throw Failure.noRecording("\(recordedURL.path): \(ErrorText.describe(error))")
        }
        let analysis = try TraceAnalyzer.analyze(trace: traceURL, expected: try recorded.expectedActions())
        let metadata = RecordingMetadata(analysis: analysis, recorded: recorded, stopReason: recorded.stopReason, recordedAt: now)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let metadataURL = outDirectory.appendingPathComponent("metadata.json")
        try encoder.encode(metadata).write(to: metadataURL, options: .atomic)
        let taskURL = outDirectory.appendingPathComponent("task.yml")
        try Data(TaskSnippet.yaml(metadata).utf8).write(to: taskURL, options: .atomic)
        return RecordingResult(metadata: metadata, metadataURL: metadataURL, traceURL: traceURL, taskURL: taskURL)
    }
}

/// What a recording produced.
public struct RecordingResult: Sendable {
    public var metadata: RecordingMetadata
    public var metadataURL: URL
    public var traceURL: URL
    public var taskURL: URL
}

/// Text appended from several threads (the recorder's stderr), of which the end is kept.
final class LockedText: @unchecked Sendable {
    private var text = ""
    private let lock = NSLock()
    func append(_ s: String) { lock.lock(); text += s; if text.count > 20_000 { text = String(text.suffix(10_000)) }; lock.unlock() }
    func last(lines n: Int) -> String {
        lock.lock(); defer { lock.unlock() }
        return text.split(separator: "\n").suffix(n).joined(separator: "\n")
    }
}
