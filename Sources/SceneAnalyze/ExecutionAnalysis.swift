public import Foundation
public import SceneBundle
public import SceneConfig
import SceneImaging
import SceneRepro
import SceneTrace

/// The analyse stage of one execution, once the browser is done with it: secrets out of what the
/// runner wrote, the trace against the declared steps, screencast frames, repro scripts, the
/// thumbnail, the comparisons with the reference and the baseline, and the status they make.
///
/// Pure apart from the execution folder it reads and writes: no process, no network, and no
/// clock beyond the times it is given.
public enum ExecutionAnalysis {
    /// What to do with the approved baseline.
    public enum Baseline: Sendable, Equatable {
        /// Compare with the approved screenshot at this path (copied into the folder as `baseline.png`).
        case compare(URL)
        /// No baseline, or `--update-baselines`: the observed screenshot becomes the baseline. The
        /// record says `newBaseline`; promoting it into the baselines folder is the caller's job.
        case record
    }

    public struct Input: Sendable {
        public var execution: PlannedExecution
        /// The execution folder the runner wrote into.
        public var directory: URL
        public var capture: BrowserCapture
        public var baseline: Baseline
        public var secrets: SecretRedaction
        public var attempt: Int
        public var startedAt: Date
        public var finishedAt: Date
        public init(execution: PlannedExecution, directory: URL, capture: BrowserCapture, baseline: Baseline,
                    secrets: SecretRedaction, attempt: Int, startedAt: Date, finishedAt: Date) {
            self.execution = execution; self.directory = directory; self.capture = capture; self.baseline = baseline
            self.secrets = secrets; self.attempt = attempt; self.startedAt = startedAt; self.finishedAt = finishedAt
        }
    }

    /// The record of one attempt. Never throws: what cannot be analysed is said in the record.
    public static func analyze(_ input: Input, batch: Batch) -> ExecutionRecord {
        let capture = input.capture
        var record = ExecutionRecord(input.execution, attempt: input.attempt, startedAt: input.startedAt, finishedAt: input.finishedAt)
        record.title = capture.title
        record.steps = capture.steps
        record.healing = capture.healing ?? []
        record.consoleErrors = capture.consoleErrors ?? 0
        record.pageErrors = capture.pageErrors ?? 0
        record.artifacts.observed = capture.artifacts.observed
        record.artifacts.reference = capture.artifacts.reference
        record.artifacts.trace = capture.artifacts.trace
        record.artifacts.console = capture.artifacts.console
        record.error = capture.error
        // First, before anything reads what the runner wrote: secrets out of trace.zip and console.jsonl.
        let removed = input.secrets.apply(to: input.directory, traceName: capture.artifacts.trace, limits: batch.traceLimits)
        if removed.contains(.trace) { record.artifacts.trace = nil }
        if removed.contains(.console) { record.artifacts.console = nil }
        if let traceName = record.artifacts.trace {
            analyzeTrace(&record, trace: input.directory.appendingPathComponent(traceName), execution: input.execution, batch: batch)
        }
        switch capture.status {
        case .passed:
            record.status = .passed
            do { try compare(&record, in: input.directory, baseline: input.baseline, batch: batch) }
            catch {
                record.status = .error
                record.error = "could not store or compare the baseline: \(ErrorText.describe(error))"
            }
        case .timedOut:
            record.status = .timedOut
            record.timeoutReason = capture.error
        case .cancelled: record.status = .cancelled
        case .error: record.status = .error
        }
        applyHealedStepPolicy(&record, policy: batch.healedSteps)
        return record
    }

    /// What a healed step means for a screenshot that was taken (`healedSteps` in scene.yml): a
    /// failure, a warning the report shows, or nothing.
    static func applyHealedStepPolicy(_ record: inout ExecutionRecord, policy: HealedStepPolicy) {
        let healed = record.healing.filter { $0.chosenLocator != nil }
        guard !healed.isEmpty, [.passed, .failed, .newBaseline].contains(record.status), policy != .pass else { return }
        let steps = healed.map { "step \($0.step + 1): \($0.failedLocator) → \($0.chosenLocator ?? "")" }.joined(separator: "; ")
        switch policy {
        case .fail:
            record.status = .failed
            record.error = "healed step(s) fail the execution (healedSteps: fail): \(steps)"
        case .warn:
            record.warn("healed step(s): \(steps); `scene heal` writes the new locators into scene.yml")
        case .pass: break
        }
    }

    /// The trace's actions against the declared steps, and the repro scripts of what was
    /// performed. An unreadable trace is not fatal: the screenshot still counts, and the
    /// report shows that no analysis exists.
    private static func analyzeTrace(_ record: inout ExecutionRecord, trace: URL, execution: PlannedExecution, batch: Batch) {
        guard let analysis = try? TraceAnalyzer.analyze(trace: trace, expected: DeclaredActions.expected(from: execution.steps),
                                                        limits: batch.traceLimits) else { return }
        record.trace = TraceSummary(analysis)
        let directory = trace.deletingLastPathComponent()
        // The screencast frames around each action, for the report's filmstrip.
        record.trace?.frames = (try? TraceFrames.export(analysis, trace: trace, to: directory, limits: batch.traceLimits)) ?? []
        guard let written = try? ReproWriter.write(actions: analysis.actions.map(ReproAction.init), to: directory,
                                                   options: ReproOptions(sourceName: execution.id)) else { return }
        let names = Set(written.map(\.lastPathComponent))
        func artifact(_ name: String) -> String? { names.contains(name) ? name : nil }
        record.artifacts.reproPython = artifact(ExecutionFiles.reproPython)
        record.artifacts.reproTypeScript = artifact(ExecutionFiles.reproTypeScript)
        record.artifacts.reproSteps = artifact(ExecutionFiles.reproSteps)
    }

    /// The thumbnail, the comparison with the reference page, and the baseline: recorded from the
    /// observed screenshot or compared with it.
    private static func compare(_ record: inout ExecutionRecord, in directory: URL, baseline: Baseline, batch: Batch) throws {
        guard let observedName = record.artifacts.observed else { throw AnalysisError.noScreenshot }
        let observed = directory.appendingPathComponent(observedName)
        try batch.checkImageSize(observed)
        try Thumbnail.write(png: observed, jpeg: directory.appendingPathComponent(ExecutionFiles.thumbnail), limits: batch.decodeLimits)
        record.artifacts.thumbnail = ExecutionFiles.thumbnail
        if let referenceName = record.artifacts.reference {
            let reference = directory.appendingPathComponent(referenceName)
            try batch.checkImageSize(reference)
            record.referenceDiff = try ScreenshotComparison.compare(
                expected: reference, observed: observed, diff: directory.appendingPathComponent(ExecutionFiles.referenceDiff),
                heatmap: directory.appendingPathComponent(ExecutionFiles.referenceHeatmap), thresholds: batch.thresholds)
        }
        let baselineCopy = directory.appendingPathComponent(ExecutionFiles.baseline)
        switch baseline {
        case .record:
            try BundleIO.writeAtomically(Data(contentsOf: observed), to: baselineCopy)
            record.artifacts.baseline = ExecutionFiles.baseline
            record.status = .newBaseline
        case .compare(let approved):
            try BundleIO.writeAtomically(Data(contentsOf: approved), to: baselineCopy)
            record.artifacts.baseline = ExecutionFiles.baseline
            try batch.checkImageSize(baselineCopy)
            record.baselineDiff = try ScreenshotComparison.compare(
                expected: baselineCopy, observed: observed, diff: directory.appendingPathComponent(ExecutionFiles.diff),
                heatmap: directory.appendingPathComponent(ExecutionFiles.heatmap), thresholds: batch.thresholds)
            if record.level >= batch.thresholds.failOn && record.level != .none { record.status = .failed }
        }
    }
}

extension ExecutionRecord {
    /// The record of one attempt of `execution`, before anything is known of its outcome.
    public init(_ execution: PlannedExecution, attempt: Int, startedAt: Date?, finishedAt: Date) {
        self.init(key: execution.key, url: execution.url, referenceURL: execution.referenceURL)
        attempts = attempt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        durationMs = startedAt.map { finishedAt.timeIntervalSince($0) * 1000 }
    }
}

public enum AnalysisError: SceneError {
    case noScreenshot
    public var message: String {
        switch self {
        case .noScreenshot: return "the runner reported success but wrote no observed.png"
        }
    }
}


