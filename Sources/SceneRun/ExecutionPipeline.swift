import Foundation
import SceneBundle
import SceneConfig
import SceneRepro
import SceneTrace

/// Everything one execution needs besides the runner: how to build its `execute` message and how
/// to turn the runner's `result` into an `execution.json` (baseline recorded or compared).
struct ExecutionPipeline: Sendable {
    let runId: String
    let bundle: RunBundle
    let baselines: BaselineStore
    let batch: Batch
    let stabilization: Stabilization
    let updateBaselines: Bool
    let resolverAvailable: Bool
    let environment: [String: String]
    let comparator: ScreenshotComparator

    var executionTimeout: Duration { .milliseconds(Int(batch.executionTimeoutSeconds * 1000)) }

    /// The baseline's elements of the execution's steps (sent as `previousElements`), and a warning
    /// when its elements file exists but cannot be used.
    func previousElements(for execution: PlannedExecution) -> (elements: [StepElement], warning: String?) {
        let loaded = BaselineElements.load(baselines.elementsURL(execution.key), executionId: execution.id)
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
        let totalMs = Int(batch.executionTimeoutSeconds * 1000)
        return ExecuteMessage(
            executionId: execution.id, attempt: attempt, execution: execution,
            outputDir: bundle.executionDirectory(execution.id).path, stabilization: stabilization,
            timeouts: .init(executionMs: totalMs, navigationMs: min(30_000, totalMs / 2), actionMs: min(10_000, totalMs / 4)),
            healing: .init(enabled: batch.healing, maxAttempts: batch.maxHealingAttempts),
            resolver: resolverAvailable, trace: true, credentials: credentials, previousElements: previous)
    }

    /// A fresh execution folder for an attempt: leftovers of an earlier attempt must not be mistaken for its output.
    func prepareDirectory(for execution: PlannedExecution) throws {
        let directory = bundle.executionDirectory(execution.id)
        do {
            if FileManager.default.fileExists(atPath: directory.path) { try FileManager.default.removeItem(at: directory) }
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw PipelineError.cannotWrite(path: directory.path, reason: error.localizedDescription)
        }
    }

    /// The record of a finished attempt, with the baseline recorded or compared.
    func record(for execution: PlannedExecution, result: RunnerResult, attempt: Int,
                startedAt: Date, finishedAt: Date) -> ExecutionRecord {
        var record = baseRecord(execution, attempt: attempt, startedAt: startedAt, finishedAt: finishedAt)
        record.title = result.title
        record.steps = result.steps
        record.healing = result.healing ?? []
        record.consoleErrors = result.consoleErrors ?? 0
        record.pageErrors = result.pageErrors ?? 0
        record.artifacts.observed = result.artifacts.observed
        record.artifacts.reference = result.artifacts.reference
        record.artifacts.trace = result.artifacts.trace
        record.artifacts.console = result.artifacts.console
        record.error = result.error
        // First, before anything reads what the runner wrote: secrets out of trace.zip and console.jsonl.
        let redactionNotes = SecretRedaction(execution: execution, environment: environment)
            .apply(to: bundle.executionDirectory(execution.id), traceName: result.artifacts.trace, limits: batch.traceLimits)
        if redactionNotes.contains(where: { $0.hasPrefix("trace.zip removed") }) { record.artifacts.trace = nil }
        if redactionNotes.contains(where: { $0.hasPrefix("console.jsonl removed") }) { record.artifacts.console = nil }
        if let traceName = record.artifacts.trace {
            analyzeTrace(&record, trace: bundle.executionDirectory(execution.id).appendingPathComponent(traceName), execution: execution)
        }
        switch result.status {
        case "passed":
            record.status = .passed
            let elements = BaselineElements(execution: execution, runId: runId, captured: result.elements?.entries ?? [])
            do { try compareOrRecordBaseline(&record, execution: execution, elements: elements) }
            catch {
                record.status = .error
                record.error = "could not store or compare the baseline: \(describe(error))"
            }
        case "timedOut":
            record.status = .timedOut
            record.timeoutReason = result.error
        case "cancelled": record.status = .cancelled
        default: record.status = .error
        }
        return record
    }

    /// The trace's actions against the declared steps, and the repro scripts of what was
    /// performed. An unreadable trace is not fatal: the screenshot still counts, and the
    /// report shows that no analysis exists.
    private func analyzeTrace(_ record: inout ExecutionRecord, trace: URL, execution: PlannedExecution) {
        guard let analysis = try? TraceAnalyzer.analyze(trace: trace, expected: DeclaredActions.expected(from: execution.steps),
                                                        limits: batch.traceLimits) else { return }
        record.trace = TraceSummary(analysis)
        let directory = trace.deletingLastPathComponent()
        // The screencast frames around each action, for the report's filmstrip.
        record.trace?.frames = (try? TraceFrames.export(analysis, trace: trace, to: directory, limits: batch.traceLimits)) ?? []
        guard let written = try? ReproWriter.write(actions: analysis.actions.map(ReproAction.init), to: directory,
                                                   options: ReproOptions(sourceName: execution.id)) else { return }
        let names = Set(written.map(\.lastPathComponent))
        record.artifacts.reproPython = names.contains("repro.py") ? "repro.py" : nil
        record.artifacts.reproTypeScript = names.contains("repro.spec.ts") ? "repro.spec.ts" : nil
        record.artifacts.reproSteps = names.contains("repro.txt") ? "repro.txt" : nil
    }

    /// A record for an attempt that produced no runner result (runner died, could not start...).
    func failureRecord(for execution: PlannedExecution, status: ExecutionStatus, error: String, attempt: Int,
                       startedAt: Date?, finishedAt: Date, timeoutReason: String? = nil) -> ExecutionRecord {
        var record = baseRecord(execution, attempt: attempt, startedAt: startedAt, finishedAt: finishedAt)
        record.status = status
        record.error = error
        record.timeoutReason = timeoutReason
        return record
    }

    private func baseRecord(_ execution: PlannedExecution, attempt: Int, startedAt: Date?, finishedAt: Date) -> ExecutionRecord {
        var record = ExecutionRecord(key: execution.key, url: execution.url, referenceURL: execution.referenceURL)
        record.attempts = attempt
        record.startedAt = startedAt
        record.finishedAt = finishedAt
        record.durationMs = startedAt.map { finishedAt.timeIntervalSince($0) * 1000 }
        return record
    }

    /// Records the baseline (screenshot and `elements`) or compares with it. `elements` also goes
    /// into the execution folder, for `scene approve` to promote with the screenshot.
    private func compareOrRecordBaseline(_ record: inout ExecutionRecord, execution: PlannedExecution,
                                         elements: BaselineElements) throws {
        guard let observedName = record.artifacts.observed else {
            throw PipelineError.noScreenshot
        }
        let directory = bundle.executionDirectory(execution.id)
        if !elements.entries.isEmpty {
            try BundleIO.writeJSON(elements, to: directory.appendingPathComponent(BaselineElements.fileName))
        }
        let observed = directory.appendingPathComponent(observedName)
        try batch.checkImageSize(observed)
        try Comparison.writeThumbnail(png: observed, jpeg: directory.appendingPathComponent("thumb.jpg"))
        record.artifacts.thumbnail = "thumb.jpg"
        if let referenceName = record.artifacts.reference {
            try batch.checkImageSize(directory.appendingPathComponent(referenceName))
            record.referenceDiff = try comparator(directory.appendingPathComponent(referenceName), observed,
                                                  directory.appendingPathComponent("reference-diff.png"),
                                                  directory.appendingPathComponent("reference-heatmap.png"), batch.thresholds)
        }
        let key = execution.key
        if updateBaselines || !baselines.exists(key) {
            try baselines.promote(observed: observed, elements: elements, key: key, runId: runId,
                                  action: updateBaselines && baselines.exists(key) ? .update : .record)
            try BundleIO.writeAtomically(Data(contentsOf: observed), to: directory.appendingPathComponent("baseline.png"))
            record.artifacts.baseline = "baseline.png"
            record.status = .newBaseline
            return
        }
        let baselineCopy = directory.appendingPathComponent("baseline.png")
        try BundleIO.writeAtomically(Data(contentsOf: baselines.imageURL(key)), to: baselineCopy)
        record.artifacts.baseline = "baseline.png"
        try batch.checkImageSize(baselineCopy)
        record.baselineDiff = try comparator(baselineCopy, observed, directory.appendingPathComponent("diff.png"),
                                             directory.appendingPathComponent("heatmap.png"), batch.thresholds)
        if record.level >= batch.thresholds.failOn && record.level != .none { record.status = .failed }
    }
}

enum PipelineError: Error, CustomStringConvertible {
    case missingSecret(page: String, variable: String)
    case noScreenshot
    case cannotWrite(path: String, reason: String)
    var description: String {
        switch self {
        case let .missingSecret(page, variable):
            return "page '\(page)' needs basic auth but $\(variable) is not set\nhint: export \(variable)=... before `scene run`"
        case .noScreenshot: return "the runner reported success but wrote no observed.png"
        case let .cannotWrite(path, reason): return "cannot write the execution folder \(path): \(reason)"
        }
    }
}
