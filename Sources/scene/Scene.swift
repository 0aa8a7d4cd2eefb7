import ArgumentParser
import SceneBundle

/// The `scene` command line. Each subcommand is a small struct in its own file;
/// checks live in `validate()`, work lives in the library targets.
@main
struct Scene: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scene",
        abstract: "Visual regression batches through Playwright, diffed and reported.",
        version: SceneVersion.current,
        subcommands: [
            InitCommand.self, ValidateCommand.self, PlanCommand.self, SchemaCommand.self, DoctorCommand.self,
            AnalyzeTraceCommand.self,
            ReproCommand.self, RecordCommand.self,
            ReportCommand.self,
            RunCommand.self, ApproveCommand.self, ChangesCommand.self, HealCommand.self, ResolveCommand.self,
            DiffCommand.self,
            MergeCommand.self, ImportCommand.self,
        ]
    )

    static func main() async {
        if let answer = DiffCommand.identicalShortcut(Array(CommandLine.arguments.dropFirst())) {
            print(answer)
            return
        }
        do {
            var command = try parseAsRoot(RunCommand.normalized(Array(CommandLine.arguments.dropFirst())))
            if var command = command as? any AsyncParsableCommand { try await command.run() } else { try command.run() }
        } catch {
            ErrorExit.exit(error)
        }
    }
}
