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

    @Test func thumbnailNeverEnlarges() throws {
        let dir = try Fixtures.temporaryDirectory()
        let jpeg = dir.appendingPathComponent("t.jpg")
        try Thumbnail.write(png: Fixtures.url("rgba8.png"), jpeg: jpeg)
        let thumb = try ImageReader.decode(jpeg)
        #expect(thumb.width == 7 && thumb.height == 5)
    }
}
