import Foundation
import SceneBundle
import SceneDiff
import SceneImaging
import SceneLocator
import SceneRepro
import SceneReport
import SceneTrace

/// A generated comparison night of long real-like pages (make_night.py renders them with
/// Chromium), analysed as `scene run` would: real comparisons (diff and heatmap images),
/// real traces analysed with their frames exported, repro scripts, and full-height
/// thumbnails as the analysis wrote them before this report (so the bundle is the one an
/// older report was measured on too).
struct Night {
    let count: Int
    let failingEvery: Int
    let root: URL
    var raw: URL { root.appendingPathComponent("raw") }
    var bundle: RunBundle { RunBundle(root: root.appendingPathComponent("bundle")) }

    func prepare(packageRoot: URL) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: bundle.manifestURL.path) { return }
        // Renders what is missing (or was rendered for another count of failing pages).
        log("rendering with Chromium (make_night.py), keeping what is already there")
        try run(packageRoot.appendingPathComponent(".venv/bin/python").path,
                [packageRoot.appendingPathComponent("Benchmarks/ReportBench/make_night.py").path, raw.path, String(count), String(failingEvery)])
        try? fm.removeItem(at: bundle.root)
        try fm.createDirectory(at: bundle.executionsURL, withIntermediateDirectories: true)
        let ids = Slots<String>(count: count)
        let started = Date()
        Parallel.forEach(count, workers: ProcessInfo.processInfo.activeProcessorCount) { i in
            do { ids.set(i, try analyse(i)) } catch { log("execution \(i): \(error)") }
        }
        let planned = ids.values.compactMap { $0 }
        guard planned.count == count else { throw BenchError("\(count - planned.count) executions could not be analysed") }
        var manifest = RunManifest(runId: "night-\(count)", project: "docs", batch: "nightly", configDigest: "bench", shard: nil,
                                   startedAt: started, sceneVersion: "bench", plannedExecutionIds: planned)
        manifest.finishedAt = Date(); manifest.status = .failed; manifest.playwrightVersion = "1.65.2"
        try bundle.writeManifest(manifest)
        log("bundle analysed in \(Int(Date().timeIntervalSince(started))) s")
    }

    struct Meta: Decodable { var page: String; var viewport: String; var failing: Bool; var url: String }

    /// One execution's folder and record, as the analyse stage writes them.
    private func analyse(_ i: Int) throws -> String {
        let source = raw.appendingPathComponent(String(i))
        let meta = try JSONDecoder().decode(Meta.self, from: Data(contentsOf: source.appendingPathComponent("meta.json")))
        let key = ExecutionKey(page: meta.page, task: "default", viewport: meta.viewport, browser: "chromium")
        let dir = bundle.executionDirectory(key.id)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in [ExecutionFiles.observed, ExecutionFiles.baseline, ExecutionFiles.trace] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        var r = ExecutionRecord(key: key, url: meta.url, status: .passed)
        r.title = "Docs \(meta.page)"
        r.attempts = 1; r.startedAt = Date(); r.durationMs = Double(2000 + i % 1500)
        r.artifacts = Artifacts(observed: ExecutionFiles.observed, baseline: ExecutionFiles.baseline, thumbnail: ExecutionFiles.thumbnail,
                                trace: ExecutionFiles.trace, console: ExecutionFiles.console)
        r.steps = [StepResult(index: 0, description: "hover h2", status: "passed", durationMs: 40)]
        let hover = ExpectedAction(kind: .hover, locators: [Locator(selector: "h2")])
        let trace = dir.appendingPathComponent(ExecutionFiles.trace)
        let analysis = try TraceAnalyzer.analyze(trace: trace, expected: [ExpectedAction(kind: .navigate, url: meta.url), hover])
        r.trace = TraceSummary(analysis)
        r.trace?.frames = try TraceFrames.export(analysis, trace: trace, to: dir)
        let written = try ReproWriter.write(actions: analysis.actions.map(ReproAction.init), to: dir, options: ReproOptions(sourceName: key.id))
        let names = Set(written.map { $0.lastPathComponent })
        func artifact(_ name: String) -> String? { names.contains(name) ? name : nil }
        r.artifacts.reproPython = artifact(ExecutionFiles.reproPython)
        r.artifacts.reproTypeScript = artifact(ExecutionFiles.reproTypeScript)
        r.artifacts.reproSteps = artifact(ExecutionFiles.reproSteps)
        let observed = dir.appendingPathComponent(ExecutionFiles.observed)
        try Thumbnail.write(png: observed, jpeg: dir.appendingPathComponent(ExecutionFiles.thumbnail), maxHeight: .max)
        let outcome = try ImageComparison.compare(expected: dir.appendingPathComponent(ExecutionFiles.baseline), observed: observed,
                                                  writeDiffTo: dir.appendingPathComponent(ExecutionFiles.diff),
                                                  writeHeatmapTo: dir.appendingPathComponent(ExecutionFiles.heatmap), options: DiffOptions())
        r.baselineDiff = DiffRecord(outcome, level: outcome.level(minorPercent: 0, majorPercent: 1))
        if r.level != .none { r.status = .failed }
        let console = [#"{"kind":"console","level":"log","text":"docs app ready"}"#,
                       #"{"kind":"console","level":"warning","text":"[Deprecation] unload handler"}"#]
        try Data((console.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent(ExecutionFiles.console))
        try bundle.writeExecution(r)
        return key.id
    }
}

/// Apparent sizes as uploaded: every file counted whole (a hard link is a copy once uploaded).
enum Sizes {
    /// `du --apparent-size -l -s -B1`, the issue's measure (directories included).
    static func du(_ url: URL) throws -> Int {
        let out = try capture("/usr/bin/du", ["--apparent-size", "-l", "-s", "-B1", url.path])
        return Int(out.split(separator: "\t").first ?? "") ?? 0
    }

    /// Regular files under `root` (relative path → size), links counted each time.
    static func files(_ root: URL) -> [String: Int] {
        var out: [String: Int] = [:]
        let e = FileManager.default.enumerator(atPath: root.path)
        while let path = e?.nextObject() as? String {
            var info = stat()
            guard lstat(root.path + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            out[path] = Int(info.st_size)
        }
        return out
    }

    /// Average bytes per passing and per failing execution: each execution's page, the files
    /// only it uses, its share of files several use, and an equal share of the site's own
    /// files (dashboard, data, assets, CI files, history).
    static func perExecution(site: URL, failing: Set<String>, safe: [String: String], layout: Layout) throws -> (passing: Int, failing: Int, shared: Int) {
        let files = Self.files(site)
        var owners: [String: [String]] = [:]  // file → execution ids using it
        for (id, name) in safe {
            for path in layout.files(of: name, in: site, all: files) { owners[path, default: []].append(id) }
        }
        var bytes: [String: Double] = [:]
        for (path, ids) in owners { for id in ids { bytes[id, default: 0] += Double(files[path] ?? 0) / Double(ids.count) } }
        let owned = Set(owners.keys)
        let shared = files.filter { !owned.contains($0.key) }.values.reduce(0, +)
        let share = Double(shared) / Double(max(1, safe.count))
        let fail = safe.keys.filter { failing.contains($0) }, pass = safe.keys.filter { !failing.contains($0) }
        let mean = { (ids: [String]) in ids.isEmpty ? 0 : Int(ids.reduce(0.0) { $0 + (bytes[$1] ?? 0) + share } / Double(ids.count)) }
        return (mean(pass), mean(fail), shared)
    }

    enum Layout {
        /// This report: `x/<safe>.html` and the `store/` files it names.
        case store
        /// The report before: `x/<safe>.html` and everything in `x/<safe>/`.
        case folders

        func files(of safe: String, in site: URL, all: [String: Int]) -> [String] {
            let page = "x/\(safe).html"
            switch self {
            case .folders:
                return [page] + all.keys.filter { $0.hasPrefix("x/\(safe)/") }
            case .store:
                let html = (try? String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)) ?? ""
                var found = Set<String>()
                var rest = Substring(html)
                while let r = rest.range(of: "../store/") {
                    let tail = rest[r.upperBound...]
                    let end = tail.firstIndex { $0 == "\"" || $0 == " " } ?? tail.endIndex
                    found.insert("store/" + tail[..<end])
                    rest = tail[end...]
                }
                return [page] + found.sorted()
            }
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

func log(_ s: String) { FileHandle.standardError.write(Data("ReportBench: \(s)\n".utf8)) }

@discardableResult
func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = arguments
    if let environment { p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
    try p.run()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { throw BenchError("\(executable) exited \(p.terminationStatus)") }
    return p.terminationStatus
}

func capture(_ executable: String, _ arguments: [String]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = arguments
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { throw BenchError("\(executable) exited \(p.terminationStatus)") }
    return String(decoding: data, as: UTF8.self)
}
