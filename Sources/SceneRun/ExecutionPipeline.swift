import Foundation
import SceneAnalyze
import SceneBundle
import SceneConfig

/// Everything one execution needs besides the runner: how to build its `execute` message, and
/// how its `result` becomes an `execution.json` — analysed by SceneAnalyze, the baseline promoted here.
struct ExecutionPipeline: Sendable {
    let runId: String
    let bundle: RunBundle
    let baselines: BaselineStore
    /// The baselines folder's known changes, read once when the run starts.
    let known: KnownChanges
    let batch: Batch
    let stabilization: Stabilization
    let updateBaselines: BaselineUpdate
    let resolverAvailable: Bool
    let environment: [String: String]

    /// How long scene waits for the runner's answer before it kills the runner: the execution's
    /// own limit, plus time for the runner to stop it and report.
    func watchdogTimeout(for execution: PlannedExecution) -> Duration {
        .milliseconds(Int(batch.settings(for: execution).timeLimits.execution * 1000)) + Self.watchdogGrace
    }
    static let watchdogGrace = Duration.seconds(20)

    /// What this run does with the execution's baseline (`BaselineUpdate.decision`, the one rule).
    func baselineDecision(for key: ExecutionKey) -> ExecutionAnalysis.Baseline {
        updateBaselines.decision(exists: baselines.exists(key), baseline: baselines.folder.imageURL(key), layout: baselines.folder.layoutURL(key))
    }

    /// The baseline's elements of the execution's steps (sent as `previousElements`), and a warning
    /// when its elements file exists but cannot be used.
    func previousElements(for execution: PlannedExecution) -> (elements: [StepElement], warning: String?) {
        let loaded = BaselineElements.load(baselines.folder.elementsURL(execution.key), executionId: execution.id)
        return (loaded.elements?.previous(for: execution.steps) ?? [], loaded.warning)
    }

    /// The `execute` message. The basic-auth password is read from its environment variable here
    /// and exists nowhere else (never in a file, a log or a record).
    func message(for execution: PlannedExecution, attempt: Int, previous: [StepElement] = []) throws -> ExecuteMessage {
        var credentials: ExecuteMessage.Credentials?
        if let auth = execution.page.basicAuth {
            guard let password = environment[auth.passwordEnv] else {
                throw PipelineError.missingSecret(page: execution.page.id, variable: auth.passwordEnv)
            }
            credentials = .init(username: auth.username, password: password)
        }
        let limits = batch.settings(for: execution).timeLimits
        func ms(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
        return ExecuteMessage(
            executionId: execution.id, attempt: attempt, execution: execution,
            outputDir: bundle.executionDirectory(execution.id).path, stabilization: stabilization,
            timeouts: .init(executionMs: ms(limits.execution), navigationMs: ms(limits.navigation), actionMs: ms(limits.step),
                            captureMs: ms(limits.capture)),
            healing: .init(enabled: batch.healing, maxAttempts: batch.maxHealingAttempts),
            resolver: resolverAvailable, trace: true, credentials: credentials, previousElements: previous,
            baselineDigest: updateBaselines == .all ? nil : baselines.meta(execution.key)?.captureDigest,
            maxImagePixels: batch.imagePixelLimit)
    }

    /// A fresh execution folder for an attempt: leftovers of an earlier attempt must not be mistaken for its output.
    func prepareDirectory(for execution: PlannedExecution) throws {
        let directory = bundle.executionDirectory(execution.id)
        do {
            if FileManager.default.fileExists(atPath: directory.path) { try FileManager.default.removeItem(at: directory) }
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StorageError(path: directory.path, error: error)
        }
    }

    /// The record of a finished attempt: the analysis of what the runner wrote, then, for a new
    /// baseline, its promotion (screenshot, layout snapshot, trace and the elements its steps acted on) — last, once
    /// everything else of the execution is written, so no failure after it can leave a baseline
    /// from an execution that did not succeed. Throws a `StorageError` when an output cannot be
    /// written (by the runner or here): the execution is then unfinished and the run stops.
    /// `typedSecrets`: values of its `fill`/`type` steps that went into a password field (for plan.json).
    /// The time of each part (tiles stitched, analysis) joins the runner's phases in `record.timings`.
    func record(for execution: PlannedExecution, result: RunnerResult, attempt: Int,
                startedAt: Date, finishedAt: Date) throws -> (record: ExecutionRecord, typedSecrets: [String]) {
        let directory = bundle.executionDirectory(execution.id)
        let stitching = ContinuousClock.now
        let capture = TiledPages.assemble(result.capture, in: directory, batch: batch)
        let stitchMs = result.capture.artifacts.tiles?.isEmpty == false ? (ContinuousClock.now - stitching).milliseconds : nil
        let analysing = ContinuousClock.now
        var analysis = try analyzeAndPromote(execution, capture: capture, elements: result.elements, attempt: attempt,
                                             startedAt: startedAt, finishedAt: finishedAt)
        analysis.record.timings = result.phaseTimings(stitchMs: stitchMs, analysisMs: (ContinuousClock.now - analysing).milliseconds)
        return analysis
    }

    private func analyzeAndPromote(_ execution: PlannedExecution, capture: BrowserCapture, elements captured: CapturedElements?,
                                   attempt: Int, startedAt: Date, finishedAt: Date) throws -> (record: ExecutionRecord, typedSecrets: [String]) {
        let directory = bundle.executionDirectory(execution.id)
        let key = execution.key
        // A baseline this run promoted for an attempt that never finished (the run stopped or was
        // killed before its record) is this execution's own: record it again, never compare with it.
        let earlier = baselines.meta(key).flatMap { $0.runId == runId && baselines.exists(key) ? $0 : nil }
        let baseline: ExecutionAnalysis.Baseline = earlier != nil ? .record : baselineDecision(for: key)
        let input = ExecutionAnalysis.Input(
            execution: execution, directory: directory, capture: capture,
            baseline: baseline,
            baselineTrace: baseline.isComparison ? baselines.folder.traceURL(key) : nil,
            secrets: SecretRedaction(execution: execution, environment: environment), known: known,
            attempt: attempt, startedAt: startedAt, finishedAt: finishedAt)
        var analysis = try ExecutionAnalysis.analyze(input, batch: batch)
        // What the page showed (element texts) is cleaned of its secrets like the record.
        let elements = analysis.secrets.redacting(BaselineElements(execution: execution, runId: runId, captured: captured?.entries ?? []))
        guard [.passed, .failed, .newBaseline].contains(analysis.record.status) else { return (analysis.record, analysis.typedSecrets) }
        do {
            // Beside the screenshot, for `scene approve` to promote with it.
            if !elements.entries.isEmpty {
                try BundleIO.writeJSON(elements, to: directory.appendingPathComponent(ExecutionFiles.elements))
            }
            if analysis.record.status == .newBaseline, let observed = analysis.record.artifacts.observed {
                try baselines.promote(observed: directory.appendingPathComponent(observed), elements: elements,
                                      trace: analysis.record.artifacts.trace.map { directory.appendingPathComponent($0) },
                                      layout: analysis.record.artifacts.layout.map { directory.appendingPathComponent($0) },
                                      captureDigest: analysis.record.capture?.digest, key: key, runId: runId,
                                      action: earlier?.action ?? (baselines.exists(key) ? .update : .record))
            }
        } catch let error as StorageError {
            throw error
        } catch {
            analysis.record.status = .error
            analysis.record.error = "could not store or compare the baseline: \(ErrorText.describe(error))"
            analysis.record.failureKind = .transient
        }
        return (analysis.record, analysis.typedSecrets)
    }

    /// A record for an attempt that produced no runner result (runner died, could not start...).
    func failureRecord(for execution: PlannedExecution, status: ExecutionStatus, error: String, attempt: Int,
                       startedAt: Date?, finishedAt: Date, timeoutReason: String? = nil, kind: FailureKind? = nil) -> ExecutionRecord {
        var record = ExecutionRecord(execution, attempt: attempt, startedAt: startedAt, finishedAt: finishedAt)
        record.status = status
        record.error = error
        record.timeoutReason = timeoutReason
        record.failureKind = kind
        return record
    }
}

/// A problem of the execution itself, before the browser: the same on every attempt.
enum PipelineError: SceneError {
    case missingSecret(page: String, variable: String)
    var message: String {
        switch self {
        case let .missingSecret(page, variable): return "page '\(page)' needs basic auth but $\(variable) is not set"
        }
    }
    var hint: String? {
        guard case let .missingSecret(_, variable) = self else { return nil }
        return "export \(variable)=... before `scene run`"
    }
}
