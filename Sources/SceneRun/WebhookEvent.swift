public import Foundation
public import SceneBundle

/// The events Scene posts to webhooks (docs/WEBHOOKS.md).
public enum WebhookEventKind: String, Codable, Sendable, CaseIterable {
    case runStarted = "run.started"
    case executionFailed = "execution.failed"
    case runFinished = "run.finished"
}

/// The JSON body of one webhook delivery. It carries ids, counts and statuses only:
/// never a secret, never page content, never a credential embedded in a URL.
public struct WebhookPayload: Codable, Sendable, Equatable {
    public var schemaVersion: Int = 1
    public var event: WebhookEventKind
    /// Same for every attempt of one delivery; receivers use it to drop duplicates.
    public var deliveryId: String
    /// Increases by one per event of a run; deliveries run concurrently and may arrive out of order.
    public var sequence: Int
    /// When the event happened (signed, unlike the `X-Scene-Timestamp` header).
    public var time: Date
    public var runId: String
    public var project: String
    public var batch: String
    public var shard: ShardSpec?
    public var runStatus: RunStatus
    public var counts: RunCounts
    public var startedAt: Date
    public var finishedAt: Date?
    /// Where the run's report is published, when `SCENE_REPORT_URL` (or the caller) says so.
    public var reportURL: String?
    /// Set for `execution.failed`.
    public var execution: ExecutionSummary?

    /// The part of an execution record a receiver needs to triage a failure.
    public struct ExecutionSummary: Codable, Sendable, Equatable {
        public var id: String
        public var page: String
        public var task: String
        public var viewport: String
        public var browser: String
        public var status: ExecutionStatus
        public var level: DiffLevel
        public var attempts: Int
        public var durationMs: Double?
        public var diffPercentage: Double?
        /// The page URL with any `user:password@` removed.
        public var url: String
        /// The first 500 characters of the error, if any.
        public var error: String?

        public init(_ record: ExecutionRecord) {
            id = record.id; page = record.key.page; task = record.key.task
            viewport = record.key.viewport; browser = record.key.browser
            status = record.status; level = record.level; attempts = record.attempts; durationMs = record.durationMs
            diffPercentage = record.baselineDiff?.diffPercentage ?? record.referenceDiff?.diffPercentage
            url = URLRedaction.withoutCredentials(record.url)
            error = record.error.map { String($0.prefix(500)) }
        }
    }

    public init(event: WebhookEventKind, deliveryId: String, sequence: Int, time: Date, manifest: RunManifest,
                reportURL: String?, execution: ExecutionRecord? = nil) {
        self.event = event; self.deliveryId = deliveryId; self.sequence = sequence; self.time = time
        runId = manifest.runId; project = manifest.project; batch = manifest.batch; shard = manifest.shard
        runStatus = manifest.status; counts = manifest.counts; startedAt = manifest.startedAt; finishedAt = manifest.finishedAt
        self.reportURL = reportURL
        self.execution = execution.map(ExecutionSummary.init)
    }

    /// Statuses that make an execution worth an `execution.failed` event.
    public static func isFailure(_ status: ExecutionStatus) -> Bool {
        [.failed, .error, .timedOut].contains(status)
    }
}

/// Removing credentials from URLs before they reach a log or a payload.
public enum URLRedaction {
    /// `https://user:pw@host/p?q=1` -> `https://host/p?q=1`.
    public static func withoutCredentials(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.user != nil || parts.password != nil else { return url }
        parts.user = nil; parts.password = nil
        return parts.string ?? url
    }

    /// For webhook URLs, whose query often holds a token: credentials removed and every
    /// query value replaced by `***` (`https://hooks.example/x?token=***`).
    public static func forLog(_ url: String) -> String {
        guard var parts = URLComponents(string: withoutCredentials(url)) else { return "<unparsable URL>" }
        parts.queryItems = parts.queryItems?.map { URLQueryItem(name: $0.name, value: $0.value == nil ? nil : "***") }
        parts.fragment = nil
        return parts.string ?? "<unparsable URL>"
    }
}
