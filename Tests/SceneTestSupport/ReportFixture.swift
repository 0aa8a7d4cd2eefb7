public import Foundation
public import SceneBundle
import SceneDiff
public import SceneReport

/// Synthetic run bundles for the report tests: real images rendered by Chromium
/// (make_images.py), records written through SceneBundle, hostile text where a page
/// under test could inject it.
public enum ReportFixture {
    public static let packageRoot = repositoryRoot
    public static let python = packageRoot.appendingPathComponent(".venv/bin/python")
    public static let hostile = "<script>alert('x')</script>\"onerror=alert(1) <img src=x onerror=alert(2)>"

    public struct PythonFailure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// Runs a script (its path in the repository) with the project's venv; a missing venv or Chromium
    /// is a test failure with the reason, never a skip.
    public static func runPython(_ script: String, _ arguments: [String], timeout: TimeInterval = 150) throws -> Data {
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw PythonFailure(description: "\(python.path) missing: run `make setup` (Python venv with Playwright)")
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else {
            throw PythonFailure(description: "/usr/bin/chromium missing: run `make setup`")
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [packageRoot.appendingPathComponent(script).path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out; process.standardError = err
        try process.run()
        let deadline = DispatchTime.now() + timeout
        DispatchQueue.global().asyncAfter(deadline: deadline) { if process.isRunning { process.terminate() } }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let log = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PythonFailure(description: "\(script) exited \(process.terminationStatus): \(String(decoding: log.suffix(3000), as: UTF8.self))")
        }
        return data
    }

    /// The rendered images, made once per version of make_images.py and kept in the
    /// temporary folder (rendered into a fresh folder and renamed, so never half there),
    /// with SceneDiff's diff and heatmap images of observed against baseline and reference.
    public static let images: Result<URL, any Error> = Result {
        let script = try Data(contentsOf: packageRoot.appendingPathComponent("Tests/SceneReportTests/make_images.py"))
        let digest = script.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-report-images-\(String(digest, radix: 16))")
        if !FileManager.default.fileExists(atPath: dir.appendingPathComponent("reference-heatmap.png").path) {
            let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("scene-report-images-\(UUID().uuidString)")
            _ = try runPython("Tests/SceneReportTests/make_images.py", [fresh.path])
            for (expected, prefix) in [("baseline.png", ""), ("reference.png", "reference-")] {
                _ = try ImageComparison.compare(expected: fresh.appendingPathComponent(expected), observed: fresh.appendingPathComponent("observed.png"),
                                                writeDiffTo: fresh.appendingPathComponent(prefix + "diff.png"),
                                                writeHeatmapTo: fresh.appendingPathComponent(prefix + "heatmap.png"))
            }
            if (try? FileManager.default.moveItem(at: fresh, to: dir)) == nil { try? FileManager.default.removeItem(at: fresh) }
        }
        return dir
    }

    /// The comparisons of the rendered images against baseline and reference, as the
    /// analysis records them (computed once per test process).
    public static let comparisons: Result<(baseline: DiffRecord, reference: DiffRecord), any Error> = Result {
        let dir = try images.get()
        func compare(_ expected: String, prefix: String, level: DiffLevel) throws -> DiffRecord {
            let outcome = try ImageComparison.compare(expected: dir.appendingPathComponent(expected), observed: dir.appendingPathComponent("observed.png"))
            var record = DiffRecord(outcome, level: level)
            record.diffImage = prefix + "diff.png"
            record.heatmapImage = prefix + "heatmap.png"
            return record
        }
        return (try compare("baseline.png", prefix: "", level: .major), try compare("reference.png", prefix: "reference-", level: .minor))
    }

    public static func temporaryDirectory(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scene-report-\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    public static func diff(level: DiffLevel, pixels: Int, percentage: Double, withRegions: Bool = true) -> DiffRecord {
        DiffRecord(identical: pixels == 0, width: 640, height: 480, expectedWidth: 640, expectedHeight: 480,
                   diffPixels: pixels, diffPercentage: percentage, shiftAwareDiffPixels: pixels / 4, maxDelta: 0.9, level: level,
                   regions: withRegions ? [Region(x: 0, y: 66, width: 640, height: 50, pixels: 32000, fingerprint: "a1b2c3d4e5f60718"),
                                           Region(x: 36, y: 244, width: 108, height: 42, pixels: 4200, fingerprint: "0f1e2d3c4b5a6978")] : [],
                   bands: withRegions ? [Band(kind: .inserted, y: 66, height: 50, fingerprint: "9a8b7c6d5e4f3021")] : [],
                   diffImage: pixels > 0 ? "diff.png" : nil, heatmapImage: pixels > 0 ? "heatmap.png" : nil)
    }

    /// Writes a bundle of a few executions covering every panel, plus hostile content.
    public static func bundle(at root: URL) throws -> RunBundle {
        let images = try ReportFixture.images.get()
        let bundle = RunBundle(root: root)
        var records: [ExecutionRecord] = []
        func key(_ page: String, _ viewport: String, _ task: String = "default") -> ExecutionKey {
            ExecutionKey(page: page, task: task, viewport: viewport, browser: "chromium")
        }
        // 1: a failing visual change with the full trace panel.
        var main = ExecutionRecord(key: key("home", "desktop"), url: "http://127.0.0.1:8080/", status: .failed)
        main.title = "Acme shop"
        main.attempts = 1; main.durationMs = 2350
        main.startedAt = Date(timeIntervalSince1970: 1_790_000_000)
        main.artifacts = Artifacts(observed: "observed.png", baseline: "baseline.png", reference: "reference.png", thumbnail: "thumb.jpg",
                                   trace: "trace.zip", console: "console.jsonl", reproPython: "repro.py", reproTypeScript: "repro.spec.ts", reproSteps: "repro.txt")
        main.baselineDiff = try comparisons.get().baseline
        main.referenceDiff = try comparisons.get().reference
        main.steps = [StepResult(index: 0, description: "open /", status: "passed", durationMs: 310),
                      StepResult(index: 1, description: "click Checkout", status: "passed", durationMs: 120,
                                 resolvedLocator: "getByRole('button', { name: 'Checkout' })", healed: true)]
        main.trace = TraceSummary(traceVersion: 10, playwrightVersion: "1.65.2", actions: [
            ActionRecord(index: 0, kind: "navigate", url: "http://127.0.0.1:8080/", startMs: 0, durationMs: 300),
            ActionRecord(index: 1, kind: "click", locator: "getByRole('button', { name: 'Checkout' })", startMs: 320, durationMs: 40),
            ActionRecord(index: 2, kind: "fill", locator: "#q", value: hostile, startMs: 400, durationMs: 12, status: "failed", error: "Timeout 5000ms exceeded " + hostile),
        ], missing: [MissingActionRecord(kind: "hover", locator: "getByText('Deals')", position: 2)],
           notPerformed: [MissingActionRecord(kind: "check", locator: "getByLabel('Subscribe')", position: 3)],
           coverage: 0.75, frames: [.init(file: "frames/frame1.jpg", timeMs: 120), .init(file: "frames/frame2.jpg", timeMs: 480)])
        main.healing = [HealingRecord(step: 1, failedLocator: "#checkout-old", chosenLocator: "getByRole('button', { name: 'Checkout' })",
                                      score: 0.93, runnerUp: "getByText('Check')", runnerUpScore: 0.41, reason: "same role and name")]
        main.consoleErrors = 1; main.pageErrors = 1
        main.unstable = "observed: page still changing after 3 screenshots"
        main.warnings = ["healed step(s): 1; `scene heal` writes the new locators into scene.yml"]
        records.append(main)
        // 2: hostile page: everything the page controls tries to inject.
        var evil = ExecutionRecord(key: key("evil\"<b>", "desktop"), url: "javascript:alert(document.domain)", status: .failed)
        evil.title = hostile
        evil.error = hostile
        evil.referenceURL = "javascript:alert(7)"
        evil.artifacts = Artifacts(observed: "observed.png", baseline: "baseline.png", thumbnail: "thumb.jpg", console: "console.jsonl")
        evil.baselineDiff = diff(level: .minor, pixels: 900, percentage: 0.29)
        evil.trace = TraceSummary(traceVersion: 10, playwrightVersion: "1.65.2", actions: [
            ActionRecord(index: 0, kind: "fill", locator: "</code><script>alert(3)</script>", value: "\"><svg onload=alert(4)>", url: "javascript:alert(5)"),
        ], missing: [], notPerformed: [], coverage: 1)
        evil.trace?.actions[0].target = ElementIdentity(tag: "input", attributes: [.init(name: "placeholder", value: hostile)], text: hostile)
        evil.trace?.comparison = TraceDiffRecord(steps: [
            .init(change: .changed, baselineIndex: 0, index: 0, kind: "fill", locator: "</li><script>alert(6)</script>",
                  element: "<img src=x onerror=alert(8)>", details: ["new console error: " + hostile]),
            .init(change: .removed, baselineIndex: 1, index: nil, kind: "click", locator: "getByRole('button', { name: 'Save' })"),
        ], unchangedSteps: 3, durationFactor: 3)
        records.append(evil)
        // 3-5: passing and broken neighbours for the matrix and the filters.
        for (page, viewport, status) in [("home", "mobile", ExecutionStatus.passed), ("about", "desktop", .passed), ("about", "mobile", .error)] {
            var r = ExecutionRecord(key: key(page, viewport), url: "http://127.0.0.1:8080/\(page)", status: status)
            r.title = page.capitalized; r.durationMs = 900
            if status == .error { r.error = "net::ERR_CONNECTION_REFUSED at http://127.0.0.1:8080/about" }
            else {
                r.artifacts = Artifacts(observed: "observed.png", baseline: "baseline.png", thumbnail: "thumb.jpg")
                r.baselineDiff = diff(level: .none, pixels: 0, percentage: 0, withRegions: false)
            }
            records.append(r)
        }
        let files = ["observed.png", "baseline.png", "reference.png", "diff.png", "heatmap.png", "reference-diff.png", "reference-heatmap.png",
                     "thumb.jpg", "trace.zip"]
        for r in records {
            let dir = bundle.executionDirectory(r.id)
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("frames"), withIntermediateDirectories: true)
            for f in files { try FileManager.default.copyItem(at: images.appendingPathComponent(f), to: dir.appendingPathComponent(f)) }
            for f in ["frame1.jpg", "frame2.jpg"] { try FileManager.default.copyItem(at: images.appendingPathComponent(f), to: dir.appendingPathComponent("frames/\(f)")) }
            let console = [
                #"{"type":"log","text":"app started"}"#,
                #"{"type":"error","text":"\#(jsonEscaped(hostile))","location":{"url":"http://127.0.0.1:8080/app.js","lineNumber":3}}"#,
                #"{"type":"pageerror","text":"TypeError: x is undefined"}"#,
                "not json <script>alert(9)</script>",
            ].joined(separator: "\n") + "\n"
            try Data(console.utf8).write(to: dir.appendingPathComponent("console.jsonl"))
            try Data("from playwright.sync_api import sync_playwright\n# fill with \(hostile)\n".utf8).write(to: dir.appendingPathComponent("repro.py"))
            try Data("import { test } from '@playwright/test';\n".utf8).write(to: dir.appendingPathComponent("repro.spec.ts"))
            try Data("1. open /\n2. click Checkout\n".utf8).write(to: dir.appendingPathComponent("repro.txt"))
            try bundle.writeExecution(r)
        }
        var manifest = RunManifest(runId: "2026-11-21T01-00-00Z", project: "acme <shop>", batch: "nightly", configDigest: "sha256:0",
                                   shard: ShardSpec(index: 1, total: 2), startedAt: Date(timeIntervalSince1970: 1_790_000_000),
                                   sceneVersion: "0.1.0", plannedExecutionIds: records.map(\.id) + ["contact~default~desktop~chromium"])
        manifest.finishedAt = manifest.startedAt.addingTimeInterval(83)
        manifest.status = .failed
        manifest.counts = RunCounts(records)
        manifest.level = .major
        manifest.playwrightVersion = "1.65.2"
        try bundle.writeManifest(manifest)
        return bundle
    }

    /// A bundle of one execution (`p~t~v~b`): `configure` sets its record up and may write
    /// files into its folder (made before the call).
    public static func oneExecution(at root: URL, status: ExecutionStatus = .passed, url: String = "http://x/",
                             _ configure: (inout ExecutionRecord, URL) throws -> Void = { _, _ in }) throws -> RunBundle {
        let bundle = RunBundle(root: root)
        var r = ExecutionRecord(key: ExecutionKey(page: "p", task: "t", viewport: "v", browser: "b"), url: url, status: status)
        let folder = bundle.executionDirectory(r.id)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try configure(&r, folder)
        try bundle.writeExecution(r)
        try bundle.writeManifest(RunManifest(runId: "r", project: "p", batch: "b", configDigest: "", shard: nil, startedAt: Date(),
                                             sceneVersion: "0", plannedExecutionIds: [r.id]))
        return bundle
    }

    /// A report folder per night under `published/`, as a nightly job publishes them: the
    /// fixture bundle with its run id, batch, shard and start day set, and `change` applied to
    /// `about~default~desktop~chromium`.
    @discardableResult
    public static func night(_ name: String, in published: URL, bundles: URL, day: Int, runId: String? = nil, batch: String = "nightly",
                      shard: ShardSpec? = nil, mergedFrom: [String]? = nil, history: [URL] = [], linkBase: String? = nil,
                      change: (inout ExecutionRecord) -> Void = { _ in }) throws -> ReportResult {
        let bundle = try bundle(at: bundles.appendingPathComponent(name))
        var manifest = try bundle.readManifest()
        manifest.runId = runId ?? name
        manifest.batch = batch
        manifest.shard = shard
        manifest.mergedFrom = mergedFrom
        manifest.startedAt = Date(timeIntervalSince1970: 1_790_000_000 + Double(day) * 86_400)
        try bundle.writeManifest(manifest)
        var record = try bundle.readExecution("about~default~desktop~chromium")
        change(&record)
        try bundle.writeExecution(record)
        return try ReportBuilder(ReportOptions(linkBase: linkBase, history: history)).build(bundle: bundle, into: published.appendingPathComponent(name))
    }

    public static func jsonEscaped(_ s: String) -> String {
        let data = try! JSONEncoder().encode(s)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }
}
