import Foundation
import SceneAnalyze
import SceneBundle
import SceneConfig
import SceneImaging
import Testing

/// The capture side of the analysis on the recorded contact-form folder: a page the runner shot in
/// tiles, a tile name that points outside the folder, and a change made only of isolated pixels.
@Suite struct TiledCaptureAnalysisTests {
    static let summary = CaptureSummary(shots: 1, stable: true, matchedBaseline: true, tiles: 3, pageHeight: 2121,
                                        capturedHeight: 2121, cut: false, digest: "d1")

    static func analyze(_ directory: URL, _ capture: BrowserCapture, baseline: ExecutionAnalysis.Baseline,
                        batch: Batch = Batch(id: "b")) throws -> ExecutionRecord {
        let execution = ExecutionAnalysisTests.execution
        let started = Date(timeIntervalSince1970: 1_800_000_000)
        return try ExecutionAnalysis.analyze(.init(execution: execution, directory: directory, capture: capture, baseline: baseline,
                                               secrets: SecretRedaction(execution: execution, environment: [:]), attempt: 1,
                                               startedAt: started, finishedAt: started.addingTimeInterval(3)), batch: batch).record
    }

    /// Cuts the folder's observed.png (980 × 2121) into tiles of `rows` rows under `observed.tiles/`.
    static func tile(_ directory: URL, rows: Int) throws -> [String] {
        let image = try ImageReader.open(directory.appendingPathComponent(ExecutionFiles.observed)).readImage()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("observed.tiles"), withIntermediateDirectories: true)
        var names: [String] = []
        for top in stride(from: 0, to: image.height, by: rows) {
            let height = min(rows, image.height - top)
            let bytes = Array(image.pixels[(top * image.width * 4)..<((top + height) * image.width * 4)])
            let name = "observed.tiles/\(String(format: "%03d", names.count)).png"
            try ImageEncoder.writePNG(RGBAImage(width: image.width, height: height, pixels: bytes), to: directory.appendingPathComponent(name))
            names.append(name)
        }
        try FileManager.default.removeItem(at: directory.appendingPathComponent(ExecutionFiles.observed))
        return names
    }

    @Test func tilesAreStitchedIntoTheScreenshotBeforeItIsCompared() throws {
        var (directory, capture) = try ExecutionAnalysisTests.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        capture.artifacts.tiles = ["observed": try Self.tile(directory, rows: 800)]
        capture.captures = ["observed": Self.summary]
        let record = try Self.analyze(directory, capture, baseline: .compare(ExecutionAnalysisTests.fixture.appendingPathComponent("observed.png")))
        // The stitched page is the recorded screenshot, pixel for pixel: no difference from it as baseline.
        #expect(record.status == .passed, "\(record.error ?? "")")
        #expect(record.baselineDiff?.diffPixels == 0 && record.level == .none)
        #expect(record.capture == Self.summary)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("observed.tiles").path))
        let stitched = try ImageReader.open(directory.appendingPathComponent(ExecutionFiles.observed))
        #expect(stitched.width == 980 && stitched.height == 2121)
    }

    @Test func aTileNamedOutsideTheFolderIsAnErrorAndNothingOutsideIsTouched() throws {
        var (directory, capture) = try ExecutionAnalysisTests.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outside = directory.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString.prefix(8)).png")
        try FileManager.default.copyItem(at: ExecutionAnalysisTests.fixture.appendingPathComponent("observed.png"), to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        capture.artifacts.tiles = ["observed": try Self.tile(directory, rows: 1500) + ["../" + outside.lastPathComponent]]
        let record = try Self.analyze(directory, capture, baseline: .record)
        #expect(record.status == .error)
        #expect(record.error?.contains("\(outside.lastPathComponent) is outside the execution folder") == true, "\(record.error ?? "")")
        #expect(FileManager.default.fileExists(atPath: outside.path))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("observed.tiles").path))
    }

    @Test func tilesOfDifferentWidthsAreAnErrorNamingThePage() throws {
        var (directory, capture) = try ExecutionAnalysisTests.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        var names = try Self.tile(directory, rows: 1500)
        try ImageEncoder.writePNG(RGBAImage(width: 500, height: 10), to: directory.appendingPathComponent("observed.tiles/002.png"))
        names.append("observed.tiles/002.png")
        capture.artifacts.tiles = ["observed": names]
        let record = try Self.analyze(directory, capture, baseline: .record)
        #expect(record.status == .error && record.artifacts.observed == nil)
        #expect(record.error?.contains("observed: ") == true && record.error?.contains("500 px wide") == true, "\(record.error ?? "")")
    }

    /// A baseline that differs from the screenshot in four lone pixels: noise, which passes by
    /// default and fails with `failOn: noise`; the night-before heading change stays minor.
    @Test func isolatedPixelsAreNoiseAndPassUnlessFailOnSaysNoise() throws {
        var image = try ImageReader.open(ExecutionAnalysisTests.fixture.appendingPathComponent("observed.png")).readImage()
        // Rows of one colour from edge to edge, between rows of that colour: lone pixels there.
        let rowBytes = image.width * 4
        func plain(_ y: Int) -> Bool {
            let row = image.pixels[(y * rowBytes)..<((y + 1) * rowBytes)], first = Array(row.prefix(4))
            return stride(from: 0, to: rowBytes, by: 4).allSatisfy { Array(row[(row.startIndex + $0)..<(row.startIndex + $0 + 4)]) == first }
        }
        let plainRows = (1..<(image.height - 1)).filter { y in plain(y - 1) && plain(y) && plain(y + 1)
            && image.pixel(x: 0, y: y - 1) == image.pixel(x: 0, y: y) && image.pixel(x: 0, y: y + 1) == image.pixel(x: 0, y: y) }
        try #require(plainRows.count > 40, "\(plainRows.count) plain rows")
        for i in 0..<4 {
            let (x, y) = (100 + 200 * i, plainRows[plainRows.count * i / 4])
            let p = image.pixel(x: x, y: y)
            image.setPixel(x: x, y: y, SIMD4(255 - p[0], 255 - p[1], 255 - p[2], 255))
        }
        let baseline = FileManager.default.temporaryDirectory.appendingPathComponent("noise-baseline-\(UUID().uuidString.prefix(8)).png")
        try ImageEncoder.writePNG(image, to: baseline)
        defer { try? FileManager.default.removeItem(at: baseline) }
        for failOn in [DiffLevel.minor, .noise] {
            let (directory, capture) = try ExecutionAnalysisTests.folder()
            defer { try? FileManager.default.removeItem(at: directory) }
            var batch = Batch(id: "b")
            batch.thresholds.failOn = failOn
            let record = try Self.analyze(directory, capture, baseline: .compare(baseline), batch: batch)
            #expect(record.level == .noise && record.baselineDiff?.diffPixels == 4)
            #expect(record.baselineDiff?.noise?.pixels.count == 4)
            #expect(record.status == (failOn == .noise ? .failed : .passed), "failOn \(failOn)")
        }
    }
}
