import Foundation
import Testing
@testable import SceneImaging

@Suite struct BadInputTests {
    static let cases: [(String, ImagingError.Problem, String)] = [
        ("bad-empty.png", .empty, "empty file (zero length)"),
        ("bad-not-png.png", .notAnImage, "not a PNG or JPEG file"),
        ("bad-truncated.png", .truncated, "truncated PNG"),
        ("bad-crc.png", .corrupt, "corrupt PNG: IHDR: CRC error"),
        ("bad-tall.png", .tooLarge, "image too large: 2000x100000 exceeds the pixel limit of 100000000 pixels"),
        ("bad-bomb.png", .tooLarge, "image too large: 30000x30000"),
        ("bad-depth.png", .corrupt, "corrupt PNG"),
        ("bad-idat-crc.png", .corrupt, "corrupt PNG: IDAT: CRC error"),
        ("bad-filter.png", .corrupt, "corrupt PNG: bad adaptive filter value"),
        ("bad-short-idat.png", .truncated, "truncated PNG: Not enough image data"),
        ("bad-deflate.png", .corrupt, "corrupt PNG: IDAT: invalid"),
        ("bad-truncated.jpg", .truncated, "truncated JPEG"),
        ("missing-file.png", .unreadable, "cannot open file"),
    ]

    @Test(arguments: cases.indices)
    func clearErrorNamingFileAndProblem(index: Int) throws {
        let (name, problem, text) = Self.cases[index]
        let url = Fixtures.url(name)
        do {
            _ = try ImageReader.decode(url)
            Issue.record("\(name) decoded without error")
        } catch let error as ImagingError {
            #expect(error.problem == problem, "\(name): \(error)")
            #expect(error.message.contains(text), "\(name): \(error)")
            #expect(error.description.hasPrefix("\(url.path): error: "))
        }
    }

    @Test func pixelLimitIsConfigurable() throws {
        #expect(throws: ImagingError.self) { try ImageReader.decode(Fixtures.url("rgb8.png"), limits: DecodeLimits(maxPixels: 34)) }
        #expect(try ImageReader.decode(Fixtures.url("rgb8.png"), limits: DecodeLimits(maxPixels: 35)).width == 7)
    }

    @Test func pngReaderRejectsJPEGWithClearMessage() throws {
        #expect {
            _ = try PNGRowReader(Fixtures.url("cmyk.jpg"))
        } throws: { ($0 as? ImagingError)?.message == "not a PNG file (bad signature)" }
    }
}
