import ArgumentParser
import Foundation
import SceneBundle

/// `scene changes`: the run's distinct changes, each with the executions it touches.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List a run's distinct changes (by fingerprint), most executions first.",
        discussion: """
        Executions whose baseline comparison reached a level of minor or more are grouped by the
        fingerprints of their changes (docs/REVIEW.md); an execution with several changes is in
        several groups. Approve a whole group with `scene approve <run> --group <fingerprint>`.

        Example:
          scene changes runs/20261121-131502-a3f9
        """
    )
    @Argument(help: "The run folder (holds run.json and executions/).") var runDirectory: String
    @Option(help: "Executions listed per change (0: counts only).") var show: Int = 3
    @OptionGroup var output: JSONOutput

    /// `scene changes --json`.
    struct Document: JSONDocument {
        var runId: String
        var groups: [ChangeGroup]
        /// Executions waiting for a decision with a change too large to fingerprint.
        var ungrouped: [String]
    }

    func run() throws {
        let bundle = RunBundle(root: URL(fileURLWithPath: runDirectory).standardizedFileURL)
        let manifest = try bundle.readRunManifest()
        let (records, problems) = bundle.readExecutions()
        for problem in problems { Stderr.write("warning: \(problem)\n") }
        let groups = ChangeGroups.group(records)
        let ungrouped = records.filter { ChangeGroups.changes(of: $0).contains { $0.fingerprint == nil } }.map(\.id).sorted()
        if output.wanted() {
            try Document(runId: manifest.runId, groups: groups, ungrouped: ungrouped).print()
            return
        }
        let waiting = records.filter { !ChangeGroups.changes(of: $0).isEmpty }.count
        print("\(groups.count) change\(groups.count == 1 ? "" : "s") in \(waiting) execution\(waiting == 1 ? "" : "s") waiting for a decision")
        for group in groups {
            print("\(group.fingerprint)  \(group.impact) · \(group.approvableAlone) approvable alone · \(group.pixels) px")
            for id in group.executions.prefix(max(0, show)) { print("    \(id)") }
            if group.executions.count > show && show > 0 { print("    … \(group.executions.count - show) more") }
        }
        if !ungrouped.isEmpty {
            print("\(ungrouped.count) execution\(ungrouped.count == 1 ? "" : "s") with a change too large to fingerprint: \(ungrouped.prefix(5).joined(separator: ", "))")
        }
    }
}
