import ArgumentParser
import Foundation
import SceneBundle
import SceneConfig
import SceneRun

/// Options shared by commands that read scene.yml.
struct ConfigOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "The config file.")
    var config: String = "scene.yml"

    /// Loads the config; its warnings go to stderr, its errors are thrown (all of them, each with
    /// its line and column).
    func load() throws -> Config {
        let (config, diagnostics) = ConfigLoader.validate(path: self.config)
        guard let config, !diagnostics.contains(where: { $0.severity == .error }) else { throw ConfigDiagnostics(diagnostics) }
        for warning in diagnostics { Stderr.write(warning.description + "\n") }
        return config
    }

    /// The plan of a batch of this config; `durations`: a run folder whose durations balance the shards.
    func plan(_ config: Config, batch: String?, filters: [String], shard: String?, durations: String? = nil) throws -> Plan {
        let history: [String: Double]?
        do { history = try durations.map { try RunBundle(root: RunBundle.locate($0)).readDurations() } }
        catch { throw LocatedError(error, at: durations!) }
        do { return try Planner.plan(config, batch: batch, filters: filters, shard: shard.flatMap(ShardSpec.init(parsing:)), durations: history) }
        catch { throw LocatedError(error, at: self.config) }
    }
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scene.yml and report every problem with its line and column.",
        discussion: """
        Prints one line per problem, `file:line:column: error: message (at key.path)`, with a hint
        where one helps. Exit 0 when the config is valid, 65 when it has errors.

        Example:
          scene validate --config sample-runs/scene.yml
        """
    )
    @OptionGroup var options: ConfigOptions
    @OptionGroup var output: JSONOutput

    /// `scene validate --json`.
    struct Document: JSONDocument {
        struct Problem: Encodable {
            var file: String, line: Int, column: Int, severity: String, message: String, keyPath: String, hint: String?
        }
        var valid: Bool
        var diagnostics: [Problem]
    }

    func run() throws {
        let (config, diagnostics) = ConfigLoader.validate(path: options.config)
        let errors = diagnostics.filter { $0.severity == .error }
        let valid = errors.isEmpty && config != nil
        if output.wanted() {
            try Document(valid: valid, diagnostics: diagnostics.map {
                .init(file: $0.file, line: $0.line, column: $0.column, severity: $0.severity.rawValue, message: $0.message,
                      keyPath: $0.keyPath, hint: $0.hint)
            }).print()
        } else {
            for d in diagnostics { Stderr.write(d.description + "\n") }
            if valid, let config {
                let batches = config.batches.map { batch in
                    "\(batch.id) \((try? Planner.plan(config, batch: batch.id).executions.count) ?? 0)"
                }
                Stderr.write("\(options.config): ok — \(config.pages.count) pages, \(config.tasks.count) tasks, \(config.viewports.count) viewports; executions per batch: \(batches.joined(separator: ", "))\n")
            } else {
                Stderr.write("\(errors.count) error\(errors.count == 1 ? "" : "s") in \(options.config)\n")
            }
        }
        if !valid { throw ExitCode(.badInput) }
    }
}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List the executions a batch would run (a table on a terminal, JSON otherwise).",
        discussion: """
        Execution ids are `page~task~viewport~browser`. A filter is a glob on the whole id
        (`home~*~mobile~*`), on one part (`mobile`), or on a named part (`viewport=mob*`); filters on
        the same part are alternatives, filters on different parts must all match. A filter that
        matches nothing, or a bare glob that matches two parts, is an error naming them.

        `--shard i/n` keeps shard i of n shards of about equal expected cost (seconds): the
        durations of an earlier run when `--durations RUN` names one (give every shard the same),
        else an estimate from the steps and screen pixels, each shard getting its share of every
        viewport and browser. Shards 1..n partition the plan.

        Examples:
          scene plan --batch nightly
          scene plan --filter 'home*' --filter mobile --json
          scene plan --shard 2/3 --durations runs/20261121-131502-a3f9 --json
        """
    )
    @OptionGroup var options: ConfigOptions
    @Option(help: "The batch to plan (default: the first).") var batch: String?
    @Option(help: "Keep executions matching this glob on the id, one of its parts, or part=glob (repeatable).") var filter: [String] = []
    @Option(help: "Keep shard i of n, e.g. 2/3.") var shard: String?
    @Option(help: "A run folder (or merged bundle) whose durations balance the shards.") var durations: String?
    @OptionGroup var output: JSONOutput

    /// `scene plan --json` (also when stdout is not a terminal).
    struct Document: JSONDocument {
        struct Execution: Encodable {
            var id, page, task, viewport, browser, url: String
            /// Expected seconds (an earlier run's duration, else the estimate).
            var cost: Double
        }
        var batch: String
        var shard: ShardSpec?
        /// The sum of the executions' costs, in seconds.
        var plannedSeconds: Double
        var executions: [Execution]
    }

    func validate() throws {
        if let shard, ShardSpec(parsing: shard) == nil {
            throw ValidationError("--shard takes i/n with 1 <= i <= n, e.g. 2/3")
        }
    }

    func run() throws {
        let config = try options.load()
        let plan = try options.plan(config, batch: batch, filters: filter, shard: shard, durations: durations)
        let planned = plan.costs.reduce(0, +)
        if output.wanted(orWhenPiped: true) {
            try Document(batch: plan.batch.id, shard: plan.shard, plannedSeconds: (planned * 10).rounded() / 10,
                         executions: zip(plan.executions, plan.costs).map { e, cost in
                .init(id: e.id, page: e.key.page, task: e.key.task, viewport: e.key.viewport, browser: e.key.browser, url: e.url,
                      cost: (cost * 10).rounded() / 10)
            }).print()
        } else {
            let rows = plan.executions.map { [$0.key.page, $0.key.task, $0.key.viewport, $0.key.browser, $0.url] }
            print(Table.render(header: ["PAGE", "TASK", "VIEWPORT", "BROWSER", "URL"], rows: rows))
            let shardText = plan.shard.map { " (shard \($0.index)/\($0.total))" } ?? ""
            print("\(plan.executions.count) executions in batch \(plan.batch.id)\(shardText), about \(Int(planned.rounded())) s of work")
        }
    }
}

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of scene.yml (for editor autocompletion).",
        discussion: """
        Examples:
          scene schema > scene.schema.json      # then point your editor's YAML plugin at it
          scene schema --markdown > docs/CONFIG.md
        """
    )
    @Flag(help: "Print the Markdown reference instead.") var markdown = false
    func run() {
        print(markdown ? ConfigSchema.markdownReference() : ConfigSchema.jsonSchema())
    }
}
