public import Foundation

/// Answers one `resolve` request (healing, plain-language steps). It gets the request line as sent by
/// the runner and returns the JSON object of the answer; `type` and `requestId` are added for it.
public typealias ResolveHandler = @Sendable (Data) async -> Data

/// One runner process and the executions it is running. Restarting is the pool's job:
/// a client is used until its process dies, then replaced.
actor RunnerClient {
    let launch: RunnerLaunch
    private let resolver: ResolveHandler?
    private var process: RunnerProcess?
    private var helloWaiter: CheckedContinuation<RunnerHello, any Error>?
    private var pending: [String: CheckedContinuation<RunnerResult, any Error>] = [:]
    private var watchdogFired: Set<String> = []
    /// When each running execution's watchdog fires; an `extend` from the runner moves it.
    private var deadlines: [String: ContinuousClock.Instant] = [:]
    private var fatalReport: RunnerError?
    private var stopped = false
    private(set) var hello: RunnerHello?
    private(set) var exitStatus: Int32?

    init(launch: RunnerLaunch, resolver: ResolveHandler?) {
        self.launch = launch
        self.resolver = resolver
    }

    var isAlive: Bool { process != nil && exitStatus == nil }
    var pid: Int32? { process?.pid }

    /// Starts the process and waits for its `hello` (or its `fatal`).
    func start(timeout: Duration = .seconds(60)) async throws -> RunnerHello {
        let process = try RunnerProcess(launch)
        self.process = process
        Task { [weak self] in
            for await event in process.events { await self?.handle(event) }
        }
        Task { [weak self] in
            try? await Task.sleep(for: timeout)
            await self?.failHello(RunnerError.startTimeout(seconds: Double(timeout.components.seconds)))
        }
        return try await withCheckedThrowingContinuation { continuation in
            if let hello { continuation.resume(returning: hello) }
            else if let exitStatus { continuation.resume(throwing: fatalReport ?? RunnerError.died(status: exitStatus, log: logTail())) }
            else { helloWaiter = continuation }
        }
    }

    /// Runs one execution. Cancelling the calling task asks the runner to stop it; when the runner
    /// gives no result within `hardTimeout` (plus what its `extend` messages added), the process
    /// is killed and this throws `.died`.
    func execute(_ message: ExecuteMessage, hardTimeout: Duration) async throws -> RunnerResult {
        if stopped { throw CancellationError() }
        guard let process, exitStatus == nil else { throw RunnerError.died(status: exitStatus ?? -1, log: logTail()) }
        let id = message.executionId
        let line = try RunnerProtocol.line(message)
        deadlines[id] = ContinuousClock.now + hardTimeout
        let watchdog = Task { [weak self] in
            while let deadline = await self?.deadlines[id] {
                if ContinuousClock.now >= deadline { await self?.watchdogExpired(id); return }
                try await Task.sleep(until: deadline)
            }
        }
        defer { watchdog.cancel(); deadlines.removeValue(forKey: id) }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<RunnerResult, any Error>) in
                pending[id] = continuation
                do { try process.send(line) } catch {
                    pending.removeValue(forKey: id)?.resume(throwing: RunnerError.died(status: exitStatus ?? -1, log: "stdin closed: \(error)"))
                }
            }
        } onCancel: {
            Task { await self.cancel(id, reason: "run cancelled") }
        }
    }

    /// True once the watchdog killed the process for this execution.
    func wasKilledByWatchdog(_ id: String) -> Bool { watchdogFired.contains(id) }

    func cancel(_ id: String, reason: String) {
        guard pending[id] != nil else { return }
        try? process?.send(RunnerProtocol.line(CancelMessage(executionId: id, reason: reason)))
    }

    /// Cancels the running executions and refuses new ones (fail-fast, run timeout).
    func cancelAll(reason: String) {
        stopped = true
        for id in pending.keys { cancel(id, reason: reason) }
    }

    /// Asks the runner to stop and waits up to `grace`; then kills it.
    func shutdown(grace: Duration = .seconds(10)) async {
        guard let process, exitStatus == nil else { return }
        try? process.send(RunnerProtocol.line(ShutdownMessage()))
        process.closeInput()
        let deadline = ContinuousClock.now + grace
        // Short polls: the run ends when this returns.
        while process.isRunning && ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(10)) }
        process.kill()
    }

    func kill() { process?.kill() }

    // MARK: incoming

    private func handle(_ event: RunnerEvent) async {
        switch event {
        case let .line(data): await handleLine(data)
        case let .exited(status):
            exitStatus = status
            let error = fatalReport ?? RunnerError.died(status: status, log: logTail())
            failHello(error)
            let waiting = pending
            pending.removeAll()
            for (_, continuation) in waiting { continuation.resume(throwing: error) }
        }
    }

    private func handleLine(_ data: Data) async {
        guard let envelope = try? JSONDecoder().decode(IncomingEnvelope.self, from: data) else { return }
        switch envelope.type {
        case "hello":
            do {
                let hello = try JSONDecoder().decode(RunnerHello.self, from: data)
                self.hello = hello
                helloWaiter?.resume(returning: hello)
                helloWaiter = nil
            } catch { failHello(RunnerError.protocolError("unreadable hello: \(error)")) }
        case "fatal":
            fatalReport = RunnerError.fatal(message: envelope.error ?? "the runner could not start", hint: envelope.hint)
        case "result":
            guard let id = envelope.executionId, let continuation = pending.removeValue(forKey: id) else { return }
            do { continuation.resume(returning: try JSONDecoder().decode(RunnerResult.self, from: data)) }
            catch { continuation.resume(throwing: RunnerError.protocolError("unreadable result for \(id): \(error)")) }
        case "extend":
            // A tall page: the runner moved its own deadline, the watchdog follows.
            if let id = envelope.executionId, let extra = envelope.extraMs, extra > 0, let deadline = deadlines[id] {
                deadlines[id] = deadline + .milliseconds(extra)
            }
        case "resolve":
            guard let requestId = envelope.requestId else { return }
            let answer = await resolver?(data) ?? Data(#"{"ok":false,"error":"this scene build cannot resolve locators"}"#.utf8)
            reply(to: requestId, with: answer)
        default:
            break  // step and log lines are informational; the result repeats what matters
        }
    }

    private func reply(to requestId: Int, with answer: Data) {
        var object = (try? JSONSerialization.jsonObject(with: answer)) as? [String: Any]
            ?? ["ok": false, "error": "the resolver gave an unreadable answer"]
        object["type"] = "resolved"
        object["requestId"] = requestId
        guard var line = try? JSONSerialization.data(withJSONObject: object) else { return }
        line.append(0x0A)
        try? process?.send(line)
    }

    private func failHello(_ error: RunnerError) {
        helloWaiter?.resume(throwing: error)
        helloWaiter = nil
    }

    private func watchdogExpired(_ id: String) {
        guard pending[id] != nil else { return }
        watchdogFired.insert(id)
        process?.kill()
    }

    /// The last lines of the runner's stderr log, for error messages.
    private func logTail(bytes: Int = 600) -> String {
        guard let url = launch.logFile, let handle = try? FileHandle(forReadingFrom: url) else { return "" }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > UInt64(bytes) ? size - UInt64(bytes) : 0)
        let text = String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
        return text.split(separator: "\n").suffix(3).joined(separator: " | ")
    }
}
