import Foundation
import Testing
@testable import SceneImaging

@Suite struct PNGDecodeTests {
    static let expected: [String: [Int]] = {
        let data = try! Data(contentsOf: Fixtures.url("expected.json"))
        return try! JSONDecoder().decode([String: [Int]].self, from: data)
    }()

    @Test(arguments: expected.keys.sorted())
    func decodesEveryKindToRGBA8(name: String) throws {
        let image = try ImageReader.decode(Fixtures.url(name))
        #expect(image.width == 7 && image.height == 5)
        #expect(image.pixels.map(Int.init) == Self.expected[name])
    }

    @Test func bandsEqualWholeImage() throws {
        for name in ["rgba8.png", "rgb8-filters.png", "palette4-interlaced.png"] {
            let whole = try ImageReader.decode(Fixtures.url(name))
            let reader = try ImageReader.open(Fixtures.url(name))
            var collected: [UInt8] = []
            var band = [UInt8](repeating: 0, count: reader.width * 4 * 2)
            while reader.rowsRead < reader.height {
                let n = min(2, reader.height - reader.rowsRead)
                try band.withUnsafeMutableBufferPointer { try reader.readRows(n, into: $0.baseAddress!) }
                collected += band.prefix(n * reader.width * 4)
            }
            #expect(collected == whole.pixels, "\(name)")
        }
    }

    @Test func pngRoundTrip() throws {
        let dir = try Fixtures.temporaryDirectory()
        var image = RGBAImage(width: 300, height: 200, fill: (10, 20, 30, 255))
        for y in 0..<200 { for x in 0..<300 where (x * y) % 7 == 0 { image.setPixel(x: x, y: y, SIMD4(UInt8(x % 256), UInt8(y), 99, UInt8((x + y) % 256))) } }
        let url = dir.appendingPathComponent("round.png")
        try ImageEncoder.writePNG(image, to: url, compressionLevel: 1)
        #expect(try ImageReader.decode(url) == image)
    }

    @Test func paletteLayoutRoundTrips() throws {
        let dir = try Fixtures.temporaryDirectory()
        let colours: [[UInt8]] = [[0, 0, 0, 0], [255, 0, 0, 255], [240, 240, 240, 255]]
        let indices: [UInt8] = (0..<2000).map { (i: Int) -> UInt8 in UInt8((i % 7 + i / 50) % 3) }
        let url = dir.appendingPathComponent("palette.png")
        let writer = try PNGRowWriter(url, width: 50, height: 40, compressionLevel: 1, layout: .palette(colours), runLength: true)
        #expect(writer.bytesPerPixel == 1)
        try indices.withUnsafeBufferPointer { try writer.writeRows(40, from: $0.baseAddress!) }
        try writer.finish()
        let expected = RGBAImage(width: 50, height: 40, pixels: indices.flatMap { colours[Int($0)] })
        #expect(try ImageReader.decode(url) == expected, "transparent black survives through tRNS")
        #expect(throws: ImagingError.self) { try PNGRowWriter(dir.appendingPathComponent("none.png"), width: 5, height: 5, layout: .palette([])) }
    }

    /// Run-length palette and RGBA images are deflated in pieces (here on two threads at once,
    /// mixed with whole writes) joined into one zlib stream; libpng (palette) and the own
    /// IDAT reader (RGBA) must decode exactly the rows written.
    @Test(arguments: [true, false])
    func piecesCompressedConcurrentlyDecodeToTheRowsWritten(palette: Bool) throws {
        let dir = try Fixtures.temporaryDirectory()
        let colours: [[UInt8]] = [[0, 0, 0, 0], [255, 0, 0, 255], [240, 240, 240, 255], [9, 99, 199, 128]]
        let width = 61, height = 45, bytes = palette ? 1 : 4
        let indices: [UInt8] = (0..<width * height).map { (i: Int) -> UInt8 in UInt8((i / 9 + i / 400) % 4) }
        let rows: [UInt8] = palette ? indices : indices.flatMap { colours[Int($0)] }
        let url = dir.appendingPathComponent("pieces.png")
        let writer = try PNGRowWriter(url, width: width, height: height, compressionLevel: 1,
                                      layout: palette ? .palette(colours) : .rgba, runLength: true)
        #expect(writer.pieces == 2)
        try rows.withUnsafeBufferPointer { all in
            let base = all.baseAddress!
            func inPieces(_ range: Range<Int>) throws {
                let half = range.count / 2
                nonisolated(unsafe) let (shared, source) = (writer, base)  // distinct pieces touch distinct state
                DispatchQueue.concurrentPerform(iterations: 2) { piece in
                    let start = range.lowerBound + piece * half
                    shared.compress(piece: piece, rows: piece == 0 ? half : range.count - half, from: source + start * width * bytes)
                }
                try writer.appendPieces(2, rows: range.count)
            }
            try inPieces(0..<10)
            try writer.writeRows(7, from: base + 10 * width * bytes)
            try inPieces(17..<45)
        }
        try writer.finish()
        let expected = RGBAImage(width: width, height: height, pixels: indices.flatMap { colours[Int($0)] })
        #expect(try ImageReader.decode(url) == expected)
        let early = try PNGRowWriter(dir.appendingPathComponent("early.png"), width: 2, height: 2, layout: .rgba, runLength: true)
        #expect(throws: ImagingError.self, "a piece appended before it was compressed") { try early.appendPieces(1, rows: 1) }
        let libpngPath = try PNGRowWriter(dir.appendingPathComponent("rgb.png"), width: 2, height: 2, layout: .rgb, runLength: true)
        #expect(libpngPath.pieces == 0, "RGB drops alpha through libpng")
    }
}
