import ArgumentParser
import Foundation
import SceneBundle
import SceneRepro
import SceneTrace

/// `scene repro`: a Playwright script (Python or TypeScript) or plain steps that replay
/// what a trace or a recording did.
struct ReproCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repro",
        abstract: "Write a reproduction (Playwright Python/TypeScript or plain steps) from a trace.zip or a recording.",
        discussion: """
        Examples:
          scene repro trace.zip --lang steps
          scene repro recording/metadata.json --lang python --base-url http://127.0.0.1:8080 > repro.py
          scene repro trace.zip --last 5 --out repro/        (writes repro.py, repro.spec.ts, repro.txt)

        Locators prefer test id > role + name > label > text > id > CSS. Secret values
        (password fields, redacted recordings) are written as [user-provided]. Pauses over
        2 s are annotated. Output is capped at 200 KB, keeping the most recent actions.
        Exit codes: 0 written, 65 unreadable or empty input, 64 usage.
        """
    )

    enum Language: String, ExpressibleByArgument, CaseIterable {
        case python, ts, steps
        var format: ReproFormat {
            switch self {
            case .python: return .python
            case .ts: return .typescript
            case .steps: return .steps
            }
        }
    }

    @Argument(help: "A Playwright trace.zip or a recorder metadata.json.")
    var input: String

    @Option(name: .long, help: "python, ts or steps (default: python on stdout, all three with --out).")
    var lang: Language?

    @Option(name: .long, help: "Rewrite every URL's origin to this base URL.")
    var baseURL: String?

    @Option(name: .long, help: "Keep only the last N actions.")
    var last: Int?

    @Option(name: .long, help: "Write the files into this folder instead of printing.")
    var out: String?

    func validate() throws {
        if let last, last < 1 { throw ValidationError("--last must be at least 1") }
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must be an absolute http(s) URL")
        }
    }

    func run() throws {
        var options = ReproOptions(baseURL: baseURL, last: last, sourceName: URL(fileURLWithPath: input).lastPathComponent)
        do {
            let (actions, viewport) = try loadActions()
            options.viewport = viewport
            if let out {
                let formats = lang.map { [$0.format] } ?? ReproFormat.allCases
                let files = try ReproWriter.write(actions: actions, to: URL(fileURLWithPath: out), options: options, formats: formats)
                for file in files { Stderr.write("wrote \(file.path)\n") }
            } else {
                print(try ReproGenerator.generate(actions, format: (lang ?? .python).format, options: options), terminator: "")
            }
        } catch { throw LocatedError(error, at: input) }
    }

    /// A zip is read as a trace (its actions and waits, and its screen), anything else as a recording.
    private func loadActions() throws -> (actions: [ReproAction], viewport: TraceViewport?) {
        let url = URL(fileURLWithPath: input)
        let head = (try? FileHandle(forReadingFrom: url).read(upToCount: 2)) ?? nil
        if head == Data("PK".utf8) || url.pathExtension == "zip" {
            let analysis = try TraceAnalyzer.analyze(trace: url, expected: nil)
            return (analysis.reproActions, analysis.viewport)
        }
        return (try Recording.load(url: url).expectedActions().map(ReproAction.init), nil)
    }
}
