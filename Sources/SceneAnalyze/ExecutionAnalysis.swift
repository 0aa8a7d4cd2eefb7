public import Foundation
public import SceneBundle
public import SceneConfig
import SceneImaging
import SceneRepro
public import SceneTrace

/// The analyse stage of one execution, once the browser is done with it: secrets out of what the
/// runner wrote, the trace against the declared steps, screencast frames, repro scripts, the
/// thumbnail, the comparisons with the reference and the baseline, and the status they make. Pages
/// the runner shot in tiles are stitched first (`TiledPages`).
///
/// Pure apart from the execution folder it reads and writes: no process, no network, and no
/// clock beyond the times it is given.
public enum ExecutionAnalysis {
    /// What to do with the approved baseline.
    public enum Baseline: Sendable, Equatable {
        /// Compare with the approved screenshot at this path (copied into the folder as `baseline.png`),
        /// and explain the difference with the layout snapshot taken with it, when there is one.
        case compare(URL, layout: URL? = nil)
        /// A run that records baselines (`--update-baselines`, or `=missing` with none approved yet): the
        /// observed screenshot becomes the baseline. The record says `newBaseline`; promoting it into
        /// the baselines folder is the caller's job.
        case record
        /// A comparison run and no approved screenshot at this path: nothing to compare with, so the
        /// execution fails (permanently) and its screenshot waits for `scene approve`.
        case missing(URL)
        /// True when there is an approved baseline to compare with (and so a baseline trace).
        public var isComparison: Bool { if case .compare = self { return true } else { return false } }
    }

    public struct Input: Sendable {
        public var execution: PlannedExecution
        /// The execution folder the runner wrote into.
        public var directory: URL
        public var capture: BrowserCapture
        public var baseline: Baseline
        /// The baseline run's trace, to compare this one's with (absent: no comparison).
        public var baselineTrace: URL?
        public var secrets: SecretRedaction
        /// The project's known changes (`baselines/known-changes.jsonl`): matching changes do not count.
        public var known: KnownChanges
        public var attempt: Int
        public var startedAt: Date
        public var finishedAt: Date
        public init(execution: PlannedExecution, directory: URL, capture: BrowserCapture, baseline: Baseline, baselineTrace: URL? = nil,
                    secrets: SecretRedaction, known: KnownChanges = KnownChanges(), attempt: Int, startedAt: Date, finishedAt: Date) {
            self.execution = execution; self.directory = directory; self.capture = capture; self.baseline = baseline
            self.baselineTrace = baselineTrace; self.known = known
            self.secrets = secrets; self.attempt = attempt; self.startedAt = startedAt; self.finishedAt = finishedAt
        }
    }

    /// The analysis of one attempt: its record, and the secrets it found (to clean anything else
    /// built from the page, such as the elements file) and which step values went into password fields.
    public struct Result: Sendable {
        public var record: ExecutionRecord
        public var secrets: SecretLiterals
        public var typedSecrets: [String]
    }

    /// The record of one attempt, with every secret of the execution out of it and of the folder.
    /// What cannot be analysed is said in the record; the one error thrown is a `StorageError`: an
    /// output that cannot be written (by the runner, or here), which stops the run.
    public static func analyze(_ input: Input, batch: Batch) throws -> Result {
        if let failure = input.capture.storageError { throw failure }
        // Pages shot in tiles become one PNG before anything reads them (a no-op when the caller did it).
        let capture = TiledPages.assemble(input.capture, in: input.directory, batch: batch)
        var record = ExecutionRecord(input.execution, attempt: input.attempt, startedAt: input.startedAt, finishedAt: input.finishedAt)
        record.capture = capture.captures?["observed"]
        record.title = capture.title
        record.steps = capture.steps
        record.healing = capture.healing ?? []
        record.consoleErrors = capture.consoleErrors ?? 0
        record.pageErrors = capture.pageErrors ?? 0
        record.artifacts.observed = capture.artifacts.observed
        record.artifacts.reference = capture.artifacts.reference
        record.artifacts.trace = capture.artifacts.trace
        record.artifacts.console = capture.artifacts.console
        record.artifacts.layout = capture.artifacts.layout
        record.artifacts.referenceLayout = capture.artifacts.referenceLayout
        record.error = capture.error
        // The runner's own words ("observed: page still changing after 3 screenshots"), for the report.
        let notes = capture.notes ?? []
        let unsettled = notes.filter { $0.contains("still changing") }
        if capture.settled == false || !unsettled.isEmpty {
            record.unstable = unsettled.isEmpty ? "the page was still changing when it was captured" : unsettled.joined(separator: "; ")
        }
        // Its other notes (a trace not written, web fonts still loading, cookie banners hidden) are
        // what a reviewer should know; the same note for the observed and the reference page once.
        var noted = Set<String>()
        for note in notes where !unsettled.contains(note) && noted.insert(note).inserted { record.warn(note) }
        // First, before anything reads what the runner wrote: secrets out of trace.zip and console.jsonl.
        let redaction = try input.secrets.apply(to: input.directory, traceName: capture.artifacts.trace,
                                                layoutNames: [capture.artifacts.layout, capture.artifacts.referenceLayout].compactMap { $0 },
                                                steps: input.execution.steps, pagePasswords: capture.passwordFieldValues ?? [],
                                                limits: batch.traceLimits)
        if redaction.removedTrace { record.artifacts.trace = nil }
        if let traceName = record.artifacts.trace {
            try analyzeTrace(&record, trace: input.directory.appendingPathComponent(traceName), baselineTrace: input.baselineTrace,
                             execution: input.execution, batch: batch)
        }
        switch capture.status {
        case .passed:
            record.status = .passed
            let thresholds = batch.settings(for: input.execution).thresholds
            let ignored = IgnoredAreas(page: input.execution.page, boxes: record.capture?.ignoredAreas)
            do {
                try compare(&record, in: input.directory, baseline: input.baseline, thresholds: thresholds, known: input.known,
                            ignored: ignored, batch: batch)
            }
            catch let error as StorageError { throw error }
            catch let error as ImagingError where error.problem == .writeFailed { throw StorageError(path: error.path, reason: error.message) }
            catch {
                record.status = .error
                record.error = "could not store or compare the baseline: \(ErrorText.describe(error))"
                record.failureKind = failureKind(of: error)
            }
        case .timedOut:
            record.status = .timedOut
            record.timeoutReason = capture.error
            record.failureKind = .transient
        case .cancelled: record.status = .cancelled
        case .error:
            record.status = .error
            record.failureKind = capture.permanent == true ? .permanent : .transient
        }
        applyHealedStepPolicy(&record, policy: batch.healedSteps)
        return Result(record: redaction.literals.redacting(record), secrets: redaction.literals, typedSecrets: redaction.typedSecrets)
    }

    /// Whether an error of the comparison may go away with a new screenshot: an image over the
    /// pixel limit or a damaged baseline will be the same next time; a half-written screenshot may not.
    static func failureKind(of error: any Error) -> FailureKind {
        if let error = error as? ImagingError {
            if error.problem == .tooLarge || error.path.hasSuffix("/" + ExecutionFiles.baseline) { return .permanent }
        }
        return .transient
    }

    /// What a healed step means for a screenshot that was taken (`healedSteps` in scene.yml): a
    /// failure, a warning the report shows, or nothing. A locator kept after doubt (`confirmed`)
    /// counts as healed: the step ran on an element unlike the baseline's, and a reviewer must see which.
    static func applyHealedStepPolicy(_ record: inout ExecutionRecord, policy: HealedStepPolicy) {
        let healed = record.healing.filter { $0.chosenLocator != nil }
        guard !healed.isEmpty, [.passed, .failed, .newBaseline].contains(record.status), policy != .pass else { return }
        let steps = healed.map { h in
            h.confirmed == true
                ? "step \(h.step + 1): \(h.failedLocator) kept, though it now finds \(h.found ?? "another element"), not \(h.expected ?? "the baseline's")"
                : "step \(h.step + 1): \(h.failedLocator) → \(h.chosenLocator ?? "")"
        }.joined(separator: "; ")
        switch policy {
        case .fail:
            record.status = .failed
            record.error = "healed step(s) fail the execution (healedSteps: fail): \(steps)"
            record.failureKind = .permanent
        case .warn:
            let rewritable = healed.contains { $0.confirmed != true }
            record.warn("healed step(s): \(steps)" + (rewritable ? "; `scene heal` writes the new locators into scene.yml" : ""))
        case .pass: break
        }
    }

    /// The trace's actions against the declared steps, what changed since the baseline's trace,
    /// and the repro scripts of what was performed. An unreadable trace is not fatal: the
    /// screenshot still counts, and the report shows that no analysis exists. A frame or repro
    /// file that cannot be written throws `StorageError`.
    private static func analyzeTrace(_ record: inout ExecutionRecord, trace: URL, baselineTrace: URL?, execution: PlannedExecution,
                                     batch: Batch) throws {
        guard let analysis = try? TraceAnalyzer.analyze(trace: trace, expected: DeclaredActions.expected(for: execution),
                                                        limits: batch.traceLimits) else { return }
        record.trace = TraceSummary(analysis)
        if let baselineTrace, FileManager.default.fileExists(atPath: baselineTrace.path) {
            if let baseline = try? TraceAnalyzer.analyze(trace: baselineTrace, expected: nil, limits: batch.traceLimits) {
                record.trace?.comparison = TraceDiff.compare(baseline: baseline, current: analysis)
            } else {
                record.warn("the baseline's trace (\(baselineTrace.lastPathComponent)) could not be read; no trace comparison")
            }
        }
        let directory = trace.deletingLastPathComponent()
        // The screencast frames around each action, for the report's filmstrip.
        do { record.trace?.frames = try TraceFrames.export(analysis, trace: trace, to: directory, limits: batch.traceLimits) }
        catch let error as StorageError { throw error } catch { record.trace?.frames = [] }
        let v = execution.viewport
        let screen = analysis.viewport ?? TraceViewport(width: v.width, height: v.height, deviceScaleFactor: v.deviceScaleFactor, isMobile: v.mobile)
        let written: [URL]
        do { written = try ReproWriter.write(actions: analysis.reproActions, to: directory, options: ReproOptions(sourceName: execution.id, viewport: screen)) }
        catch { throw StorageError(path: ((error as NSError).userInfo[NSFilePathErrorKey] as? String) ?? directory.path, error: error) }
        let names = Set(written.map(\.lastPathComponent))
        func artifact(_ name: String) -> String? { names.contains(name) ? name : nil }
        record.artifacts.reproPython = artifact(ExecutionFiles.reproPython)
        record.artifacts.reproTypeScript = artifact(ExecutionFiles.reproTypeScript)
        record.artifacts.reproSteps = artifact(ExecutionFiles.reproSteps)
    }

    /// The thumbnail, the comparison with the reference page, and the baseline: recorded from the
    /// observed screenshot or compared with it.
    private static func compare(_ record: inout ExecutionRecord, in directory: URL, baseline: Baseline, thresholds: Thresholds,
                                known: KnownChanges, ignored: IgnoredAreas, batch: Batch) throws {
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
                heatmap: directory.appendingPathComponent(ExecutionFiles.referenceHeatmap), thresholds: thresholds, known: known,
                ignored: ignored)
            explain(&record, \.referenceDiff, expected: record.artifacts.referenceLayout, in: directory)
        }
        let baselineCopy = directory.appendingPathComponent(ExecutionFiles.baseline)
        switch baseline {
        case .record:
            try BundleIO.writeAtomically(Data(contentsOf: observed), to: baselineCopy)
            record.artifacts.baseline = ExecutionFiles.baseline
            record.status = .newBaseline
        case .compare(let approved, let approvedLayout):
            try BundleIO.writeAtomically(Data(contentsOf: approved), to: baselineCopy)
            record.artifacts.baseline = ExecutionFiles.baseline
            try batch.checkImageSize(baselineCopy)
            record.baselineDiff = try ScreenshotComparison.compare(
                expected: baselineCopy, observed: observed, diff: directory.appendingPathComponent(ExecutionFiles.diff),
                heatmap: directory.appendingPathComponent(ExecutionFiles.heatmap), thresholds: thresholds, known: known,
                ignored: ignored)
            // The baseline's layout travels with its screenshot copy (for `scene diff --layout` by hand).
            if let approvedLayout, let data = BundleIO.readRegularFile(approvedLayout.path, upTo: PageLayout.maxBytes) {
                try BundleIO.writeAtomically(data, to: directory.appendingPathComponent(ExecutionFiles.baselineLayout))
                record.artifacts.baselineLayout = ExecutionFiles.baselineLayout
            }
            explain(&record, \.baselineDiff, expected: record.artifacts.baselineLayout, in: directory)
            let exceeded = record.baselineDiff?.exceededAreas ?? []
            if record.level >= thresholds.failOn && record.level != .none || !exceeded.isEmpty {
                record.status = .failed
                record.failureKind = .transient
                // An area over its own tolerance fails whatever `failOn` says: the user set that limit.
                for area in exceeded { record.warn("ignored area \(area.summary)") }
            } else if let known = record.baselineDiff?.known, known.measuredLevel >= thresholds.failOn {
                record.warn("passed: \(known.changes) known change(s) of the baseline comparison left out, as \(KnownChanges.fileName) says: "
                            + (record.baselineDiff?.knownChanges ?? []).joined(separator: "; "))
            }
        case .missing(let expected):
            record.status = .failed
            record.failureKind = .permanent
            record.missingBaseline = true
            record.error = "no approved baseline to compare with (\(expected.path) does not exist): this run compares and records none. "
                + "Approve this screenshot with `scene approve`, or record every missing baseline with `scene run --update-baselines=missing`"
        }
    }
}

extension ExecutionAnalysis {
    /// The element and style changes behind a comparison whose pixels differ, from the two layout
    /// snapshots. A snapshot that cannot be read costs the explanation only (said as a warning).
    static func explain(_ record: inout ExecutionRecord, _ comparison: WritableKeyPath<ExecutionRecord, DiffRecord?>,
                        expected: String?, in directory: URL) {
        guard let diff = record[keyPath: comparison], LayoutDiff.worthExplaining(diff), let expected,
              let observed = record.artifacts.layout else { return }
        do {
            let before = try PageLayout.read(directory.appendingPathComponent(expected))
            let after = try PageLayout.read(directory.appendingPathComponent(observed))
            record[keyPath: comparison]?.explanation = LayoutDiff.explain(baseline: before, observed: after, comparison: diff)
        } catch {
            record.warn("no explanation of the changes: \(ErrorText.describe(error))")
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


