import ArgumentParser
import Foundation
import SceneBundle
import SceneRun

/// `scene approve`: the run's screenshots become the new baselines.
struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Promote a run's observed screenshots to baselines (recorded in baselines/audit.jsonl).",
        discussion: """
        Lists what it will promote and where, then asks; when stdin is not a terminal (CI, scripts)
        it promotes only with --yes. Executions that ended in an error have no trustworthy
        screenshot and are never promoted. The approver is $SCENE_USER, else $USER.

        Filters: a glob on the whole id (`pricing~*`), on one part (`mobile`), or on a named part
        (`viewport=mob*`); filters on the same part are alternatives, filters on different parts
        must all match. `--filter 'pricing~*' --filter mobile` approves the pricing page on mobile.

        The folder is a run bundle (runs/<run-id>, `runs/latest` for the newest, or the bundle
        `scene merge` wrote). A downloaded bundle names the CI machine's baselines folder: the
        baselines go to --baselines, else --config's, else the run's own folder when it exists
        here, else ./scene.yml's.

        With --group or --from, one decision covers a whole change (docs/REVIEW.md): every
        execution holding an approved change is promoted when all its changes are approved,
        else skipped with the changes it holds besides. `scene changes <run>` lists the changes.

        With --flaky, the --group changes are recorded as flaky in the baselines folder's
        known-changes.jsonl instead (nothing is promoted): later runs leave them out, shown greyed
        with the reason. A decisions file's "flaky" list does the same.

        Examples:
          scene approve runs/latest
          scene approve runs/20261121-131502-a3f9 --filter 'pricing~*' --filter mobile
          scene approve runs/20261121-131502-a3f9 --group 3f9a0c2e71d4b8a6
          scene approve runs/20261121-131502-a3f9 --from approvals.json
          scene approve runs/latest --flaky --group 9c01d2e3f4a5b6c7 --reason "rotating ad slot"
          scene approve merged-nightly --config scene.yml --yes
        """
    )
    @Argument(help: "The run folder (holds run.json and executions/), or runs/latest.") var runDirectory: String
    @Option(help: "Approve only executions matching this glob on the id, one of its parts, or part=glob (repeatable).")
    var filter: [String] = []
    @Option(help: "Approve the change with this fingerprint (or a unique prefix of 6+ characters) in every execution (repeatable).")
    var group: [String] = []
    @Option(help: "Apply a reviewer's decisions file (approvals.json: runId, groups, executions, flaky).") var from: String?
    @Flag(help: "Record the --group changes as flaky in known-changes.jsonl instead of approving them.") var flaky = false
    @Option(help: "Why the changes are flaky (recorded in known-changes.jsonl; default: the run they were marked in).") var reason: String?
    @Option(name: [.short, .long], help: "The project's scene.yml: its baselines folder receives the screenshots.") var config: String?
    @Option(help: "The baselines folder to promote into (overrides --config).") var baselines: String?
    @Flag(help: "Promote without asking (needed when stdin is not a terminal).") var yes = false
    @OptionGroup var output: JSONOutput

    /// `scene approve --json`.
    struct Document: JSONDocument {
        struct Skipped: Encodable { var id: String, reason: String }
        var baselines: String
        var approved: [String]
        var skipped: [Skipped]
        var flaky: [String]
    }

    func run() throws {
        let target = Approval.Target(baselines: baselines.map { URL(fileURLWithPath: $0) }, config: config.map { URL(fileURLWithPath: $0) })
        guard !flaky || !group.isEmpty || from != nil else {
            throw SceneFailure("--flaky needs the changes to mark: --group <fingerprint>", exit: .usage)
        }
        let selection = try Approval.select(run: RunBundle.locate(runDirectory), filters: filter, groups: flaky ? [] : group,
                                            flaky: flaky ? group : [], reason: reason,
                                            decisions: from.map { URL(fileURLWithPath: $0) }, target: target)
        let scope = selection.filter.isEmpty ? "" : " matching \(selection.filter)"
        Stderr.write("run \(selection.runId)\(scope): \(selection.promote.count) screenshot\(selection.promote.count == 1 ? "" : "s") to promote into "
                     + "\(selection.store.folder.root.path) (\(selection.storeSource)):\n")
        for record in selection.promote {
            let diff = record.baselineDiff.map { String(format: ", %.3f %% changed", $0.diffPercentage) } ?? ""
            Stderr.write("  \(record.id) (\(record.status.rawValue)\(diff))\n")
        }
        for skipped in selection.skipped { Stderr.write("  not promoted: \(skipped.id): \(skipped.reason)\n") }
        for change in selection.flaky {
            Stderr.write("  flaky from now on: \(change.fingerprint) (\(change.reason)) in \(selection.store.folder.knownChangesURL.path)\n")
        }
        for warning in selection.warnings { Stderr.write("warning: \(warning)\n") }
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                throw SceneFailure("not promoted: stdin is not a terminal, so nobody can confirm the list above", at: runDirectory,
                                   hint: "add --yes to promote it", exit: .usage)
            }
            Stderr.write(selection.promote.isEmpty ? "Record \(selection.flaky.count) flaky change(s)? [y/N] "
                         : "Promote \(selection.promote.count == 1 ? "it" : "these \(selection.promote.count)")? [y/N] ")
            guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased().trimmingCharacters(in: .whitespaces)) else {
                Stderr.write("nothing promoted\n")
                throw ExitCode(.usage)
            }
        }
        let result = try Approval.promote(selection)
        for warning in result.warnings where !selection.warnings.contains(warning) { Stderr.write("warning: \(warning)\n") }
        Stderr.write("\(result.approved.count) baseline\(result.approved.count == 1 ? "" : "s") approved"
                     + (result.flaky.isEmpty ? "" : ", \(result.flaky.count) change(s) recorded as flaky") + "\n")
        if output.wanted() {
            try Document(baselines: selection.store.folder.root.path, approved: result.approved,
                         skipped: result.skipped.map { .init(id: $0.id, reason: $0.reason) }, flaky: result.flaky).print()
        }
    }
}
