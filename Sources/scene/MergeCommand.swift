import ArgumentParser
import Foundation
import SceneBundle
import SceneReport
import SceneRun

/// `scene merge`: shard bundles in, one run bundle (and its report) out.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the bundles of `scene run --shard i/n` into one run bundle and one report.",
        discussion: """
        Every shard of one run of one config must be given once: missing shards, a shard given
        twice, an execution in two shards, or shards of another batch or config are errors.
        The shards are not modified (artifacts are hard-linked, or copied across file systems).
        The exit code is that of the merged run: 0 passed, 1 visual difference, 2 execution errors.

        Examples:
          scene merge shard-1/runs/* shard-2/runs/* shard-3/runs/* --out runs/nightly
          scene merge artifacts/*/ --out merged --duplicates latest --json
        """
    )

    @Argument(help: "Shard run folders (each holds run.json and executions/).")
    var bundles: [String]

    @Option(name: .long, help: "The merged run folder to create (must not exist, or be empty).")
    var out: String

    @Option(name: .long, help: "A shard or execution given twice: 'error' (default) or 'latest' (keep the one that finished last).")
    var duplicates: String = DuplicatePolicy.error.rawValue

    @Flag(name: .long, help: "Merge even with missing shards or executions (they are listed; the run status is at least 'error').")
    var allowIncomplete = false

    @Option(name: .long, help: "Run id of the merged bundle (default: the --out folder's name).")
    var runId: String?

    @Flag(name: .long, help: "Do not build the report (<out>/report).")
    var noReport = false

    @OptionGroup var jsonOutput: JSONOutput

    /// `scene merge --json`.
    struct Document: JSONDocument {
        var runDirectory: String, runId: String, batch: String
        var status: RunStatus
        var total: Int
        var byStatus: [String: Int], byLevel: [String: Int]
        var shards: Int
        var missingShards: [Int]
        var missingExecutions: [String]
        var warnings: [String]
        var report: String?
    }

    func validate() throws {
        guard !bundles.isEmpty else { throw ValidationError("give at least one shard bundle") }
        guard DuplicatePolicy(rawValue: duplicates) != nil else {
            throw ValidationError("--duplicates must be one of \(DuplicatePolicy.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let options = MergeOptions(duplicates: DuplicatePolicy(rawValue: duplicates)!, allowIncomplete: allowIncomplete, runId: runId)
        let output = URL(fileURLWithPath: out).standardizedFileURL
        let result = try BundleMerger.merge(bundles.map { URL(fileURLWithPath: $0) }, into: output, options: options)
        for warning in result.warnings { Stderr.write("warning: \(warning)\n") }
        var reportIndex: String?
        if !noReport {
            let site = result.bundle.reportURL
            do {
                _ = try ReportBuilder(ReportOptions(history: [output.deletingLastPathComponent()])).build(bundle: result.bundle, into: site)
                reportIndex = site.appendingPathComponent("index.html").path
            } catch {
                throw SceneFailure("the merged bundle is written, but its report failed: \(ErrorText.message(error))", at: site.path,
                                   exit: .internalError)
            }
        }
        let m = result.manifest
        if jsonOutput.wanted() {
            try Document(runDirectory: output.path, runId: m.runId, batch: m.batch, status: m.status, total: m.counts.total,
                         byStatus: m.counts.byStatus, byLevel: m.counts.byLevel, shards: bundles.count, missingShards: result.missingShards,
                         missingExecutions: result.missingExecutions, warnings: result.warnings, report: reportIndex).print()
        } else {
            let statuses = m.counts.byStatus.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            Stderr.write("merged \(m.counts.total) executions into \(output.path): \(m.status.rawValue) (\(statuses))\n")
            if let reportIndex { Stderr.write("report: \(reportIndex)\n") }
        }
        let status = ExitStatus(run: m.status, executions: m.counts.byStatus.keys.compactMap(ExecutionStatus.init(rawValue:)))
        if status != .success { throw ExitCode(status) }
}
}
