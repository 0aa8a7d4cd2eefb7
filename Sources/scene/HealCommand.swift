import ArgumentParser
import Foundation
import SceneBundle
import SceneConfig
import SceneLocate
import SceneRun

/// `scene heal`: turns a run's healed locators into scene.yml edits, shown as a diff or written.
struct HealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heal",
        abstract: "Write the locators a run healed back into scene.yml (as a diff, or to a file).",
        discussion: """
        Reads every execution's healing records and the run's plan, and rewrites each healed
        step of the config the run used with the locator that worked. Nothing is written unless
        asked: the default prints a unified diff. The config must be unchanged since the run.

        Examples:
          scene heal runs/20261121-131502-a3f9                # unified diff on stdout
          scene heal runs/20261121-131502-a3f9 --write        # writes scene.healed.yml beside scene.yml
          scene heal runs/20261121-131502-a3f9 --in-place     # rewrites scene.yml, keeps scene.yml.bak
          scene heal runs/20261121-131502-a3f9 --plain        # plain-language steps become declarative too
        """
    )
    @Argument(help: "The run folder (holds run.json and plan.json).") var runDirectory: String
    @Flag(help: "Print the unified diff (the default).") var diff = false
    @Flag(help: "Write <config>.healed.yml next to the config.") var write = false
    @Flag(help: "Rewrite the config itself after copying it to <config>.bak.") var inPlace = false
    @Flag(help: "Also write the plain-language steps that passed as the declarative steps they resolved to.") var plain = false
    @OptionGroup var output: JSONOutput

    /// `scene heal --json`.
    struct Document: JSONDocument {
        struct Edit: Encodable { var source: String, failedLocator: String, chosenLocator: String, step: String, executions: [String] }
        var config: String
        var written: String?
        var diff: String
        var problems: [String]
        var edits: [Edit]
    }

    func validate() throws {
        if write && inPlace { throw ValidationError("give --write or --in-place, not both") }
    }

    func run() throws {
        let bundle = RunBundle(root: RunBundle.locate(runDirectory))
        let plan = try StoredPlan.read(from: bundle)
        guard let configPath = plan.configPath, let original = FileManager.default.contents(atPath: configPath),
              let text = String(data: original, encoding: .utf8) else {
            throw SceneFailure("the run's config \(plan.configPath ?? "(none: the plan was built in memory)") cannot be read", at: runDirectory)
        }
        guard ConfigDigest.of(original) == plan.configDigest else {
            throw SceneFailure("changed since the run (digest \(ConfigDigest.of(original)), the run used \(plan.configDigest))",
                               at: configPath, hint: "rerun the batch, then heal from the new run")
        }
        let (records, unreadable) = bundle.readExecutions()
        for problem in unreadable { Stderr.write("warning: \(problem)\n") }
        let steps = Dictionary(plan.executions.map { ($0.id, $0.steps) }, uniquingKeysWith: { a, _ in a })
        let healing = Dictionary(records.map { ($0.id, $0.healing) }, uniquingKeysWith: { a, _ in a })
        var (edits, problems) = HealedConfig.edits(steps: steps, records: healing)
        if plain {
            let resolved = HealedConfig.plainEdits(steps: steps, results: Dictionary(records.map { ($0.id, $0.steps) }, uniquingKeysWith: { a, _ in a }))
            edits += resolved.edits
            problems += resolved.problems
        }
        let (replacements, textProblems) = HealedConfig.replacements(edits, in: text)
        for problem in problems + textProblems { Stderr.write("warning: \(problem)\n") }

        let name = URL(fileURLWithPath: configPath).lastPathComponent
        let healedURL = URL(fileURLWithPath: configPath).deletingPathExtension().appendingPathExtension("healed.yml")
        let patch = HealedConfig.unifiedDiff(replacements, in: text, oldName: name, newName: inPlace ? name : healedURL.lastPathComponent)
        var written: String? = nil
        if !replacements.isEmpty && (write || inPlace) {
            let healed = Data(HealedConfig.apply(replacements, to: text).utf8)
            do {
                if inPlace {
                    try BundleIO.writeAtomically(original, to: URL(fileURLWithPath: configPath + ".bak"))
                    try BundleIO.writeAtomically(healed, to: URL(fileURLWithPath: configPath))
                    written = configPath
                } else {
                    try BundleIO.writeAtomically(healed, to: healedURL)
                    written = healedURL.path
                }
            } catch {
                throw SceneFailure("cannot write the healed config: \(error.localizedDescription)", at: configPath, exit: .internalError)
            }
        }
        for edit in edits { Stderr.write("\(edit.source): \(edit.before.kind == .plain ? "resolved" : "healed") \(edit.failedLocator) -> \(edit.chosenLocator) (\(edit.executions.count) execution\(edit.executions.count == 1 ? "" : "s"))\n") }
        if edits.isEmpty { Stderr.write("no healed step in this run\n") }
        if let written { Stderr.write("wrote \(written)\(inPlace ? " (original kept as \(configPath).bak)" : "")\n") }
        if output.wanted() {
            try Document(config: configPath, written: written, diff: patch, problems: problems + textProblems, edits: edits.map {
                .init(source: $0.source, failedLocator: $0.failedLocator, chosenLocator: $0.chosenLocator,
                      step: StepShorthand.item($0.after), executions: $0.executions)
            }).print()
        } else if written == nil || diff {
            FileHandle.standardOutput.write(Data(patch.utf8))
        }
    }
}
