// ReportBench: a synthetic run bundle of N executions (default 10,000) -> static site.
// Measures site generation time, HTML/JS/JSON bytes per execution, and (through
// measure_index.py in real Chromium) the dashboard's first render and filter response.
// With --night: a generated comparison night of long real-like pages (Night.swift) and
// what its report weighs as uploaded, against an older `scene` given with --before.
//
//   SCENE_BENCHMARKS=1 swift run -c release ReportBench [--count N] [--no-browser]
//   SCENE_BENCHMARKS=1 swift run -c release ReportBench --night [--count 1000] [--before SCENE --before-resources DIR] [--no-browser]
import Foundation
import SceneBundle
import SceneReport

let arguments = CommandLine.arguments
let count = arguments.firstIndex(of: "--count").flatMap { Int(arguments[$0 + 1]) } ?? (arguments.contains("--night") ? 1000 : 10_000)
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let work = packageRoot.appendingPathComponent("Benchmarks/.work/report-bench")
let bundleRoot = work.appendingPathComponent("bundle-\(count)")
let site = work.appendingPathComponent("site-\(count)")
let fm = FileManager.default

/// A valid 1x1 PNG: image decoding is not what this benchmark measures.
let tinyPNG = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")!

/// A failing execution's changes: the header every failing one shares (one group of ~800) and, on
/// every other one, a change of its own among 150 (more groups than the dashboard lists).
func regions(_ n: Int, pixels: Int) -> [Region] {
    var header = Region(x: 10, y: 200, width: 300, height: 40, pixels: pixels)
    header.fingerprint = "00c0ffee00c0ffee"
    guard (n / 12) % 2 == 1 else { return [header] }
    var own = Region(x: 10, y: 900, width: 200, height: 30, pixels: 300)
    own.fingerprint = String(format: "%016llx", UInt64((n / 24) % 150) &* 0x9E37_79B9_7F4A_7C15)
    return [header, own]
}

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
                                        regions: pixels > 0 ? regions(n, pixels: pixels) : [],
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

if arguments.contains("--night") {
    do { try nightBench() } catch {
        FileHandle.standardError.write(Data("ReportBench: error: \(error)\n".utf8))
        exit(70)
    }
    exit(0)
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

/// The night: generated once (cached under Benchmarks/.work), then its report built and weighed.
func nightBench() throws {
    let option = { (name: String) in arguments.firstIndex(of: name).map { arguments[$0 + 1] } }
    let root = work.appendingPathComponent("night-\(count)")
    let night = Night(count: count, failingEvery: 10, root: root)
    try night.prepare(packageRoot: packageRoot)
    let records = night.bundle.readExecutions().records
    let failing = Set(records.filter { $0.status == .failed }.map(\.id))
    let safe = Dictionary(uniqueKeysWithValues: records.map { ($0.id, SafeName.of($0.id)) })
    var result: [String: Any] = ["schemaVersion": 1, "executions": records.count, "failing": failing.count, "loadAverage": loadAverage()]
    var bundleBytes = 0
    for (_, size) in Sizes.files(night.bundle.root) { bundleBytes += size }
    result["bundleBytes"] = bundleBytes

    // This report.
    let after = root.appendingPathComponent("site-after")
    try? fm.removeItem(at: after)
    let cpuBefore = cpuSeconds(), start = Date()
    try ReportBuilder().build(bundle: night.bundle, into: after)
    result["after"] = try weigh(after, layout: .store, failing: failing, safe: safe,
                                seconds: Date().timeIntervalSince(start), cpu: cpuSeconds() - cpuBefore)
    // A rebuild into the same folder reuses every stored file.
    let again = Date()
    try ReportBuilder().build(bundle: night.bundle, into: after)
    result["afterRebuildSeconds"] = (Date().timeIntervalSince(again) * 100).rounded() / 100

    // The report before, by an older `scene` binary on the same bundle.
    var sites: [(String, URL)] = [("after", after)]
    if let scene = option("--before") {
        let before = root.appendingPathComponent("site-before")
        try? fm.removeItem(at: before)
        let t = Date()
        try run(scene, ["report", night.bundle.root.path, "--out", before.path],
                environment: option("--before-resources").map { ["SCENE_RESOURCES": $0] })
        result["before"] = try weigh(before, layout: .folders, failing: failing, safe: safe, seconds: Date().timeIntervalSince(t), cpu: nil)
        sites.append(("before", before))
    }

    // 30 nights of history: 29 earlier reports (their summary.json, as the index reads them) side by side.
    let published = root.appendingPathComponent("public")
    try? fm.removeItem(at: published)
    let summary = try BundleIO.readJSON(ReportSummary.self, from: after.appendingPathComponent("summary.json"))
    for k in 1...29 {
        var earlier = summary
        earlier.run.runId = "night-\(k)"
        earlier.run.startedAt = summary.run.startedAt.addingTimeInterval(Double(k - 30) * 86_400)
        for i in earlier.executions.indices where (i * 31 + k * 17) % 20 == 0 {
            earlier.executions[i].status = earlier.executions[i].status == "passed" ? "failed" : "passed"
            earlier.executions[i].level = earlier.executions[i].status == "failed" ? "minor" : "none"
        }
        let folder = published.appendingPathComponent("night-\(k)")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try BundleIO.writeJSON(earlier, to: folder.appendingPathComponent("summary.json"))
    }
    let withHistory = published.appendingPathComponent("night-30")
    try ReportBuilder(ReportOptions(history: [published])).build(bundle: night.bundle, into: withHistory)
    let index = try BundleIO.readJSON(HistoryIndex.self, from: withHistory.appendingPathComponent("history.json"))
    result["history"] = ["runs": index.runs.count, "addedBytes": try Sizes.du(withHistory) - Sizes.du(after),
                         "historyJSONBytes": Sizes.files(withHistory)["history.json"] ?? 0]
    sites.append(("history", withHistory))

    if !arguments.contains("--no-browser") {
        // First screens: the dashboard, every failing execution page and 20 passing ones.
        let pages = failing.sorted().map { safe[$0]! } + records.filter { !failing.contains($0.id) }.prefix(20).map { safe[$0.id]! }
        var screens: [String: Any] = [:]
        for (name, site) in sites {
            let data = Data(try capture(packageRoot.appendingPathComponent(".venv/bin/python").path,
                                        [packageRoot.appendingPathComponent("Benchmarks/ReportBench/measure_night.py").path, site.path] + pages).utf8)
            screens[name] = try JSONSerialization.jsonObject(with: data)
        }
        result["firstScreen"] = screens
    }
    let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .prettyPrinted])
    print(String(decoding: json, as: UTF8.self))
}

func weigh(_ site: URL, layout: Sizes.Layout, failing: Set<String>, safe: [String: String], seconds: Double, cpu: Double?) throws -> [String: Any] {
    let per = try Sizes.perExecution(site: site, failing: failing, safe: safe, layout: layout)
    var out: [String: Any] = ["duApparentBytes": try Sizes.du(site), "files": Sizes.files(site).count,
                              "perPassingBytes": per.passing, "perFailingBytes": per.failing, "sharedBytes": per.shared,
                              "generateSeconds": (seconds * 100).rounded() / 100]
    if let cpu { out["generateCPUSeconds"] = (cpu * 100).rounded() / 100 }
    return out
}
