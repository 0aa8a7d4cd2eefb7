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
        Every screenshot is compared with its approved baseline; an execution without one fails
        (its screenshot waits for `scene approve`). A new project records its baselines with
        `scene run --update-baselines=missing` (refused when $CI is set, unless
        --force-update-baselines). Executions that fail in a way another attempt may not (a visual
        difference, a timeout) are retried in a fresh browser context: a pass on retry is `flaky`.
        Ctrl-C stops running executions and marks the run cancelled; `--resume` finishes a killed or
        cancelled run without redoing finished executions.

        Filters: a glob on the whole id (`home~*~mobile~*`), on one part (`mobile`), or on a named
        part (`viewport=mob*`). Several filters on the same part are alternatives; filters on
        different parts must all match (`--filter 'pricing*' --filter mobile`: pricing pages on mobile).

        Exit codes: 0 all passed · 1 visual differences at or above thresholds.failOn, or missing
        baselines · 2 execution errors or timeouts, or the run stopped because its output could not
        be written (full disk: free space, then --resume) · 64 usage · 65 bad config · 69 the machine
        cannot run a browser (the fix is printed) · 130 cancelled (Ctrl-C).

        Examples:
          scene run --update-baselines=missing          # the first run of a new project
          scene run --batch nightly
          scene run --filter 'home*' --concurrency 4 --fail-fast
          scene run --shard 2/3 --json > shard2.json
          scene run --resume runs/20261121-131502-a3f9
        """
    )

    @OptionGroup var options: ConfigOptions
    @Option(help: "The batch to run (default: the first).") var batch: String?
    @Option(help: "Keep executions matching this glob on the id, one of its parts, or part=glob (repeatable; see above).")
    var filter: [String] = []
    @Option(help: "Run shard i of n, e.g. 2/3.") var shard: String?
    @Option(help: "A run folder (or merged bundle) whose durations balance the shards; give every shard the same.")
    var durations: String?
    @Option(help: "Finish the run in this folder instead of starting a new one.") var resume: String?
    @Option(name: .customLong("update-baselines"),
            help: "Write baselines: 'missing' records those that do not exist yet, 'all' (the default of a bare --update-baselines) replaces every one.")
    var updateBaselines: String?
    @Flag(help: "Let --update-baselines write baselines although $CI is set.") var forceUpdateBaselines = false
    @Flag(help: "Stop at the first failed or broken execution.") var failFast = false
    @Option(help: "Executions at once (default: the batch's concurrency, else the number of cores).") var concurrency: Int?
    @Flag(help: "Do not build the HTML report at the end.") var noReport = false
    @OptionGroup var output: JSONOutput

    /// `scene run --json`.
    struct Document: JSONDocument {
        struct Execution: Encodable {
            var id: String, status: ExecutionStatus, level: DiffLevel, attempts: Int, error: String?, diffPercentage: Double?
            var failureKind: FailureKind?
        }
        var runId: String
        var runDirectory: String
        var batch: String
        var status: RunStatus
        var shard: ShardSpec?
        var counts: RunCounts
        var report: String?
        /// Why the run stopped before running its executions (the machine cannot run a browser), with the fix.
        var stopReason: String?
        var executions: [Execution]
    }

    func validate() throws {
        if let shard, ShardSpec(parsing: shard) == nil { throw ValidationError("--shard takes i/n with 1 <= i <= n, e.g. 2/3") }
        if let concurrency, concurrency < 1 || concurrency > 256 { throw ValidationError("--concurrency takes 1...256") }
        if resume != nil && (batch != nil || !filter.isEmpty || shard != nil || durations != nil || updateBaselines != nil) {
            throw ValidationError("--resume finishes a run as it was planned: it takes no --batch, --filter, --shard, --durations or --update-baselines")
        }
        if durations != nil && shard == nil { throw ValidationError("--durations balances shards: give it with --shard") }
        if let updateBaselines, BaselineUpdate(rawValue: updateBaselines) == nil {
            throw ValidationError("--update-baselines takes \(BaselineUpdate.allCases.map(\.rawValue).joined(separator: ", ")), or nothing (all)")
        }
    }

    func run() async throws {
        let progress = RunProgress(interactive: isatty(STDERR_FILENO) == 1 && !CIEnvironment.isCI())
        var runner = BatchRunner(RunnerEnvironment(resolver: StandardResolver.handler))
        runner.failFast = failFast
        let work: @Sendable () async throws -> RunResult
        if let resume {
            let directory = RunBundle.locate(resume)
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
        if let failure = outcome.storageFailure { Stderr.write("the run did not finish: \(failure)\n") }
        let report = noReport ? nil : buildReport(outcome.bundle)
        try summarize(outcome, report: report)
        var status = ExitStatus(run: outcome.manifest.status, executions: outcome.records.map(\.status),
                                interrupted: outcome.manifest.status == .cancelled)
        if outcome.manifest.stopReason != nil { status = .unavailable }
        if outcome.storageFailure != nil && status == .success { status = .executionErrors }  // run.json not final on disk
        if status != .success { throw ExitCode(status) }
    }

    private func makeRequest() throws -> RunRequest {
        // Checked here, not in validate(): the argument parser would turn this error's exit status into 1.
        if let updateBaselines, updateBaselines != BaselineUpdate.none.rawValue, !forceUpdateBaselines, CIEnvironment.isCI() {
            throw SceneFailure("--update-baselines writes baselines, and $CI is set", at: options.config,
                               hint: "baselines written by a CI job are lost with its machine, or accept a broken page unseen: record them on a "
                                   + "workstation and commit them, or approve a CI run's screenshots with `scene approve`; "
                                   + "--force-update-baselines writes them anyway", exit: .usage)
        }
        let config = try options.load()
        let plan = try options.plan(config, batch: batch, filters: filter, shard: shard, durations: durations)
        guard !plan.executions.isEmpty else {
            throw SceneFailure("the plan is empty", at: options.config, hint: "check --filter, --shard and the batch's pages", exit: .usage)
        }
        var request = RunRequest(config: config, plan: plan, configPath: URL(fileURLWithPath: options.config).standardizedFileURL)
        request.updateBaselines = updateBaselines.flatMap(BaselineUpdate.init(rawValue:)) ?? .none
        request.failFast = failFast
        request.concurrency = concurrency
        return request
    }

    private func buildReport(_ bundle: RunBundle) -> URL? {
        let site = bundle.reportURL
        do {
            // The history: the other runs of this runs folder (their reports, linked, not copied).
            let result = try ReportBuilder(ReportOptions(history: [bundle.root.deletingLastPathComponent()])).build(bundle: bundle, into: site)
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
        if let reason = outcome.manifest.stopReason {
            Stderr.write("error: the run stopped before running anything more: \(reason)\n")
            Stderr.write("then finish it: scene run --resume \(outcome.bundle.root.path)\n")
        }
        let flaky = outcome.records.filter { $0.status == .flaky }
        for record in flaky {
            Stderr.write("flaky: \(record.id) passed on attempt \(record.attempts) (\((record.earlierAttempts ?? []).map(\.description).joined(separator: "; ")))\n")
        }
        let missing = outcome.records.filter { $0.missingBaseline == true }
        if !missing.isEmpty {
            Stderr.write("\(missing.count) execution\(missing.count == 1 ? " has" : "s have") no baseline: approve them with "
                         + "`scene approve \(outcome.bundle.root.path)`, or record the missing ones with `scene run --update-baselines=missing`\n")
        }
        guard output.wanted() else { return }
        let m = outcome.manifest
        try Document(runId: m.runId, runDirectory: outcome.bundle.root.path, batch: m.batch, status: m.status, shard: m.shard,
                     counts: m.counts, report: report.map { $0.appendingPathComponent("index.html").path }, stopReason: m.stopReason,
                     executions: outcome.records.map {
                         .init(id: $0.id, status: $0.status, level: $0.level, attempts: $0.attempts, error: $0.error,
                               diffPercentage: $0.baselineDiff?.diffPercentage, failureKind: $0.failureKind)
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

extension RunCommand {
    /// A bare `--update-baselines` means `--update-baselines=all` (as Playwright's `--update-snapshots`
    /// takes an optional mode), which ArgumentParser's options cannot say themselves.
    static func normalized(_ arguments: [String]) -> [String] {
        var out: [String] = []
        for (i, argument) in arguments.enumerated() {
            if argument == "--" { return out + arguments[i...] }
            let modeFollows = i + 1 < arguments.count && BaselineUpdate(rawValue: arguments[i + 1]) != nil
            out.append(argument == "--update-baselines" && !modeFollows ? "--update-baselines=all" : argument)
        }
        return out
    }
}

/// Whether this process runs in a CI job: `$CI` set to anything but empty, `0` or `false`
/// (GitHub Actions, GitLab, CircleCI, Travis, Buildkite and Jenkins plugins set it).
enum CIEnvironment {
    static func isCI(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard let value = environment["CI"]?.lowercased() else { return false }
        return !["", "0", "false", "no"].contains(value)
    }
}
