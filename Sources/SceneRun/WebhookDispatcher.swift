public import Foundation
public import SceneBundle
public import SceneConfig

/// How hard a webhook delivery tries: exponential backoff, bounded both in attempts and
/// in total time, so a dead endpoint costs the run nothing but a log line per attempt.
public struct WebhookRetryPolicy: Sendable, Equatable {
    public var maxAttempts: Int
    /// Delay before the second attempt; each later delay is `multiplier` times the previous one.
    public var initialBackoff: Double
    public var multiplier: Double
    public var maxBackoff: Double
    /// Seconds one HTTP request may take.
    public var requestTimeout: Double
    /// Seconds from the first attempt after which no new attempt starts.
    public var totalTimeLimit: Double

    public init(maxAttempts: Int = 5, initialBackoff: Double = 0.5, multiplier: Double = 2, maxBackoff: Double = 8,
                requestTimeout: Double = 10, totalTimeLimit: Double = 60) {
        self.maxAttempts = max(1, maxAttempts); self.initialBackoff = initialBackoff; self.multiplier = multiplier
        self.maxBackoff = maxBackoff; self.requestTimeout = requestTimeout; self.totalTimeLimit = totalTimeLimit
    }

    /// Seconds to wait after failed attempt `attempt` (1-based), before any `Retry-After` hint.
    public func backoff(afterAttempt attempt: Int) -> Double {
        min(maxBackoff, initialBackoff * pow(multiplier, Double(attempt - 1)))
    }

    /// 408, 429 and 5xx may succeed later; other statuses will not.
    public static func isRetryable(status: Int) -> Bool { status == 408 || status == 429 || status >= 500 }
}

/// One line of `webhooks.jsonl`: one delivery attempt (or a delivery that could not start).
public struct WebhookDeliveryLog: Codable, Sendable, Equatable {
    public enum Outcome: String, Codable, Sendable {
        /// 2xx received.
        case delivered
        /// This attempt failed; another one follows.
        case retrying
        /// Given up: non-retryable status, attempts or time exhausted, or not sendable at all.
        case failed
        /// The run ended and its flush time ran out before this delivery completed.
        case abandoned
    }
    public var time: Date
    public var deliveryId: String
    public var event: WebhookEventKind
    /// The endpoint without credentials and with query values masked.
    public var url: String
    public var attempt: Int
    public var status: Int?
    public var durationMs: Double
    public var error: String?
    public var outcome: Outcome
}

/// Posts run events to the batch's webhooks, signed, retried, logged, and never in the
/// run's way: `send` only enqueues (each delivery is its own task) and `finish(within:)`
/// waits a bounded time at the end of the run, then abandons what is left.
public actor WebhookDispatcher {
    /// Header names, documented in docs/WEBHOOKS.md.
    public enum Header {
        public static let signature = "X-Scene-Signature"
        public static let event = "X-Scene-Event"
        public static let delivery = "X-Scene-Delivery"
        public static let timestamp = "X-Scene-Timestamp"
        public static let attempt = "X-Scene-Attempt"
    }

    private let webhooks: [Webhook]
    private let environment: [String: String]
    private let logURL: URL?
    private let policy: WebhookRetryPolicy
    private let reportURL: String?
    private let transport: WebhookTransport
    private var sequence = 0
    private var nextTaskId = 0
    private var inFlight: [Int: Task<Void, Never>] = [:]
    private var logged: [WebhookDeliveryLog] = []

    /// - Parameters:
    ///   - environment: where `Webhook.secretEnv` is looked up, and `SCENE_REPORT_URL` when `reportURL` is nil.
    ///   - logURL: the bundle's `webhooks.jsonl`; nil keeps the log in memory only.
    ///   - transport: how one POST is sent.
    public init(webhooks: [Webhook], environment: [String: String] = ProcessInfo.processInfo.environment,
                logURL: URL?, transport: WebhookTransport, policy: WebhookRetryPolicy = WebhookRetryPolicy(), reportURL: String? = nil) {
        self.webhooks = webhooks; self.environment = environment; self.logURL = logURL; self.policy = policy
        self.reportURL = reportURL ?? environment["SCENE_REPORT_URL"].flatMap { $0.isEmpty ? nil : $0 }
        self.transport = transport
    }

    /// Every attempt logged so far (also appended to `webhooks.jsonl`).
    public var deliveryLog: [WebhookDeliveryLog] { logged }

    /// Enqueues `event` for every webhook subscribed to it and returns at once.
    public func send(_ event: WebhookEventKind, manifest: RunManifest, execution: ExecutionRecord? = nil) {
        let subscribed = webhooks.filter { $0.events.isEmpty || $0.events.contains(event.rawValue) }
        guard !subscribed.isEmpty else { return }
        sequence += 1
        for hook in subscribed {
            let payload = WebhookPayload(event: event, deliveryId: UUID().uuidString.lowercased(), sequence: sequence,
                                         time: Date(), manifest: manifest, reportURL: reportURL, execution: execution)
            start(payload, to: hook)
        }
    }

    /// Convenience for the scheduler: `execution.failed` when `record` ended badly, nothing otherwise.
    public func executionFinished(_ record: ExecutionRecord, manifest: RunManifest) {
        if WebhookPayload.isFailure(record.status) { send(.executionFailed, manifest: manifest, execution: record) }
    }

    /// Waits until every delivery has ended, or `seconds` have passed; then cancels the
    /// rest (logged as `abandoned`). Returns how many deliveries were abandoned.
    @discardableResult
    public func finish(within seconds: Double) async -> Int {
        let pending = Array(inFlight.values)
        guard !pending.isEmpty else { return 0 }
        let allDone = await withTaskGroup(of: Bool.self) { group in
            group.addTask { for task in pending { await task.value }; return true }
            group.addTask { try? await Task.sleep(for: .seconds(seconds)); return false }
            let first = await group.next() ?? true
            // Cancelling the deliveries ends them promptly (sleep and URLSession honour it),
            // which in turn lets the waiting child return.
            for task in pending { task.cancel() }
            group.cancelAll()
            return first
        }
        if allDone { return 0 }
        return logged.filter { $0.outcome == .abandoned }.count
    }

    private func start(_ payload: WebhookPayload, to hook: Webhook) {
        let logURLText = URLRedaction.forLog(hook.url)
        let refuse = { (message: String) in
            self.record(WebhookDeliveryLog(time: Date(), deliveryId: payload.deliveryId, event: payload.event, url: logURLText,
                                           attempt: 0, status: nil, durationMs: 0, error: message, outcome: .failed))
        }
        guard let url = URL(string: hook.url), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return refuse("not an http(s) URL")
        }
        var secret: [UInt8]?
        if let name = hook.secretEnv {
            guard let value = environment[name], !value.isEmpty else {
                // Fail closed: an unsigned delivery to an endpoint that expects signatures is useless or worse.
                return refuse("environment variable \(name) (the signing secret) is not set; not sent")
            }
            secret = Array(value.utf8)
        }
        let body: Data
        do { body = try WebhookDispatcher.encoder.encode(payload) } catch { return refuse("could not encode payload: \(error)") }
        let delivery = Delivery(url: hook.url, logURL: logURLText, payload: payload, body: body,
                                signature: secret.map { "sha256=" + SceneHash.hex(SceneHash.hmacSHA256(key: $0, message: body)) })
        nextTaskId += 1
        let id = nextTaskId
        let transport = transport, policy = policy
        inFlight[id] = Task {
            await WebhookDispatcher.deliver(delivery, transport: transport, policy: policy) { await self.record($0) }
            self.done(id)
        }
    }

    private func done(_ id: Int) { inFlight[id] = nil }

    private func record(_ entry: WebhookDeliveryLog) {
        logged.append(entry)
        guard let logURL, var line = try? WebhookDispatcher.encoder.encode(entry) else { return }
        line.append(0x0A)
        WebhookDispatcher.appendLine(line, to: logURL)
    }

    private struct Delivery: Sendable {
        let url: String
        let logURL: String
        let payload: WebhookPayload
        let body: Data
        let signature: String?
    }

    private static func deliver(_ d: Delivery, transport: WebhookTransport, policy: WebhookRetryPolicy,
                                log: @Sendable (WebhookDeliveryLog) async -> Void) async {
        let clock = ContinuousClock()
        let firstStart = clock.now
        for attempt in 1 ... policy.maxAttempts {
            var headers = ["Content-Type": "application/json", "User-Agent": "Scene-Webhooks/1",
                           Header.event: d.payload.event.rawValue, Header.delivery: d.payload.deliveryId,
                           Header.timestamp: String(Int(Date().timeIntervalSince1970)), Header.attempt: String(attempt)]
            if let signature = d.signature { headers[Header.signature] = signature }

            let started = clock.now
            let answer = await transport.post(to: d.url, headers: headers, body: d.body, timeout: policy.requestTimeout)
            let status = answer.status
            var failure = answer.error
            if let code = status, !(200 ..< 300).contains(code) { failure = "HTTP \(code)" }
            if Task.isCancelled, status == nil { failure = "cancelled: the run ended" }
            let ms = (clock.now - started).milliseconds
            func entry(_ outcome: WebhookDeliveryLog.Outcome) -> WebhookDeliveryLog {
                WebhookDeliveryLog(time: Date(), deliveryId: d.payload.deliveryId, event: d.payload.event, url: d.logURL,
                                   attempt: attempt, status: status, durationMs: ms, error: failure, outcome: outcome)
            }
            if failure == nil { return await log(entry(.delivered)) }
            if Task.isCancelled { return await log(entry(.abandoned)) }
            if let code = status, !WebhookRetryPolicy.isRetryable(status: code) { return await log(entry(.failed)) }
            let delay = min(policy.maxBackoff, max(policy.backoff(afterAttempt: attempt), answer.retryAfter ?? 0))
            let elapsed = (clock.now - firstStart).milliseconds / 1000
            if attempt == policy.maxAttempts || elapsed + delay > policy.totalTimeLimit { return await log(entry(.failed)) }
            await log(entry(.retrying))
            do { try await Task.sleep(for: .seconds(delay)) } catch {
                failure = "cancelled: the run ended"
                return await log(entry(.abandoned))
            }
        }
    }

    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }()

    /// Appends one line to `webhooks.jsonl`, creating it (and its folder) when missing. Best effort
    /// (a delivery log never stops a run), but whole lines only: a full disk leaves no fragment.
    private static func appendLine(_ line: Data, to url: URL) {
        guard var log = try? AppendOnlyFile(url: url) else { return }
        defer { log.close() }
        try? log.append(line)
    }
}
