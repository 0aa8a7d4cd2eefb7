import Foundation
import Testing
@testable import SceneImaging

@Suite struct JPEGAndThumbnailTests {
    @Test func cmykJPEGIsConverted() throws {
        let reader = try JPEGRowReader(Fixtures.url("cmyk.jpg"))
        #expect(reader.isCMYK)
        let image = try reader.readImage()
        let p = image.pixel(x: 4, y: 3)
        // ImageMagick wrote #3366cc as CMYK; a naive conversion lands within a few levels.
        #expect(abs(Int(p.x) - 0x33) <= 6 && abs(Int(p.y) - 0x66) <= 6 && abs(Int(p.z) - 0xcc) <= 6, "\(p)")
        #expect(p.w == 255)
    }

    @Test func jpegRoundTripIsClose() throws {
        let dir = try Fixtures.temporaryDirectory()
        let image = RGBAImage(width: 40, height: 24, fill: (200, 40, 90, 255))
        let url = dir.appendingPathComponent("a.jpg")
        try ImageEncoder.writeJPEG(image, to: url, quality: 95)
        let back = try ImageReader.decode(url)
        #expect(back.width == 40 && back.height == 24)
        let p = back.pixel(x: 20, y: 12)
        #expect(abs(Int(p.x) - 200) <= 4 && abs(Int(p.y) - 40) <= 4 && abs(Int(p.z) - 90) <= 4, "\(p)")
    }

    @Test func thumbnailIsBoxFilteredAndBounded() throws {
        let dir = try Fixtures.temporaryDirectory()
        // Left half black, right half white: the thumbnail keeps the split and the aspect ratio.
        var image = RGBAImage(width: 1000, height: 500, fill: (255, 255, 255, 255))
        for y in 0..<500 { for x in 0..<500 { image.setPixel(x: x, y: y, SIMD4(0, 0, 0, 255)) } }
        let png = dir.appendingPathComponent("page.png"), jpeg = dir.appendingPathComponent("thumb.jpg")
        try ImageEncoder.writePNG(image, to: png)
        try Thumbnail.write(png: png, jpeg: jpeg, maxWidth: 100)
        let thumb = try ImageReader.decode(jpeg)
        #expect(thumb.width == 100 && thumb.height == 50)
        #expect(thumb.pixel(x: 10, y: 25).x < 20 && thumb.pixel(x: 90, y: 25).x > 235)
    }

    @Test func aVeryTallPageGetsAThumbnailOfItsTop() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 400 × 90,000: scaled to 320 wide it would be 72,000 px tall, past JPEG's 65,500.
        let png = dir.appendingPathComponent("tall.png"), jpeg = dir.appendingPathComponent("thumb.jpg")
        let writer = try PNGRowWriter(png, width: 400, height: 90_000, compressionLevel: 1)
        var rows = [UInt8](repeating: 255, count: 400 * 4 * 1000)
        for band in 0..<90 {
            // The top 3,000 rows black, the rest white.
            for i in rows.indices where i % 4 != 3 { rows[i] = band < 3 ? 0 : 255 }
            try rows.withUnsafeBufferPointer { try writer.writeRows(1000, from: $0.baseAddress!) }
        }
        try writer.finish()
        try Thumbnail.write(png: png, jpeg: jpeg, maxWidth: 320, maxHeight: 2400)
        let thumb = try ImageReader.decode(jpeg)
        #expect(thumb.width == 320 && thumb.height == 2400)
        // 2,400 thumbnail rows cover the top 3,000 source rows: all black.
        #expect(thumb.pixel(x: 160, y: 2390).x < 20)
    }

    @Test func thumbnailNeverEnlarges() throws {
        let dir = try Fixtures.temporaryDirectory()
        let jpeg = dir.appendingPathComponent("t.jpg")
        try Thumbnail.write(png: Fixtures.url("rgba8.png"), jpeg: jpeg)
        let thumb = try ImageReader.decode(jpeg)
        #expect(thumb.width == 7 && thumb.height == 5)
    }

    /// A tall page gives the thumbnail of its first screen: bounded height, top rows only.
    @Test func thumbnailKeepsTheFirstScreen() throws {
        let dir = try Fixtures.temporaryDirectory()
        var image = RGBAImage(width: 400, height: 4000, fill: (255, 255, 255, 255))
        for y in 0..<200 { for x in 0..<400 { image.setPixel(x: x, y: y, SIMD4(0, 0, 0, 255)) } }  // a dark header
        let png = dir.appendingPathComponent("tall.png"), jpeg = dir.appendingPathComponent("thumb.jpg")
        try ImageEncoder.writePNG(image, to: png)
        try Thumbnail.write(png: png, jpeg: jpeg, maxWidth: 100, maxHeight: 75)
        let thumb = try ImageReader.decode(jpeg)
        #expect(thumb.width == 100 && thumb.height == 75)
        // 75 rows at a quarter scale show the top 300 source rows: the header is the top two thirds.
        #expect(thumb.pixel(x: 50, y: 20).x < 30 && thumb.pixel(x: 50, y: 70).x > 225)
        #expect(try Data(contentsOf: jpeg).count < 4000)
    }

    @Test func stripsCoverTheImageAndShrink() throws {
        var image = RGBAImage(width: 30, height: 250, fill: (10, 200, 30, 255))
        for x in 0..<30 { image.setPixel(x: x, y: 249, SIMD4(0, 0, 0, 0)) }  // a transparent last row
        let dir = try Fixtures.temporaryDirectory()
        let png = dir.appendingPathComponent("s.png")
        try ImageEncoder.writePNG(image, to: png)
        #expect(Strips.count(height: 250, rows: 100) == 3 && Strips.count(height: 200, rows: 100) == 2)
        var seen: [(Int, Int, Int)] = []
        try Strips.each(try ImageReader.open(png), rows: 100, onWhite: true) { i, strip in
            seen.append((i, strip.width, strip.height))
            if i == 2 { #expect(strip.pixel(x: 3, y: 49) == SIMD4(255, 255, 255, 255), "transparent composited on white") }
            else { #expect(strip.pixel(x: 3, y: 3) == SIMD4(10, 200, 30, 255)) }
        }
        #expect(seen.map(\.0) == [0, 1, 2] && seen.map(\.1) == [30, 30, 30] && seen.map(\.2) == [100, 100, 50])
        var halves: [(Int, Int)] = []
        try Strips.each(try ImageReader.open(png), rows: 100, shrink: 2, onWhite: false) { _, strip in halves.append((strip.width, strip.height)) }
        #expect(halves.map(\.0) == [15, 15, 15] && halves.map(\.1) == [50, 50, 25])
        try Strips.writeJPEG(try ImageReader.open(png), rows: 100, quality: 80) { dir.appendingPathComponent("s-\($0).jpg") }
        #expect(try ImageReader.decode(dir.appendingPathComponent("s-2.jpg")).height == 50)
    }
}
