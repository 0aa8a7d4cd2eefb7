import Foundation
import Testing
@testable import SceneImaging

@Suite struct TileStitcherTests {
    /// A tile whose every pixel says where it is: rows are unique, so a dropped, doubled or
    /// misplaced row shows in the stitched image.
    func tile(width: Int, rows: Range<Int>, alpha: UInt8 = 255) -> RGBAImage {
        var pixels: [UInt8] = []
        for y in rows { for x in 0..<width { pixels += [UInt8(y & 255), UInt8((y >> 8) & 255), UInt8(x & 255), alpha] } }
        return RGBAImage(width: width, height: rows.count, pixels: pixels)
    }

    /// An RGB file, as Chromium writes screenshots.
    func writeRGB(_ image: RGBAImage, to url: URL) throws {
        let writer = try PNGRowWriter(url, width: image.width, height: image.height, layout: .rgb)
        try image.pixels.withUnsafeBufferPointer { try writer.writeRows(image.height, from: $0.baseAddress!) }
        try writer.finish()
    }

    @Test func tilesAreJoinedTopToBottomPixelForPixel() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Uneven heights, one taller than a band of rows, the last a single row.
        let ranges = [0..<300, 300..<301, 301..<1000, 1000..<1001]
        var urls: [URL] = []
        for (i, range) in ranges.enumerated() {
            let url = dir.appendingPathComponent("\(i).png")
            try writeRGB(tile(width: 37, rows: range), to: url)
            urls.append(url)
        }
        let output = dir.appendingPathComponent("page.png")
        let size = try TileStitcher.stitch(urls, to: output)
        #expect(size.width == 37 && size.height == 1001)
        let reader = try PNGRowReader(output)
        #expect(reader.isOpaque)  // opaque tiles give an RGB file
        #expect(try reader.readImage() == tile(width: 37, rows: 0..<1001))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func transparencyIsKept() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.png"), b = dir.appendingPathComponent("b.png")
        try ImageEncoder.writePNG(tile(width: 5, rows: 0..<3), to: a)
        try ImageEncoder.writePNG(tile(width: 5, rows: 3..<6, alpha: 7), to: b)
        let output = dir.appendingPathComponent("page.png")
        try TileStitcher.stitch([a, b], to: output)
        #expect(try ImageReader.decode(output).pixel(x: 2, y: 4).w == 7)
    }

    @Test func tilesOfAnotherWidthOrOverTheLimitAreRefusedAndNothingIsWritten() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.png"), b = dir.appendingPathComponent("b.png")
        try ImageEncoder.writePNG(tile(width: 10, rows: 0..<20), to: a)
        try ImageEncoder.writePNG(tile(width: 11, rows: 20..<40), to: b)
        let output = dir.appendingPathComponent("page.png")
        #expect(throws: ImagingError.self) { try TileStitcher.stitch([a, b], to: output) }
        // Each tile within the limit, the page not: refused from the headers, before any row is read.
        let error = #expect(throws: ImagingError.self) { try TileStitcher.stitch([a, a], to: output, limits: DecodeLimits(maxPixels: 300)) }
        #expect(error?.problem == .tooLarge)
        #expect(throws: ImagingError.self) { try TileStitcher.stitch([], to: output) }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
