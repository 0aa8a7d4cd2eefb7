import ArgumentParser
import Foundation
import SceneBundle
import SceneConfig
import SceneReport
import SceneRun

/// `scene run`: a batch through real browsers into a run bundle, then the report.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a batch: every execution in a real browser, compared with its baseline.",
        discussion: """
        Writes runs/<run-id>/ (run.json, journal.jsonl, executions/<id>/...) and its report.
        Missing baselines are recorded (status newBaseline). Ctrl-C stops running executions and
        marks the run cancelled; `--resume` finishes a killed or cancelled run without redoing
        finished executions.

        Exit codes: 0 all passed · 1 visual differences at or above thresholds.failOn ·
        2 execution errors or timeouts · 64 usage · 65 bad config · 130 cancelled (Ctrl-C).

        Examples:
          scene run --batch nightly
          scene run --filter 'home*' --concurrency 4 --fail-fast
          scene run --shard 2/3 --json > shard2.json
          scene run --resume runs/20261121-131502-a3f9
        """
    )

    @OptionGroup var options: ConfigOptions
    @Option(help: "The batch to run (default: the first).") var batch: String?
    @Option(help: "Keep executions matching this glob on the id or one of its parts (repeatable).") var filter: [String] = []
    @Option(help: "Run shard i of n, e.g. 2/3.") var shard: String?
    @Option(help: "Finish the run in this folder instead of starting a new one.") var resume: String?
    @Flag(help: "Replace the baselines with this run's screenshots.") var updateBaselines = false
    @Flag(help: "Stop at the first failed or broken execution.") var failFast = false
    @Option(help: "Executions at once (default: the batch's concurrency, else the number of cores).") var concurrency: Int?
    @Flag(help: "Do not build the HTML report at the end.") var noReport = false
    @OptionGroup var output: JSONOutput

    /// `scene run --json`.
    struct Document: JSONDocument {
        struct Execution: Encodable {
            var id: String, status: ExecutionStatus, level: DiffLevel, attempts: Int, error: String?, diffPercentage: Double?
        }
        var runId: String
        var runDirectory: String
        var batch: String
        var status: RunStatus
        var shard: ShardSpec?
        var counts: RunCounts
        var report: String?
        var executions: [Execution]
    }

    func validate() throws {
        if let shard, ShardSpec(parsing: shard) == nil { throw ValidationError("--shard takes i/n with 1 <= i <= n, e.g. 2/3") }
        if let concurrency, concurrency < 1 || concurrency > 256 { throw ValidationError("--concurrency takes 1...256") }
        if resume != nil && (batch != nil || !filter.isEmpty || shard != nil || updateBaselines) {
            throw ValidationError("--resume finishes a run as it was planned: it takes no --batch, --filter, --shard or --update-baselines")
        }
    }

    func run() async throws {
        let progress = RunProgress(interactive: isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil)
        var runner = BatchRunner(RunnerEnvironment(resolver: StandardResolver.handler))
        runner.failFast = failFast
        let work: @Sendable () async throws -> RunResult
        if let resume {
            let directory = URL(fileURLWithPath: resume)
            work = { [runner] in try await runner.resume(directory, observer: progress.handle) }
        } else {
            let request = try makeRequest()
            work = { [runner] in try await runner.run(request, observer: progress.handle) }
        }
        let outcome: RunResult
        do { outcome = try await Interruptible.run(work) }
        catch let error as BackendError { throw LocatedError(error, at: options.config) }
        progress.finish()
        for problem in outcome.problems { Stderr.write(problem + "\n") }
        let report = noReport ? nil : buildReport(outcome.bundle)
        try summarize(outcome, report: report)
        let status = ExitStatus(run: outcome.manifest.status, executions: outcome.records.map(\.status),
                                interrupted: outcome.manifest.status == .cancelled)
        if status != .success { throw ExitCode(status) }
    }

    private func makeRequest() throws -> RunRequest {
        let config = try options.load()
        let plan = try options.plan(config, batch: batch, filters: filter, shard: shard)
        guard !plan.executions.isEmpty else {
            throw SceneFailure("the plan is empty", at: options.config, hint: "check --filter, --shard and the batch's pages", exit: .usage)
        }
        var request = RunRequest(config: config, plan: plan, configPath: URL(fileURLWithPath: options.config).standardizedFileURL)
        request.updateBaselines = updateBaselines
        request.failFast = failFast
        request.concurrency = concurrency
        return request
    }

    private func buildReport(_ bundle: RunBundle) -> URL? {
        let site = bundle.reportURL
        do {
            let result = try ReportBuilder().build(bundle: bundle, into: site)
            for warning in result.warnings { Stderr.write("report: warning: \(warning)\n") }
            return result.site
        } catch {
            Stderr.write("report: warning: the report was not built: \(error)\n")
            return nil
        }
    }

    private func summarize(_ outcome: RunResult, report: URL?) throws {
        let counts = outcome.manifest.counts.byStatus.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        Stderr.write("run \(outcome.manifest.runId): \(outcome.manifest.status.rawValue) — \(counts)\n")
        Stderr.write("bundle: \(outcome.bundle.root.path)\n")
        if let report { Stderr.write("report: \(report.appendingPathComponent("index.html").path)\n") }
        if let reason = outcome.manifest.timeoutReason { Stderr.write("timeout: \(reason)\n") }
        guard output.wanted() else { return }
        let m = outcome.manifest
        try Document(runId: m.runId, runDirectory: outcome.bundle.root.path, batch: m.batch, status: m.status, shard: m.shard,
                     counts: m.counts, report: report.map { $0.appendingPathComponent("index.html").path },
                     executions: outcome.records.map {
                         .init(id: $0.id, status: $0.status, level: $0.level, attempts: $0.attempts, error: $0.error,
                               diffPercentage: $0.baselineDiff?.diffPercentage)
                     }).print()
    }
}

/// Runs work that SIGINT/SIGTERM cancel: the first signal cancels it cleanly (the bundle says
/// `cancelled`), a second one exits at once.
enum Interruptible {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await work() }
        let signals = [SIGINT, SIGTERM].map { number -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if task.isCancelled { exit(130) }
                Stderr.write("\nscene: stopping (running executions are cancelled; press Ctrl-C again to quit at once)\n")
                task.cancel()
            }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }
        return try await task.value
    }
}
