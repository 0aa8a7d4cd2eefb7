import Foundation
import SceneBundle
import SceneConfig

/// Connects one run to its batch's webhooks: `run.started`, `execution.failed` as
/// executions end (with counts so far), `run.finished`, then a flush bounded by
/// `flushSeconds`. Without webhooks every call is a no-op.
final class RunNotifier: Sendable {
    static let flushSeconds = 5.0
    private let dispatcher: WebhookDispatcher?
    private let finished: AsyncStream<ExecutionRecord>.Continuation
    private let forwarder: Task<Void, Never>?

    init(webhooks: [Webhook], environment: [String: String], transport: WebhookTransport, bundle: RunBundle, manifest: RunManifest) {
        let (stream, continuation) = AsyncStream.makeStream(of: ExecutionRecord.self)
        finished = continuation
        guard !webhooks.isEmpty else { dispatcher = nil; forwarder = nil; continuation.finish(); return }
        let dispatcher = WebhookDispatcher(webhooks: webhooks, environment: environment,
                                           logURL: bundle.webhooksURL, transport: transport)
        self.dispatcher = dispatcher
        // One consumer keeps the running counts; the scheduler's observer only yields.
        forwarder = Task {
            var running = manifest
            var records: [String: ExecutionRecord] = [:]
            for await record in stream {
                records[record.id] = record
                running.counts = RunCounts(Array(records.values))
                await dispatcher.executionFinished(record, manifest: running)
            }
        }
    }

    func runStarted(_ manifest: RunManifest) async { await dispatcher?.send(.runStarted, manifest: manifest) }

    /// For the run's observer: never blocks.
    func observe(_ event: RunEvent) {
        if case let .executionFinished(record) = event { finished.yield(record) }
    }

    func runFinished(_ manifest: RunManifest) async {
        finished.finish()
        await forwarder?.value
        guard let dispatcher else { return }
        await dispatcher.send(.runFinished, manifest: manifest)
        await dispatcher.finish(within: Self.flushSeconds)
    }
}
