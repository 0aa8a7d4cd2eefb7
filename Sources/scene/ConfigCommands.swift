import ArgumentParser
import Foundation
import SceneBundle
import SceneConfig

/// Options shared by commands that read scene.yml.
struct ConfigOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "The config file.")
    var config: String = "scene.yml"

    /// Loads the config, printing every diagnostic on stderr; exits 65 on errors.
    func load() throws -> SceneConfig {
        let (config, diagnostics) = ConfigLoader.validate(path: self.config)
        Diagnostics.print(diagnostics)
        guard let config, !diagnostics.contains(where: { $0.severity == .error }) else { throw SceneExit.badInput }
        return config
    }
}

enum Diagnostics {
    static func print(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { Stderr.write(d.description + "\n") }
    }
}

/// Writes to standard error (progress, logs, diagnostics); stdout is for results.
enum Stderr {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Prints one JSON document on stdout.
func printJSON(_ object: [String: Any]) {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    FileHandle.standardOutput.write(data + Data("\n".utf8))
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
    @Flag(help: "Print a JSON document instead of text.") var json = false

    func run() throws {
        let (config, diagnostics) = ConfigLoader.validate(path: options.config)
        let errors = diagnostics.filter { $0.severity == .error }
        if json {
            printJSON([
                "schemaVersion": 1, "valid": errors.isEmpty && config != nil,
                "diagnostics": diagnostics.map { d -> [String: Any] in
                    var o: [String: Any] = ["file": d.file, "line": d.line, "column": d.column, "severity": d.severity.rawValue,
                                            "message": d.message, "keyPath": d.keyPath]
                    if let h = d.hint { o["hint"] = h }
                    return o
                },
            ])
        } else {
            Diagnostics.print(diagnostics)
            if errors.isEmpty, let config {
                let executions = config.batches.compactMap { try? Planner.plan(config, batch: $0.id).executions.count }.reduce(0, +)
                Stderr.write("\(options.config): ok — \(config.pages.count) pages, \(config.tasks.count) tasks, \(config.viewports.count) viewports, \(config.batches.count) batches (\(executions) executions)\n")
            } else {
                Stderr.write("\(errors.count) error\(errors.count == 1 ? "" : "s") in \(options.config)\n")
            }
        }
        if !errors.isEmpty || config == nil { throw SceneExit.badInput }
    }
}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List the executions a batch would run (a table on a terminal, JSON otherwise).",
        discussion: """
        Execution ids are `page~task~viewport~browser`. Filters are globs on the whole id or on
        any one part; an execution is kept when any filter matches. `--shard i/n` keeps every
        n-th execution starting at the i-th, so shards 1..n partition the plan evenly.

        Examples:
          scene plan --batch nightly
          scene plan --filter 'home*' --filter mobile --json
          scene plan --shard 2/3 --json
        """
    )
    @OptionGroup var options: ConfigOptions
    @Option(help: "The batch to plan (default: the first).") var batch: String?
    @Option(help: "Keep executions matching this glob (repeatable).") var filter: [String] = []
    @Option(help: "Keep shard i of n, e.g. 2/3.") var shard: String?
    @Flag(help: "Print JSON (the default when stdout is not a terminal).") var json = false

    func validate() throws {
        if let shard, ShardSpec(parsing: shard) == nil {
            throw ValidationError("--shard takes i/n with 1 <= i <= n, e.g. 2/3")
        }
    }

    func run() throws {
        let config = try options.load()
        let plan: Plan
        do { plan = try Planner.plan(config, batch: batch, filters: filter, shard: shard.flatMap(ShardSpec.init(parsing:))) }
        catch let e as PlanError { Stderr.write("\(options.config): \(e)\n"); throw SceneExit.usage }
        if json || isatty(STDOUT_FILENO) == 0 {
            var doc: [String: Any] = [
                "schemaVersion": 1, "batch": plan.batch.id,
                "executions": plan.executions.map { ["id": $0.id, "page": $0.key.page, "task": $0.key.task, "viewport": $0.key.viewport,
                                                     "browser": $0.key.browser, "url": $0.url] },
            ]
            if let s = plan.shard { doc["shard"] = ["index": s.index, "total": s.total] }
            printJSON(doc)
        } else {
            let rows = plan.executions.map { [$0.key.page, $0.key.task, $0.key.viewport, $0.key.browser, $0.url] }
            print(Table.render(header: ["PAGE", "TASK", "VIEWPORT", "BROWSER", "URL"], rows: rows))
            let shardText = plan.shard.map { " (shard \($0.index)/\($0.total))" } ?? ""
            print("\(plan.executions.count) executions in batch \(plan.batch.id)\(shardText)")
        }
    }
}

/// A plain text table for terminals.
enum Table {
    static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = min(max(widths[i], cell.count), 60) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let cut = c.count > widths[i] ? String(c.prefix(widths[i] - 1)) + "…" : c
                return i == cells.count - 1 ? cut : cut.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
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
