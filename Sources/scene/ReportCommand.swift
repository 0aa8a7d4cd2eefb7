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

    @Flag(name: .long, help: "Print one JSON document (the summary paths and counts) on stdout.")
    var json = false

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
        let site = out.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? runURL.appendingPathComponent("report")
        let builder = ReportBuilder(ReportOptions(linkBase: linkBase))
        let result: ReportResult
        var historyIndex: URL?
        do {
            result = try builder.build(bundle: RunBundle(root: runURL), into: site)
            if let history {
                let target = site.appendingPathComponent("history")
                try builder.buildHistory(runs: URL(fileURLWithPath: history).standardizedFileURL, into: target)
                historyIndex = target.appendingPathComponent("index.html")
            }
        } catch let error as ReportError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw SceneExit.badInput
        }
        for warning in result.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        let index = site.appendingPathComponent("index.html")
        if json {
            var doc: [String: Any] = [
                "schemaVersion": 1, "site": site.path, "index": index.path,
                "summary": site.appendingPathComponent("summary.json").path,
                "junit": site.appendingPathComponent("junit.xml").path,
                "markdown": site.appendingPathComponent("summary.md").path,
                "total": result.summary.counts.total, "failing": result.summary.counts.failing,
                "warnings": result.warnings,
            ]
            if let historyIndex { doc["history"] = historyIndex.path }
            let data = try JSONSerialization.data(withJSONObject: doc, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        } else {
            FileHandle.standardError.write(Data("report: \(index.path) (\(result.summary.counts.total) executions, \(result.summary.counts.failing) failing)\n".utf8))
            if let historyIndex { FileHandle.standardError.write(Data("history: \(historyIndex.path)\n".utf8)) }
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
            FileHandle.standardError.write(Data("warning: cannot open a browser (\(opener)): open \(url.path) yourself\n".utf8))
        }
    }
}
