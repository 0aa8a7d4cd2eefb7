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
    let batch: Batch
    let stabilization: Stabilization
    let updateBaselines: Bool
    let resolverAvailable: Bool
    let environment: [String: String]

    var executionTimeout: Duration { .milliseconds(Int(batch.executionTimeoutSeconds * 1000)) }

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

    /// The record of a finished attempt: the analysis of what the runner wrote, then, for a new
    /// baseline, its promotion (screenshot and the elements its steps acted on).
    func record(for execution: PlannedExecution, result: RunnerResult, attempt: Int,
                startedAt: Date, finishedAt: Date) -> ExecutionRecord {
        let directory = bundle.executionDirectory(execution.id)
        let elements = BaselineElements(execution: execution, runId: runId, captured: result.elements?.entries ?? [])
        let key = execution.key
        let recordBaseline = updateBaselines || !baselines.exists(key)
        let input = ExecutionAnalysis.Input(
            execution: execution, directory: directory, capture: result.capture,
            baseline: recordBaseline ? .record : .compare(baselines.folder.imageURL(key)),
            secrets: SecretRedaction(execution: execution, environment: environment),
            attempt: attempt, startedAt: startedAt, finishedAt: finishedAt)
        var record = ExecutionAnalysis.analyze(input, batch: batch)
        guard record.status == .passed || record.status == .failed || record.status == .newBaseline else { return record }
        do {
            // Beside the screenshot, for `scene approve` to promote with it.
            if !elements.entries.isEmpty {
                try BundleIO.writeJSON(elements, to: directory.appendingPathComponent(ExecutionFiles.elements))
            }
            if record.status == .newBaseline, let observed = record.artifacts.observed {
                try baselines.promote(observed: directory.appendingPathComponent(observed), elements: elements, key: key, runId: runId,
                                      action: updateBaselines && baselines.exists(key) ? .update : .record)
            }
        } catch {
            record.status = .error
            record.error = "could not store or compare the baseline: \(ErrorText.describe(error))"
        }
        return record
    }

    /// A record for an attempt that produced no runner result (runner died, could not start...).
    func failureRecord(for execution: PlannedExecution, status: ExecutionStatus, error: String, attempt: Int,
                       startedAt: Date?, finishedAt: Date, timeoutReason: String? = nil) -> ExecutionRecord {
        var record = ExecutionRecord(execution, attempt: attempt, startedAt: startedAt, finishedAt: finishedAt)
        record.status = status
        record.error = error
        record.timeoutReason = timeoutReason
        return record
    }
}

enum PipelineError: SceneError {
    case missingSecret(page: String, variable: String)
    case cannotWrite(path: String, reason: String)
    var message: String {
        switch self {
        case let .missingSecret(page, variable): return "page '\(page)' needs basic auth but $\(variable) is not set"
        case let .cannotWrite(path, reason): return "cannot write the execution folder \(path): \(reason)"
        }
    }
    var hint: String? {
        guard case let .missingSecret(_, variable) = self else { return nil }
        return "export \(variable)=... before `scene run`"
    }
}
