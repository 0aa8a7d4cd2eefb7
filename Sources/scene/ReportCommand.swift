import ArgumentParser
import Foundation
import SceneBundle
import SceneReport

/// `scene report`: turns a run bundle into a static site plus CI files.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Build the static HTML report, junit.xml, summary.json and summary.md of a run.",
        discussion: """
        The site is one self-contained folder (artifacts are hard-linked or copied in): upload it as a CI artifact, serve it statically or open index.html from disk.

        Examples:
          scene report runs/2026-11-21T01-00-00Z
          scene report runs/latest --out public/report --link-base https://ci.example/artifacts/report
          scene report runs/latest --history runs --out public   # also builds public/history/
        """
    )

    @Argument(help: "The run folder (holds run.json and executions/).")
    var runDirectory: String

    @Option(name: .long, help: "Where to write the site (default: <run-dir>/report).")
    var out: String?

    @Option(name: .long, help: "A folder of runs: also build a history index into <out>/history.")
    var history: String?

    @Option(name: .long, help: "Absolute URL the site will be published at, for links in junit.xml and summary.md.")
    var linkBase: String?

    @Flag(name: .long, help: "Open the report in the default browser when done.")
    var open = false

    @OptionGroup var output: JSONOutput

    /// `scene report --json`: where everything was written, and the counts.
    struct Document: JSONDocument {
        var site: String, index: String, summary: String, junit: String, markdown: String
        var history: String?
        var total: Int, failing: Int
        var warnings: [String]
    }

    func validate() throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: runDirectory, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("\(runDirectory): error: no such run folder")
        }
        if let linkBase, !(linkBase.hasPrefix("https://") || linkBase.hasPrefix("http://")) {
            throw ValidationError("--link-base must be an http(s) URL, got \(linkBase)")
        }
    }

    func run() throws {
        let runURL = URL(fileURLWithPath: runDirectory).standardizedFileURL
        let site = out.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? RunBundle(root: runURL).reportURL
        let builder = ReportBuilder(ReportOptions(linkBase: linkBase))
        let result = try builder.build(bundle: RunBundle(root: runURL), into: site)
        var historyIndex: URL?
        if let history {
            let target = site.appendingPathComponent("history")
            try builder.buildHistory(runs: URL(fileURLWithPath: history).standardizedFileURL, into: target)
            historyIndex = target.appendingPathComponent("index.html")
        }
        for warning in result.warnings { Stderr.write("warning: \(warning)\n") }
        let index = site.appendingPathComponent("index.html")
        if output.wanted() {
            try Document(site: site.path, index: index.path, summary: site.appendingPathComponent("summary.json").path,
                         junit: site.appendingPathComponent("junit.xml").path, markdown: site.appendingPathComponent("summary.md").path,
                         history: historyIndex?.path, total: result.summary.counts.total, failing: result.summary.counts.failing,
                         warnings: result.warnings).print()
        } else {
            Stderr.write("report: \(index.path) (\(result.summary.counts.total) executions, \(result.summary.counts.failing) failing)\n")
            if let historyIndex { Stderr.write("history: \(historyIndex.path)\n") }
        }
        if open { Self.openInBrowser(index) }
    }

    /// Best effort: a missing opener is reported, not fatal.
    static func openInBrowser(_ url: URL) {
        let opener = ProcessInfo.processInfo.environment["SCENE_OPEN"] ?? {
            #if os(macOS)
            return "/usr/bin/open"
            #else
            return "/usr/bin/xdg-open"
            #endif
        }()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url.absoluteString]
        do { try process.run() } catch {
            Stderr.write("warning: cannot open a browser (\(opener)): open \(url.path) yourself\n")
        }
    }
}
