import ArgumentParser
import Foundation
import SceneBundle
import SceneConfig

/// `scene import`: configs of other tools into scene.yml.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert another tool's config into scene.yml.",
        subcommands: [BackstopImportCommand.self]
    )
}

struct BackstopImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backstop",
        abstract: "Convert a BackstopJS backstop.json into scene.yml, listing what could not be converted.",
        discussion: """
        Scenarios become pages (url, referenceUrl, hide/remove selectors, readySelector, delay),
        their key presses, hovers, clicks, postInteractionWait and scrollToSelector become a task,
        viewports keep their size, misMatchThreshold becomes the batch thresholds. Scripts
        (onReadyScript, onBeforeScript), cookies, engine options and element-only captures are
        listed as not converted, on stderr and as comments at the top of the file.

        Examples:
          scene import backstop backstop.json --out scene.yml
          scene import backstop backstop.json            # prints the YAML on stdout
          scene import backstop backstop.json --json --out scene.yml
        """
    )

    @Argument(help: "The backstop.json file.")
    var file: String

    @Option(name: .long, help: "Where to write scene.yml (default: stdout).")
    var out: String?

    @Flag(name: .long, help: "Overwrite --out if it exists.")
    var force = false

    @OptionGroup var output: JSONOutput

    /// `scene import backstop --json` (`yaml` only when there is no `--out`).
    struct Document: JSONDocument {
        var source: String
        var out: String?
        var yaml: String?
        var pages: Int
        var viewports: Int
        var notConverted: [String]
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw SceneFailure("cannot read the file", at: file) }
        let result: BackstopImport.Result
        do { result = try BackstopImport.convert(json: data, source: file) } catch { throw LocatedError(error, at: file) }
        // The output must load: a converter bug is ours, never the user's problem to debug.
        let target = out ?? "scene.yml"
        let (_, diagnostics) = ConfigLoader.validate(data: Data(result.yaml.utf8), file: target)
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw SceneFailure("the converted config does not validate (a bug of Scene's):\n" + errors.map(\.description).joined(separator: "\n"),
                               exit: .internalError)
        }
        if let out {
            if FileManager.default.fileExists(atPath: out) && !force {
                throw SceneFailure("the file exists", at: out, hint: "pass --force to overwrite it", exit: .usage)
            }
            do { try Data(result.yaml.utf8).write(to: URL(fileURLWithPath: out), options: .atomic) } catch {
                throw SceneFailure("cannot write: \(error.localizedDescription)", at: out)
            }
        }
        for note in result.notConverted { Stderr.write("\(file): warning: not converted: \(note)\n") }
        if output.wanted() {
            try Document(source: file, out: out, yaml: out == nil ? result.yaml : nil, pages: result.pages, viewports: result.viewports,
                         notConverted: result.notConverted).print()
        } else if let out {
            Stderr.write("wrote \(out): \(result.pages) pages, \(result.viewports) viewports, \(result.notConverted.count) settings not converted\n")
        } else {
            print(result.yaml, terminator: "")
        }
    }
}
