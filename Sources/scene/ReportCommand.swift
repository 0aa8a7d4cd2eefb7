public import ArgumentParser
import Foundation
import SceneBundle
import SceneReport

/// `scene report`: turns a run bundle into a static site plus CI files.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Build the static HTML report, junit.xml, summary.json and summary.md of a run.",
        discussion: """
        The site is one self-contained folder: upload it as a CI artifact, serve it statically or open index.html from disk. Images are stored once by content; executions that need a look (failed, error, flaky, changed) carry full-size display images, trace.zip and frames, the others their first screen (see docs/REPORT.md for what each option costs).

        Examples:
          scene report runs/2026-11-21T01-00-00Z
          scene report runs/latest --out public/report --link-base https://ci.example/artifacts/report
          scene report runs/night-3 --out public/night-3 --history public   # history.html: earlier reports under public/, linked, not copied
        """
    )

    @Argument(help: "The run folder (holds run.json and executions/); runs/latest is the newest run in runs/.")
    var runDirectory: String

    @Option(name: .long, help: "Where to write the site (default: <run-dir>/report).")
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Earlier reports, run folders, folders of those, or a history.json: index them in history.html and history.json, linked, never copied (repeatable).", valueName: "path"))
    var history: [String] = []

    @Option(name: .long, help: "Runs kept in the history, this one included.")
    var historyLimit = 30

    @Option(name: .long, help: "Which executions carry full-size images, trace.zip and frames: changed (failed, error, flaky, any difference) or all.")
    var detail: ReportDetail = .changed

    @Flag(name: .long, help: "Also keep the lossless PNG screenshots and diff images of those executions, for download.")
    var originals = false

    @Option(name: .long, help: "Absolute URL the site will be published at: links in junit.xml, summary.md and the history index become absolute.")
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
        guard FileManager.default.fileExists(atPath: RunBundle.locate(runDirectory).path, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("\(runDirectory): error: no such run folder")
        }
        if let linkBase, !(linkBase.hasPrefix("https://") || linkBase.hasPrefix("http://")) {
            throw ValidationError("--link-base must be an http(s) URL, got \(linkBase)")
        }
        for path in history where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("--history \(path): no such file or folder")
        }
        if historyLimit < 1 { throw ValidationError("--history-limit must be at least 1") }
    }

    func run() throws {
        let runURL = RunBundle.locate(runDirectory)
        let site = out.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? RunBundle(root: runURL).reportURL
        let options = ReportOptions(linkBase: linkBase, detail: detail, originals: originals,
                                    history: history.map { URL(fileURLWithPath: $0).standardizedFileURL }, historyLimit: historyLimit)
        let result = try ReportBuilder(options).build(bundle: RunBundle(root: runURL), into: site)
        let historyIndex = history.isEmpty ? nil : site.appendingPathComponent("history.html")
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

extension ReportDetail: ExpressibleByArgument {}
