// ReportBench: a synthetic run bundle of N executions (default 10,000) -> static site.
// Measures site generation time, HTML/JS/JSON bytes per execution, and (through
// measure_index.py in real Chromium) the dashboard's first render and filter response.
//
//   SCENE_BENCHMARKS=1 swift run -c release ReportBench [--count N] [--no-browser]
import Foundation
import SceneBundle
import SceneReport

let arguments = CommandLine.arguments
let count = arguments.firstIndex(of: "--count").flatMap { Int(arguments[$0 + 1]) } ?? 10_000
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let work = packageRoot.appendingPathComponent("Benchmarks/.work/report-bench")
let bundleRoot = work.appendingPathComponent("bundle-\(count)")
let site = work.appendingPathComponent("site-\(count)")
let fm = FileManager.default

/// A valid 1x1 PNG: image decoding is not what this benchmark measures.
let tinyPNG = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")!

func makeBundle() throws {
    if fm.fileExists(atPath: bundleRoot.appendingPathComponent("run.json").path) { return }
    try? fm.removeItem(at: bundleRoot)
    let bundle = RunBundle(root: bundleRoot)
    try fm.createDirectory(at: bundleRoot, withIntermediateDirectories: true)
    let viewports = ["desktop", "mobile"], browsers = ["chromium", "firefox"]
    let pages = (count + 3) / 4
    var ids: [String] = []
    for p in 0..<pages {
        for v in viewports { for b in browsers where ids.count < count {
            let key = ExecutionKey(page: "page-\(p)", task: p % 3 == 0 ? "login" : "default", viewport: v, browser: b)
            let n = ids.count
            let status: ExecutionStatus = n % 50 == 0 ? .error : (n % 12 == 0 ? .failed : .passed)
            var r = ExecutionRecord(key: key, url: "https://shop.example/\(key.page)?v=\(v)", status: status)
            r.title = "Shop page \(p) – products and offers"
            r.attempts = 1; r.durationMs = Double(800 + n % 900)
            r.artifacts = Artifacts(observed: "observed.png", baseline: "baseline.png", thumbnail: "thumb.png",
                                    trace: "trace.zip", console: "console.jsonl")
            let pixels = status == .failed ? 500 + n % 20_000 : 0
            r.baselineDiff = DiffRecord(identical: pixels == 0, width: 1280, height: 2400, expectedWidth: 1280, expectedHeight: 2400,
                                        diffPixels: pixels, diffPercentage: Double(pixels) / 30_720, shiftAwareDiffPixels: pixels / 2,
                                        maxDelta: 0.4, level: status == .failed ? (pixels > 10_000 ? .major : .minor) : .none,
                                        regions: pixels > 0 ? [Region(x: 10, y: 200, width: 300, height: 40, pixels: pixels)] : [],
                                        bands: pixels > 0 ? [Band(kind: .inserted, y: 200, height: 40)] : [],
                                        diffImage: pixels > 0 ? "diff.png" : nil, heatmapImage: pixels > 0 ? "heatmap.png" : nil)
            if status == .error { r.error = "net::ERR_CONNECTION_RESET at https://shop.example/\(key.page)" }
            r.steps = [StepResult(index: 0, description: "open /\(key.page)", status: "passed", durationMs: 300),
                       StepResult(index: 1, description: "click Accept cookies", status: "passed", durationMs: 40)]
            r.trace = TraceSummary(traceVersion: 10, playwrightVersion: "1.65.2", actions: [
                ActionRecord(index: 0, kind: "navigate", url: r.url, startMs: 0, durationMs: 300),
                ActionRecord(index: 1, kind: "click", locator: "getByRole('button', { name: 'Accept' })", startMs: 310, durationMs: 40),
                ActionRecord(index: 2, kind: "fill", locator: "getByLabel('Search')", value: "lamp", startMs: 360, durationMs: 20),
            ], missing: [], notPerformed: [], coverage: 1)
            // One shared image per 1,000 executions keeps each below the hard-link limit.
            let shared = bundleRoot.appendingPathComponent("shared-\(n / 1000).png")
            if n % 1000 == 0 { try tinyPNG.write(to: shared) }
            let dir = bundle.executionDirectory(r.id)
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            for name in ["observed.png", "baseline.png", "thumb.png"] + (pixels > 0 ? ["diff.png", "heatmap.png"] : []) {
                try fm.linkItem(at: shared, to: dir.appendingPathComponent(name))
            }
            try Data(#"{"type":"log","text":"ready"}"#.utf8 + [0x0A]).write(to: dir.appendingPathComponent("console.jsonl"))
            try bundle.writeExecution(r)
            ids.append(r.id)
        } }
    }
    var manifest = RunManifest(runId: "bench", project: "bench", batch: "nightly", configDigest: "", shard: nil,
                               startedAt: Date(), sceneVersion: "bench", plannedExecutionIds: ids)
    manifest.finishedAt = Date(); manifest.status = .failed
    try bundle.writeManifest(manifest)
}

/// User + system CPU time of this process: the wall time depends on what else runs.
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)).map { String($0.split(separator: " ").prefix(3).joined(separator: " ")) } ?? "?"
}

func textBytes(_ root: URL) -> (bytes: Int, files: Int) {
    var bytes = 0, files = 0
    let textual: Set<String> = ["html", "js", "json", "css", "xml", "md"]
    let e = fm.enumerator(at: root, includingPropertiesForKeys: [.fileSizeKey])
    while let url = e?.nextObject() as? URL {
        guard textual.contains(url.pathExtension) else { continue }
        bytes += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        files += 1
    }
    return (bytes, files)
}

do {
    let t0 = Date()
    try makeBundle()
    FileHandle.standardError.write(Data("bundle ready (\(count) executions) in \(String(format: "%.1f", Date().timeIntervalSince(t0))) s\n".utf8))
    // The previous site is moved aside and deleted after the timing: ext4 steps over
    // inodes freed in the last minutes one by one, so deleting 20k of them right before
    // the build would be measured as part of it.
    let previous = work.appendingPathComponent("site-\(count).previous")
    try? fm.removeItem(at: previous)
    try? fm.moveItem(at: site, to: previous)
    defer { try? fm.removeItem(at: previous) }
    let cpuBefore = cpuSeconds()
    let start = DispatchTime.now()
    try ReportBuilder().build(bundle: RunBundle(root: bundleRoot), into: site)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let cpu = cpuSeconds() - cpuBefore
    let text = textBytes(site)
    var result: [String: Any] = [
        "schemaVersion": 1, "executions": count, "generateSeconds": (seconds * 100).rounded() / 100,
        "generateCPUSeconds": (cpu * 100).rounded() / 100, "loadAverage": loadAverage(),
        "textBytes": text.bytes, "textFiles": text.files, "bytesPerExecution": text.bytes / max(count, 1),
    ]
    if !arguments.contains("--no-browser") {
        let process = Process()
        process.executableURL = packageRoot.appendingPathComponent(".venv/bin/python")
        process.arguments = [packageRoot.appendingPathComponent("Benchmarks/ReportBench/measure_index.py").path, site.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let browser = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw NSError(domain: "ReportBench", code: 1, userInfo: [NSLocalizedDescriptionKey: "measure_index.py failed"])
        }
        result["browser"] = browser
    }
    let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
    print(String(decoding: json, as: UTF8.self))
} catch {
    FileHandle.standardError.write(Data("ReportBench: error: \(error)\n".utf8))
    exit(70)
}
