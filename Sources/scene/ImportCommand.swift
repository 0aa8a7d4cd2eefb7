import ArgumentParser
import Foundation
import SceneBundle
import SceneConfig
import SceneRun
import SceneTrace

/// `scene import`: configs of other tools into scene.yml.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert another tool's config or recording into scene.yml.",
        subcommands: [BackstopImportCommand.self, ChromeRecorderImportCommand.self]
    )

    /// Writes a converter's YAML to `out` (atomically; an existing file only with `force`) once
    /// `config` (the YAML, or a config around it) validates: a converter bug is ours, never the
    /// user's problem to debug.
    static func write(_ yaml: String, checkedAs config: String, what: String, to out: String?, default name: String, force: Bool) throws {
        let errors = ConfigLoader.validate(data: Data(config.utf8), file: out ?? name).1.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw SceneFailure("the converted \(what) does not validate (a bug of Scene's):\n" + errors.map(\.description).joined(separator: "\n"),
                               exit: .internalError)
        }
        guard let out else { return }
        if FileManager.default.fileExists(atPath: out) && !force {
            throw SceneFailure("the file exists", at: out, hint: "pass --force to overwrite it", exit: .usage)
        }
        do { try BundleIO.writeAtomically(Data(yaml.utf8), to: URL(fileURLWithPath: out)) } catch {
            throw SceneFailure("cannot write: \(ErrorText.message(error))", at: out)
        }
    }
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
        try ImportCommand.write(result.yaml, checkedAs: result.yaml, what: "config", to: out, default: "scene.yml", force: force)
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

struct ChromeRecorderImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chrome-recorder",
        abstract: "Convert a Chrome DevTools Recorder export (JSON) into a scene.yml task, listing what could not be converted.",
        discussion: """
        In Chrome: DevTools > Recorder > record a flow > Export > JSON. Each step becomes a step of
        the task: navigate → goto (a path on the flow's first origin), click, doubleClick → dblclick,
        hover, change → fill (select on a <select>), keyDown/keyUp → press (modifiers held: Shift+Tab),
        scroll → scroll, waitForElement → assertVisible. The locator is the best of the step's
        selectors (ARIA role and name, then #id, CSS, XPath). setViewport, waitForExpression, close,
        emulateNetworkConditions, custom steps and steps on other pages are listed as not converted,
        on stderr and as comments where they were. A value typed into a password field is left out.

        The same file aligns with the trace of a run: scene analyze-trace trace.zip --recorded flow.json

        Examples:
          scene import chrome-recorder flow.json --out tasks/login.yml
          scene import chrome-recorder flow.json --task login      # prints the YAML on stdout
        """
    )

    @Argument(help: "The Chrome DevTools Recorder export (JSON).")
    var file: String

    @Option(name: .long, help: "Where to write the task (default: stdout).")
    var out: String?

    @Option(name: .long, help: "The task's id (default: recorded).")
    var task = "recorded"

    @Flag(name: .long, help: "Overwrite --out if it exists.")
    var force = false

    @OptionGroup var output: JSONOutput

    /// `scene import chrome-recorder --json` (`yaml` only when there is no `--out`).
    struct Document: JSONDocument {
        var source: String
        var title: String
        var out: String?
        var yaml: String?
        var steps: Int
        var notConverted: [String]
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw SceneFailure("cannot read the file", at: file) }
        let recording: Recording
        do { recording = try Recording.read(data) } catch { throw LocatedError(error, at: file) }
        guard case .chromeRecorder(let flow) = recording else {
            throw SceneFailure("this is a \(recording.format.shape), not a Chrome DevTools Recorder export", at: file,
                               hint: "scene analyze-trace trace.zip --recorded \(file) reads it", exit: .badInput)
        }
        let (yaml, notConverted) = TaskSnippet.yaml(flow, taskId: task, source: (file as NSString).lastPathComponent)
        // The task must load in a config.
        let probe = "project: {name: probe, baseURL: \"http://127.0.0.1/\"}\npages:\n  - id: probe\n    url: /\n    tasks: [\(StepShorthand.scalar(task))]\n"
            + yaml.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        try ImportCommand.write(yaml, checkedAs: probe, what: "task", to: out, default: "task.yml", force: force)
        for note in notConverted { Stderr.write("\(file): warning: not converted: \(note)\n") }
        let steps = flow.actions.filter { if case .skipped = $0 { return false } else { return true } }.count
        if output.wanted() {
            try Document(source: file, title: flow.title, out: out, yaml: out == nil ? yaml : nil, steps: steps, notConverted: notConverted).print()
        } else if let out {
            Stderr.write("wrote \(out): task \(task), \(steps) step(s), \(notConverted.count) not converted\n")
        } else {
            print(yaml, terminator: "")
        }
    }
}
