public import Foundation
public import SceneBundle
public import SceneConfig

/// What `scene run` asks for, after the config is loaded and planned.
public struct RunRequest: Sendable {
    public var config: Config
    public var plan: Plan
    /// The config file (for relative folders, Python discovery and the digest); nil for configs built in code.
    public var configPath: URL?
    /// Where `runs/<run-id>` goes; default: the project's runsDirectory (relative to the config, or absolute).
    public var runsDirectory: URL?
    public var baselinesDirectory: URL?
    /// What the run does with baselines; default: compare, and fail an execution without one.
    public var updateBaselines = BaselineUpdate.none
    /// Stop at the first failed or broken execution.
    public var failFast = false
    /// Executions at once; default: the batch's concurrency, else the number of cores.
    public var concurrency: Int?
    public var runId: String?
    public init(config: Config, plan: Plan, configPath: URL? = nil) {
        self.config = config; self.plan = plan; self.configPath = configPath
    }
}

/// Where the runner and its browser come from.
public struct RunnerEnvironment: Sendable {
    public var environment: [String: String]
    /// The folder holding `runner/runner.py`; default: Discovery.assetsDirectory.
    public var assetsDirectory: URL?
    /// Answers the runner's `resolve` requests; nil = healing and plain steps are not offered.
    public var resolver: ResolveHandler?
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, assetsDirectory: URL? = nil,
                resolver: ResolveHandler? = nil) {
        self.environment = environment; self.assetsDirectory = assetsDirectory; self.resolver = resolver
    }
}

/// The end of a run: its bundle, manifest, every execution record, and the scheduler's own cost.
public struct RunResult: Sendable {
    public var bundle: RunBundle
    public var manifest: RunManifest
    public var records: [ExecutionRecord]
    /// Per attempt the runner answered: how long scene held the runner slot beyond the runner's own
    /// time (protocol, journal, folder), in ms. Runner start-up is not counted.
    public var schedulerOverheadMs: [Double]
    /// Per attempt the runner answered: redaction, trace analysis, thumbnail, baseline and repro, in ms.
    /// For a passed attempt this overlaps the next execution in the runner.
    public var postProcessingMs: [Double]
    /// Problems reading records of an earlier session (resume).
    public var problems: [String]
    /// Why the run could not finish writing its bundle (a full disk): it stopped, or its final
    /// `run.json` is not on disk. `scene run --resume` finishes it once there is room.
    public var storageFailure: String?
}

/// Runs a plan (or finishes a killed run) and writes its bundle.
public struct BatchRunner: Sendable {
    public var runnerEnvironment: RunnerEnvironment
    public init(_ runnerEnvironment: RunnerEnvironment = RunnerEnvironment()) { self.runnerEnvironment = runnerEnvironment }

    /// Starts a new run of `request.plan`.
    public func run(_ request: RunRequest, observer: @escaping RunObserver = { _ in }) async throws -> RunResult {
        let configDirectory = request.configPath?.deletingLastPathComponent()
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let runsRoot = request.runsDirectory ?? request.config.project.runsURL(configDirectory: configDirectory)
        let baselines = request.baselinesDirectory ?? request.config.project.baselinesURL(configDirectory: configDirectory)
        let runId = request.runId ?? Self.newRunId()
        let bundle = RunBundle(root: runsRoot.appendingPathComponent(runId, isDirectory: true))
        try RunnerBackendLaunch.check(request.config.runner, environment: runnerEnvironment.environment)
        guard !FileManager.default.fileExists(atPath: bundle.root.path) else { throw RunSetupError.runExists(bundle.root.path) }
        // Before anything is written: a damaged line stops the run with its place, not in the middle of it.
        let known = try KnownChanges.read(BaselinesFolder(root: baselines).knownChangesURL)
        var batch = request.plan.batch
        if let concurrency = request.concurrency { batch.concurrency = concurrency }
        let digest = request.configPath.flatMap { try? Data(contentsOf: $0) }.map(ConfigDigest.of) ?? "in-memory"
        var stored = StoredPlan(project: request.config.project.name, batch: batch, shard: request.plan.shard,
                                executions: request.plan.executions, stabilization: request.config.stabilization,
                                runner: request.config.runner, baselinesDirectory: baselines.standardizedFileURL.path,
                                configPath: request.configPath?.standardizedFileURL.path, configDigest: digest,
                                updateBaselines: request.updateBaselines)
        stored.unshardedIds = request.plan.unshardedIds
        var manifest = RunManifest(runId: runId, project: stored.project, batch: batch.id, configDigest: digest, shard: stored.shard,
                                   startedAt: Date(), sceneVersion: SceneVersion.current, plannedExecutionIds: stored.executions.map(\.id))
        let journal: Journal
        do {
            do { try FileManager.default.createDirectory(at: bundle.executionsURL, withIntermediateDirectories: true) }
            catch { throw StorageError(path: bundle.executionsURL.path, error: error) }
            try BundleIO.writeJSON(stored.redactingSecrets(), to: bundle.planURL)
            try bundle.writeManifest(manifest)
            journal = try Journal(url: bundle.journalURL)
            let now = Date()
            try await journal.append(contentsOf: stored.executions.map { JournalEntry(time: now, executionId: $0.id, status: .queued, attempt: 0) })
        } catch {
            // Nothing ran yet: a half-written bundle would only confuse `--resume` and the report.
            try? FileManager.default.removeItem(at: bundle.root)
            throw RunSetupError.cannotWrite(StorageError(path: bundle.root.path, error: error))
        }
        manifest.counts = RunCounts()
        var runner = self
        runner.failFast = runner.failFast || request.failFast
        return try await runner.execute(stored, bundle: bundle, manifest: manifest, journal: journal, skip: [], known: known, observer: observer)
    }

    /// Finishes a run that was killed or cancelled: executions with a terminal state in the journal
    /// and a readable `execution.json` are kept as they are; the rest run now.
    public func resume(_ runDirectory: URL, observer: @escaping RunObserver = { _ in }) async throws -> RunResult {
        let bundle = RunBundle(root: runDirectory.standardizedFileURL)
        let stored = try StoredPlan.read(from: bundle).restoringSecrets(environment: runnerEnvironment.environment)
        var manifest = try bundle.readRunManifest()
        let known = try KnownChanges.read(BaselinesFolder(root: URL(fileURLWithPath: stored.baselinesDirectory)).knownChangesURL)
        let latest = Journal.latestStates(at: bundle.journalURL)
        let keep = Set(latest.values.filter { entry in
            entry.status.isTerminal && entry.status != .cancelled && (try? bundle.readExecution(entry.executionId)) != nil
        }.map(\.executionId))
        manifest.status = .running
        manifest.finishedAt = nil
        manifest.timeoutReason = nil
        manifest.stopReason = nil
        // Half-written files of the killed session (its report, a baseline it was promoting).
        BundleIO.removeTemporaryFiles(under: bundle.root)
        BundleIO.removeTemporaryFiles(under: URL(fileURLWithPath: stored.baselinesDirectory))
        let journal: Journal
        do {
            try bundle.writeManifest(manifest)
            journal = try Journal(url: bundle.journalURL)
        } catch { throw RunSetupError.cannotWrite(StorageError(path: bundle.root.path, error: error)) }
        if await journal.droppedTornTail > 0 {
            observer(.warning(id: "journal.jsonl", message: "dropped a torn last line (\(await journal.droppedTornTail) bytes) left by an interrupted write"))
        }
        return try await execute(stored, bundle: bundle, manifest: manifest, journal: journal, skip: keep, known: known, observer: observer)
    }

    private func execute(_ stored: StoredPlan, bundle: RunBundle, manifest: RunManifest, journal: Journal,
                         skip: Set<String>, known: KnownChanges, observer caller: @escaping RunObserver) async throws -> RunResult {
        var manifest = manifest
        let env = runnerEnvironment
        let configDirectory = stored.configPath.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        // Found by the rule doctor uses; the backend checked once here (engine on PATH, endpoint well-formed),
        // then reused for every runner slot.
        let setup = try RunnerSetup.make(stored.runner, browser: stored.executions.first?.key.browser ?? "chromium",
                                         configDirectory: configDirectory, bundleRoot: bundle.root, environment: env.environment,
                                         assets: env.assetsDirectory)
        let notifier = RunNotifier(webhooks: stored.batch.webhooks, environment: env.environment,
                                   transport: .standard(assets: setup.assets, fallbackPython: setup.python.path, environment: env.environment),
                                   bundle: bundle, manifest: manifest)
        let observer: RunObserver = { event in notifier.observe(event); caller(event) }
        let pool = RunnerPool(
            makeLaunch: { slot, _ in
                var launch = setup.launch
                launch.logFile = bundle.runnerLogURL(slot: slot)
                return launch
            },
            resolver: env.resolver,
            onStart: { hello in
                observer(.runnerStarted(pid: hello.pid, browser: "\(hello.browser.name) \(hello.browser.version)", playwright: hello.playwright,
                                        python: setup.python.description))
            })
        let workers = stored.batch.concurrency ?? ProcessInfo.processInfo.activeProcessorCount
        let options = SchedulerOptions(workers: workers, processes: stored.runner.processes ?? 1, retries: stored.batch.retries,
                                       failFast: failFast, runTimeout: stored.batch.runTimeoutSeconds.map { .milliseconds(Int($0 * 1000)) })
        let pipeline = ExecutionPipeline(runId: manifest.runId, bundle: bundle, baselines: BaselineStore(root: URL(fileURLWithPath: stored.baselinesDirectory)), known: known,
                                         batch: stored.batch, stabilization: stored.stabilization, updateBaselines: stored.updateBaselines,
                                         resolverAvailable: env.resolver != nil, environment: env.environment)
        let state = RunState()
        let scheduler = Scheduler(options: options, pipeline: pipeline, pool: pool, journal: journal,
                                  planFile: PlanFile(plan: stored, bundle: bundle), state: state, observer: observer)
        let todo = stored.executions.filter { !skip.contains($0.id) }
        let alreadyFailed = skip.filter { id in (try? bundle.readExecution(id)).map { $0.status.isFailing } ?? false }.count
        observer(.started(runDirectory: bundle.root.path, total: stored.executions.count, alreadyDone: stored.executions.count - todo.count,
                          alreadyFailed: alreadyFailed))
        await notifier.runStarted(manifest)
        await scheduler.run(todo)
        let cancelled = Task.isCancelled
        await pool.shutdown()
        let hello = await pool.hello
        let stop = await state.stop
        // Executions that never reached a terminal state (cancelled, stopped) get a record saying so
        // (best effort: a run stopped by a full disk may write none; `--resume` runs them either way).
        let finished = await state.records
        var unfinished: [String: ExecutionRecord] = [:]
        for execution in todo where finished[execution.id] == nil {
            var record = pipeline.failureRecord(for: execution, status: .cancelled, error: stop?.text ?? "the run was cancelled",
                                                attempt: 0, startedAt: nil, finishedAt: Date())
            if case let .runTimeout(reason)? = stop { record.timeoutReason = reason }
            unfinished[execution.id] = record
            try? bundle.writeExecution(record)
            try? await journal.append(JournalEntry(time: Date(), executionId: execution.id, status: .cancelled, attempt: 0, message: record.error))
        }
        await journal.close()
        let (records, problems) = bundle.readExecutions()
        let planned = Set(stored.executions.map(\.id))
        let mine = records.filter { planned.contains($0.id) }
        var merged = Dictionary(uniqueKeysWithValues: mine.map { ($0.id, $0) })
        for (id, record) in finished where merged[id] == nil { merged[id] = record }  // execution.json could not be written
        merged.merge(unfinished) { _, cancelled in cancelled }  // whatever execution.json holds, the journal says unfinished
        let all = stored.executions.compactMap { merged[$0.id] }
        manifest.counts = RunCounts(all)
        manifest.level = manifest.counts.level(majorPercent: stored.batch.thresholds.runMajorPercent)
        manifest.finishedAt = Date()
        if let hello {
            manifest.playwrightVersion = hello.playwright
            manifest.browserVersions[hello.browser.name] = hello.browser.version
        }
        manifest.status = Self.status(of: all, cancelled: cancelled, stop: stop)
        if case let .runTimeout(reason)? = stop { manifest.timeoutReason = reason }
        if case let .systemic(error)? = stop {
            manifest.stopReason = error.message + (error.hint.map { "\nfix: \($0)" } ?? "") + "\n(\(setup.summary))"
        }
        var storageFailure: String?
        if case .storage? = stop { storageFailure = stop?.text }
        do { try bundle.writeManifest(manifest) } catch {
            storageFailure = StopReason.storage(StorageError(path: bundle.manifestURL.path, error: error), bundle: bundle.root.path).text
        }
        await notifier.runFinished(manifest)
        return RunResult(bundle: bundle, manifest: manifest, records: all, schedulerOverheadMs: await state.overheadMs,
                          postProcessingMs: await state.postProcessingMs, problems: problems, storageFailure: storageFailure)
    }

    /// Set by `scene run --fail-fast`.
    public var failFast = false

    static func status(of records: [ExecutionRecord], cancelled: Bool, stop: StopReason?) -> RunStatus {
        if cancelled { return .cancelled }
        if case .runTimeout? = stop { return .timedOut }
        if case .systemic? = stop { return .error }
        if case .storage? = stop { return .error }
        let statuses = Set(records.map(\.status))
        if !statuses.isDisjoint(with: [.error, .timedOut]) { return .error }
        if statuses.contains(.failed) { return .failed }
        if statuses.contains(.cancelled) { return .cancelled }
        return .passed
    }

    /// `20261121-131502-a3f9`: sortable by time, unique enough for one machine.
    static func newRunId(now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: now) + "-" + String(UInt16.random(in: 0 ... .max), radix: 16)
    }
}

public enum RunSetupError: SceneError, Sendable {
    case runExists(String)
    case cannotWrite(StorageError)
    case notARun(String, String)
    public var location: String? {
        switch self {
        case let .runExists(path), let .notARun(path, _): return path
        case let .cannotWrite(error): return error.path
        }
    }
    public var message: String {
        switch self {
        case .runExists: return "a run with this id already exists"
        case let .cannotWrite(error): return "cannot write the run bundle: \(error.reason)"
        case let .notARun(_, reason): return "not a run bundle (\(reason))"
        }
    }
    public var hint: String? {
        guard case .notARun = self else { return nil }
        return "pass the folder runs/<run-id> that holds run.json and plan.json"
    }
}
