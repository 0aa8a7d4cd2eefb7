import Foundation
import SceneBundle
import SceneConfig
import SceneImaging
import Testing
@testable import SceneRun
import SceneTestSupport

/// Python's documentation as Debian's python3-doc installs it (Sphinx), served as is or with edits
/// by Tests/Fixtures/docsite/serve.py: a real site nobody here wrote.
struct DocSite {
    static let python = "/usr/share/doc/python3.11/html"
    let server: LoopbackScript
    var base: String { server.base }

    init(_ root: String = DocSite.python, edits: [String] = []) throws {
        guard FileManager.default.fileExists(atPath: root + "/index.html") else {
            throw MissingPrerequisite(description: "no documentation site at \(root): run `make docsites` (apt-get install python3-doc)")
        }
        server = try LoopbackScript(script: repositoryRoot.appendingPathComponent("Tests/Fixtures/docsite/serve.py"),
                                    arguments: [root] + edits.flatMap { ["--edit", $0] })
    }

    func stop() { server.stop() }
}

/// The same image, pixel for pixel (RGBA rows compared band by band, never held whole).
func samePixels(_ a: URL, _ b: URL) throws -> (same: Bool, size: (Int, Int), otherSize: (Int, Int)) {
    let ra = try ImageReader.open(a, limits: DecodeLimits(maxPixels: 400_000_000))
    let rb = try ImageReader.open(b, limits: DecodeLimits(maxPixels: 400_000_000))
    guard ra.width == rb.width, ra.height == rb.height else { return (false, (ra.width, ra.height), (rb.width, rb.height)) }
    var x = [UInt8](repeating: 0, count: ra.width * 4 * 256), y = x
    while ra.rowsRead < ra.height {
        let rows = min(256, ra.height - ra.rowsRead)
        try x.withUnsafeMutableBufferPointer { try ra.readRows(rows, into: $0.baseAddress!) }
        try y.withUnsafeMutableBufferPointer { try rb.readRows(rows, into: $0.baseAddress!) }
        if x.prefix(rows * ra.width * 4) != y.prefix(rows * ra.width * 4) { return (false, (ra.width, ra.height), (rb.width, rb.height)) }
    }
    return (true, (ra.width, ra.height), (rb.width, rb.height))
}

@Suite(.serialized) struct RealSiteCaptureTests {
    static let desktop = Viewport(name: "desktop", width: 1280, height: 800)
    static let mobile = Viewport(name: "mobile", width: 375, height: 667, mobile: true)

    /// Python's os module reference is ~75,000 px tall at 1280 px: 96 million pixels, more than one
    /// 64 MP tile, still below the ~138 MP where Chromium's own single shot comes back blank.
    @Test(.timeLimit(.minutes(10))) func longRealPageIsCapturedWholeAndEqualsChromiumsSingleShot() async throws {
        let environment = try browserEnvironment()
        let site = try DocSite()
        defer { site.stop() }
        let root = try temporaryDirectory("long-page")
        defer { try? FileManager.default.removeItem(at: root) }
        let url = "\(site.base)/library/os.html"
        let request = makeRequest([execution("os", url: url, viewport: Self.desktop)], root: root,
                                  executionTimeout: 240, stabilization: Stabilization())
        let outcome = try await BatchRunner(RunnerEnvironment(environment: environment)).run(request)
        let record = try #require(outcome.records.first)
        #expect(record.status == .newBaseline, "\(record.error ?? "")")
        let capture = try #require(record.capture)
        #expect(capture.pageHeight > 30_000)
        #expect(capture.tiles >= 2)
        #expect(!capture.cut && capture.capturedHeight == capture.pageHeight)
        #expect(record.timings?.stitchMs != nil && record.timings?.captureMs != nil && record.timings?.analysisMs != nil)
        let directory = outcome.bundle.executionDirectory(record.id)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("observed.tiles").path))
        let observed = directory.appendingPathComponent("observed.png")

        // Chromium's own full-page screenshot of the same page, through Playwright, in another browser.
        let single = root.appendingPathComponent("single.png")
        let shot = Process()
        shot.executableURL = URL(fileURLWithPath: environment["SCENE_PYTHON"]!)
        shot.arguments = ["-c", """
        import asyncio, sys
        from playwright.async_api import async_playwright
        async def main():
            async with async_playwright() as p:
                browser = await p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
                page = await browser.new_page(viewport={"width": 1280, "height": 800})
                await page.goto(sys.argv[1])
                await page.evaluate("document.fonts.ready")
                await page.screenshot(path=sys.argv[2], full_page=True, timeout=240000)
                await browser.close()
        asyncio.run(main())
        """, url, single.path]
        try shot.run()
        shot.waitUntilExit()
        #expect(shot.terminationStatus == 0)
        let compared = try samePixels(observed, single)
        #expect(compared.size.1 == capture.pageHeight)
        #expect(compared.same, "stitched \(compared.size) vs single shot \(compared.otherSize)")
    }

    /// Three nights against the baselines of a first run, each in a new browser: nothing fails.
    /// Then the same site with one word changed on one page and a 1 px outline added on another:
    /// both fail, in both viewports.
    @Test(.timeLimit(.minutes(20))) func unchangedNightsPassAndSmallRealChangesFail() async throws {
        let environment = try browserEnvironment()
        let root = try temporaryDirectory("nights")
        defer { try? FileManager.default.removeItem(at: root) }
        let pages = ["json": "library/json.html", "faq": "faq/general.html"]
        func night(_ name: String, edits: [String] = []) async throws -> [ExecutionRecord] {
            let site = try DocSite(edits: edits)
            defer { site.stop() }
            let executions = pages.sorted { $0.key < $1.key }.flatMap { id, path in
                [Self.desktop, Self.mobile].map { execution(id, url: "\(site.base)/\(path)", viewport: $0) }
            }
            var request = makeRequest(executions, root: root, executionTimeout: 240, stabilization: Stabilization())
            request.runId = name
            return try await BatchRunner(RunnerEnvironment(environment: environment)).run(request).records
        }
        let first = try await night("record")
        #expect(first.allSatisfy { $0.status == .newBaseline })
        for n in 1...3 {
            let records = try await night("night-\(n)")
            let failing = records.filter { ![.passed, .flaky].contains($0.status) }
            #expect(failing.isEmpty, "night \(n): \(failing.map { "\($0.id) \($0.status) \($0.level) \($0.baselineDiff?.diffPixels ?? -1) px" })")
            #expect(records.allSatisfy { $0.level <= .noise })
        }
        let changed = try await night("changed", edits: [
            "library/json.html::, specified by::, described by",
            "faq/general.html::</head>::<style>div.body h1 { outline: 1px solid #999; }</style></head>",
        ])
        #expect(changed.count == 4)
        for record in changed {
            #expect(record.status == .failed, "\(record.id): \(record.status) \(record.level) \(record.baselineDiff?.diffPixels ?? -1) px")
            #expect(record.level >= .minor)
        }
    }
}
