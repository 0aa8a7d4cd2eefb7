import Foundation
import SceneAnalyze
import SceneBundle
import SceneConfig

/// How a run spreads its executions: `workers` executions at once over `processes` runner
/// processes (each runs its share as concurrent browser contexts).
public struct SchedulerOptions: Sendable, Equatable {
    public var workers: Int
    public var processes: Int
    public var retries: Int
    public var failFast: Bool
    public var runTimeout: Duration?
    public init(workers: Int, processes: Int = 1, retries: Int = 1, failFast: Bool = false, runTimeout: Duration? = nil) {
        self.workers = max(1, workers); self.processes = max(1, min(processes, max(1, workers)))
        self.retries = max(0, retries); self.failFast = failFast; self.runTimeout = runTimeout
    }
}

/// Why a run stopped early; running executions end as `cancelled` (or `timedOut` for the run timeout).
enum StopReason: Sendable, Equatable {
    case failFast(String)
    case runTimeout(String)
    /// The machine cannot run browsers (no Playwright, no browser, a runner that cannot start):
    /// every execution would fail the same way, so none is judged.
    case systemic(RunnerError)
    /// An output could not be written (a full disk): going on would only fail more executions, or
    /// run them with no journal to resume from. `scene run --resume <bundle>` finishes the run.
    case storage(StorageError, bundle: String)
    var text: String {
        switch self {
        case let .failFast(t), let .runTimeout(t): return t
        case let .systemic(error): return "not run: the runner cannot start (\(error.message))"
        case let .storage(error, bundle):
            return "\(error)\nhint: free some space, then finish the run with `scene run --resume \(bundle)` (nothing done so far is lost)"
        }
    }
}

/// The shared state of the workers: finished records, the stop flag, overhead measurements.
actor RunState {
    private(set) var records: [String: ExecutionRecord] = [:]
    private(set) var stop: StopReason?
    private(set) var running: Set<String> = []
    private(set) var overheadMs: [Double] = []
    private(set) var postProcessingMs: [Double] = []

    func begin(_ id: String) { running.insert(id) }
    func finish(_ record: ExecutionRecord) { running.remove(record.id); records[record.id] = record }
    /// Sets the stop reason; true for the first caller only.
    func requestStop(_ reason: StopReason) -> Bool {
        guard stop == nil else { return false }
        stop = reason
        return true
    }
    func addOverhead(_ ms: Double) { overheadMs.append(ms) }
    func addPostProcessing(_ ms: Double) { postProcessingMs.append(ms) }
}

/// Runs executions on N runner slots with retries, timeouts, fail-fast and cancellation, journaling
/// every state change and writing every `execution.json` before its terminal journal line.
/// An execution is finished once that line is on disk. When an output or a journal line cannot
/// be written (a full disk), the run stops cleanly: the execution stays unfinished (the run marks
/// it cancelled, `--resume` runs it again) and no execution starts after it.
///
/// A slot is held while the runner works on an execution. Post-processing a passed attempt
/// (redaction, trace analysis, thumbnail, baseline) happens after its slot is released, while the
/// next execution already runs in the browser: twice as many tasks as slots keep every slot busy.
/// Blocking work (post-processing, file writes, fsync) runs on `Blocking` threads, never on the
/// cooperative pool, so a slot's hand-off to the next execution does not wait behind it.
/// An attempt the runner did not pass keeps its slot until its retry or fail-fast is decided.
struct Scheduler: Sendable {
    let options: SchedulerOptions
    let pipeline: ExecutionPipeline
    let pool: RunnerPool
    let journal: Journal
    let planFile: PlanFile
    let state: RunState
    let observer: RunObserver

    func run(_ executions: [PlannedExecution]) async {
        let queue = BoundedQueue<PlannedExecution>(capacity: options.workers * 2)
        // The free runner slots (0 ..< workers); a slot's index picks its runner process.
        let slots = BoundedQueue<Int>(capacity: options.workers)
        for slot in 0 ..< options.workers { _ = await slots.send(slot) }
        let tasks = options.workers * 2
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                // The first runner starts before any execution is queued (under the run timeout): a machine
                // that cannot run a browser at all stops the run here, with the fix, instead of failing
                // every execution the same way.
                if !executions.isEmpty, let failure = await startupFailure() {
                    await stop(.systemic(failure), queue: queue)
                    return true
                }
                for execution in executions where !(await queue.send(execution)) { break }
                await queue.finish()
                return true
            }
            for _ in 0 ..< tasks {
                group.addTask {
                    while let execution = await queue.next() { await run(execution, queue: queue, slots: slots) }
                    return true
                }
            }
            if let limit = options.runTimeout {
                group.addTask {
                    guard (try? await Task.sleep(for: limit)) != nil else { return false }
                    await stop(.runTimeout("the run exceeded its \(limit.components.seconds) s timeout (runTimeoutSeconds)"), queue: queue)
                    return false
                }
            }
            var busy = 1 + tasks
            while busy > 0, let isWorker = await group.next() { if isWorker { busy -= 1 } }
            group.cancelAll()
        }
    }

    /// All attempts of one execution; its final record is written, journaled and reported.
    private func run(_ execution: PlannedExecution, queue: BoundedQueue<PlannedExecution>, slots: BoundedQueue<Int>) async {
        if await state.stop != nil || Task.isCancelled { return }
        var slot: Int?
        var attempt = 0
        var runnerDeathRetryLeft = true
        var record: ExecutionRecord
        var earlier: [AttemptSummary] = []
        // Stopped while waiting for a slot, or by a write that failed: the run records the execution as unfinished.
        func unfinished() async { if let held = slot { _ = await slots.send(held) } }
        while true {
            attempt += 1
            let outcome = await attemptOnce(execution, attempt: attempt, slot: &slot, slots: slots, queue: queue)
            guard let outcome else { return await unfinished() }
            if case let .systemic(error) = outcome.retry {
                // Nothing can run: the run stops, and this execution is recorded with the others it never ran.
                await stop(.systemic(error), queue: queue)
                return await unfinished()
            }
            record = outcome.record
            let stopped = await state.stop != nil || Task.isCancelled
            let mayRetry = attempt <= options.retries || (outcome.retry == .runnerDied && runnerDeathRetryLeft)
            if outcome.retry != .no && mayRetry && !stopped {
                if attempt > options.retries { runnerDeathRetryLeft = false }
                earlier.append(AttemptSummary(record))
                let reason = earlier.last!.description
                guard await log(JournalEntry(time: Date(), executionId: execution.id, status: .queued, attempt: attempt, message: "retrying: \(reason)"),
                                queue: queue) else { return await unfinished() }
                observer(.retrying(id: execution.id, attempt: attempt + 1, reason: reason))
                continue
            }
            break
        }
        if !earlier.isEmpty { record.earlierAttempts = earlier }
        if attempt > 1 && record.status == .passed { record.status = .flaky }
        if record.status == .cancelled, case let .runTimeout(reason)? = await state.stop {
            record.status = .timedOut
            record.timeoutReason = reason
        }
        // execution.json, then the terminal journal line: the execution is finished once both are on disk.
        do { try await Blocking.run { [pipeline, record] in try pipeline.bundle.writeExecution(record) } }
        catch {
            await stop(.storage(StorageError(path: pipeline.bundle.executionRecordURL(execution.id).path, error: error),
                                bundle: pipeline.bundle.root.path), queue: queue)
            return await unfinished()
        }
        guard await log(JournalEntry(time: Date(), executionId: execution.id, status: record.status, attempt: attempt, message: record.error),
                        queue: queue) else { return await unfinished() }
        await state.finish(record)
        observer(.executionFinished(record))
        if options.failFast && [.failed, .error, .timedOut].contains(record.status) {
            await stop(.failFast("--fail-fast: \(execution.id) ended \(record.status.rawValue)"), queue: queue)
        }
        // A slot kept through a failed attempt is given back only now, after fail-fast had its say.
        if let slot { _ = await slots.send(slot) }
    }

    /// Why the first runner cannot start, when no runner will: everything but a slow start (which an
    /// execution's own attempt may get past) means the machine cannot run this plan.
    private func startupFailure() async -> RunnerError? {
        do { _ = try await pool.client(slot: 0) } catch let error as RunnerError {
            if case .startTimeout = error { return nil }
            return error
        } catch { return nil }
        return nil
    }

    private func stop(_ reason: StopReason, queue: BoundedQueue<PlannedExecution>) async {
        guard await state.requestStop(reason) else { return }
        observer(.stopping(reason: reason.text))
        await queue.finish()
        await pool.cancelAll(reason: reason.text)
    }

    /// What an attempt's end means for the next: no new attempt, a new one, one more even beyond
    /// `retries` (the runner died under it), or none for any execution (the runner cannot start).
    private enum Retry: Equatable { case no, yes, runnerDied, systemic(RunnerError) }

    /// One attempt: waits for a runner slot (unless the previous attempt kept it), runs the execution
    /// in the runner, then post-processes its result. The slot is given back before post-processing
    /// when the runner passed the attempt. Nil when the run stopped before a slot was free, or when an
    /// output of the attempt could not be written (the run stops then).
    private func attemptOnce(_ execution: PlannedExecution, attempt: Int, slot: inout Int?, slots: BoundedQueue<Int>,
                             queue: BoundedQueue<PlannedExecution>) async -> (record: ExecutionRecord, retry: Retry)? {
        if slot == nil {
            guard let free = await slots.next() else { return nil }  // cancelled while waiting
            if await state.stop != nil {
                _ = await slots.send(free)
                return nil
            }
            slot = free
        }
        let slotClock = ContinuousClock.now
        let started = Date()
        // Written while the execution starts, not before: the browser must not wait for this fsync.
        // Awaited before returning, so it still precedes the attempt's next journal line.
        // A `running` line that cannot be written stops the run: the attempt is then cancelled by it.
        async let runningLogged = log(JournalEntry(time: started, executionId: execution.id, status: .running, attempt: attempt), queue: queue)
        let outcome = await runAttempt(execution, attempt: attempt, slot: &slot, slots: slots, started: started, slotClock: slotClock)
        _ = await runningLogged
        switch outcome {
        case let .finished(record, retry): return (record, retry)
        case let .storageFailed(error):
            await stop(.storage(error, bundle: pipeline.bundle.root.path), queue: queue)
            return nil
        }
    }

    /// How an attempt ended: a record (and whether to retry), or an output that could not be written.
    private enum AttemptEnd {
        case finished(ExecutionRecord, Retry)
        case storageFailed(StorageError)
    }

    /// The rest of an attempt, once it has its slot: folder, `execute` message, the runner's answer,
    /// post-processing. The slot is given back early when the runner passed the attempt.
    private func runAttempt(_ execution: PlannedExecution, attempt: Int, slot: inout Int?, slots: BoundedQueue<Int>,
                            started: Date, slotClock: ContinuousClock.Instant) async -> AttemptEnd {
        await state.begin(execution.id)
        observer(.executionStarted(id: execution.id, attempt: attempt))
        let message: ExecuteMessage
        let client: RunnerClient
        let clientClock = ContinuousClock.now
        do {
            try pipeline.prepareDirectory(for: execution)
            let previous = pipeline.previousElements(for: execution)
            if let warning = previous.warning, attempt == 1 { observer(.warning(id: execution.id, message: warning)) }
            message = try pipeline.message(for: execution, attempt: attempt, previous: previous.elements)
            client = try await pool.client(slot: slot! % options.processes)
            try Task.checkCancellation()
        } catch is CancellationError {
            return .finished(pipeline.failureRecord(for: execution, status: .cancelled, error: "cancelled before it started",
                                                     attempt: attempt, startedAt: started, finishedAt: Date()), .no)
        } catch let error as StorageError {
            return .storageFailed(error)
        } catch let error as RunnerError {
            let record = pipeline.failureRecord(for: execution, status: .error, error: "could not start the runner: \(error)",
                                                attempt: attempt, startedAt: started, finishedAt: Date(), kind: .transient)
            return .finished(record, error.isPermanent ? .systemic(error) : .runnerDied)
        } catch {
            return .finished(pipeline.failureRecord(for: execution, status: .error, error: describe(error),
                                                     attempt: attempt, startedAt: started, finishedAt: Date(), kind: .permanent), .no)
        }
        let startup = (ContinuousClock.now - clientClock).milliseconds  // a runner start-up is not scheduling overhead
        let result: RunnerResult
        do {
            result = try await client.execute(message, hardTimeout: pipeline.watchdogTimeout(for: execution))
        } catch is CancellationError {
            return .finished(pipeline.failureRecord(for: execution, status: .cancelled, error: "cancelled before it started",
                                                     attempt: attempt, startedAt: started, finishedAt: Date()), .no)
        } catch {
            if await client.wasKilledByWatchdog(execution.id) {
                let limit = pipeline.watchdogTimeout(for: execution) - ExecutionPipeline.watchdogGrace
                let reason = "the runner gave no result within the \(limit.components.seconds) s executionTimeout + "
                    + "\(ExecutionPipeline.watchdogGrace.components.seconds) s grace and was killed"
                return .finished(pipeline.failureRecord(for: execution, status: .timedOut, error: reason, attempt: attempt,
                                                         startedAt: started, finishedAt: Date(), timeoutReason: reason, kind: .transient), .yes)
            }
            if Task.isCancelled {
                return .finished(pipeline.failureRecord(for: execution, status: .cancelled, error: "cancelled", attempt: attempt,
                                                         startedAt: started, finishedAt: Date()), .no)
            }
            return .finished(pipeline.failureRecord(for: execution, status: .error, error: "runner crashed during the execution: \(describe(error))",
                                                     attempt: attempt, startedAt: started, finishedAt: Date(), kind: .transient), .runnerDied)
        }
        if result.capture.status == .passed, let held = slot {
            slot = nil
            _ = await slots.send(held)
        }
        if let runnerMs = result.timings?["totalMs"] {
            await state.addOverhead((ContinuousClock.now - slotClock).milliseconds - startup - runnerMs)
        }
        let processing = ContinuousClock.now
        let finished = Date()
        let record: ExecutionRecord
        do {
            let output = try await Blocking.run { [pipeline] in
                try pipeline.record(for: execution, result: result, attempt: attempt, startedAt: started, finishedAt: finished)
            }
            record = output.record
            try await planFile.learn(typedSecrets: output.typedSecrets)
        } catch {
            return .storageFailed(StorageError(path: pipeline.bundle.executionDirectory(execution.id).path, error: error))
        }
        await state.addPostProcessing((ContinuousClock.now - processing).milliseconds)
        return .finished(record, record.failureKind == .transient ? .yes : .no)
    }

    /// Appends a journal line; false when it could not be written, and then the run stops.
    private func log(_ entry: JournalEntry, queue: BoundedQueue<PlannedExecution>) async -> Bool {
        do {
            try await journal.append(entry)
            return true
        } catch {
            await stop(.storage(StorageError(path: journal.url.path, error: error), bundle: pipeline.bundle.root.path), queue: queue)
            return false
        }
    }
}

/// The user-facing text of an error: its description when it has one.
func describe(_ error: any Error) -> String {
    switch error {
    case let error as RunnerError: return error.description
    case let error as PipelineError: return error.description
    case let error as AnalysisError: return error.description
    case let error as DiscoveryError: return error.description
    case let error as RunSetupError: return error.description
    default: return error.localizedDescription
    }
}
