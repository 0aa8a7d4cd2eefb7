public import Foundation
public import SceneBundle

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
    /// temporary folder (rendered into a fresh folder and renamed, so never half there).
    public static let images: Result<URL, any Error> = Result {
        let script = try Data(contentsOf: packageRoot.appendingPathComponent("Tests/SceneReportTests/make_images.py"))
        let digest = script.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-report-images-\(String(digest, radix: 16))")
        if FileManager.default.fileExists(atPath: dir.appendingPathComponent("trace.zip").path) { return dir }
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("scene-report-images-\(UUID().uuidString)")
        _ = try runPython("Tests/SceneReportTests/make_images.py", [fresh.path])
        if (try? FileManager.default.moveItem(at: fresh, to: dir)) == nil { try? FileManager.default.removeItem(at: fresh) }
        return dir
    }

    public static func temporaryDirectory(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scene-report-\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    public static func diff(level: DiffLevel, pixels: Int, percentage: Double, withRegions: Bool = true) -> DiffRecord {
        DiffRecord(identical: pixels == 0, width: 640, height: 480, expectedWidth: 640, expectedHeight: 480,
                   diffPixels: pixels, diffPercentage: percentage, shiftAwareDiffPixels: pixels / 4, maxDelta: 0.9, level: level,
                   regions: withRegions ? [Region(x: 0, y: 66, width: 640, height: 50, pixels: 32000),
                                           Region(x: 36, y: 244, width: 108, height: 42, pixels: 4200)] : [],
                   bands: withRegions ? [Band(kind: .inserted, y: 66, height: 50)] : [],
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
        main.baselineDiff = diff(level: .major, pixels: 36200, percentage: 11.78)
        main.referenceDiff = diff(level: .minor, pixels: 4200, percentage: 1.37)
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
        let files = ["observed.png", "baseline.png", "reference.png", "diff.png", "heatmap.png", "thumb.jpg", "trace.zip"]
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
        manifest.playwrightVersion = "1.65.2"
        try bundle.writeManifest(manifest)
        return bundle
    }

    public static func jsonEscaped(_ s: String) -> String {
        let data = try! JSONEncoder().encode(s)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }
}
