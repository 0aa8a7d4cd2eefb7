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
        Executions that ended in an error have no trustworthy screenshot and are skipped.
        The approver is $SCENE_USER, else $USER.

        Examples:
          scene approve runs/20261121-131502-a3f9
          scene approve runs/20261121-131502-a3f9 --filter 'pricing~*' --filter mobile
        """
    )
    @Argument(help: "The run folder (holds run.json and plan.json).") var runDirectory: String
    @Option(help: "Approve only executions matching this glob on the id or one of its parts (repeatable).") var filter: [String] = []
    @OptionGroup var output: JSONOutput

    /// `scene approve --json`.
    struct Document: JSONDocument {
        struct Skipped: Encodable { var id: String, reason: String }
        var approved: [String]
        var skipped: [Skipped]
    }

    func run() throws {
        let result = try Approval.approve(run: URL(fileURLWithPath: runDirectory), filters: filter)
        for id in result.approved { Stderr.write("approved \(id)\n") }
        for skipped in result.skipped { Stderr.write("skipped \(skipped.id): \(skipped.reason)\n") }
        for warning in result.warnings { Stderr.write("warning: \(warning)\n") }
        Stderr.write("\(result.approved.count) baseline\(result.approved.count == 1 ? "" : "s") approved\n")
        if output.wanted() {
            try Document(approved: result.approved, skipped: result.skipped.map { .init(id: $0.id, reason: $0.reason) }).print()
        }
        if result.approved.isEmpty && !filter.isEmpty {
            throw SceneFailure("no execution matched --filter \(filter.joined(separator: " "))", at: runDirectory, exit: .usage)
        }
    }
}
