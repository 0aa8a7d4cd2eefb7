public import Foundation
import CSceneCodecs

/// Streams a JPEG (grey, YCbCr, CMYK/YCCK) as 8-bit RGBA rows. CMYK is converted
/// naively (no colour profile), honouring Adobe's inverted CMYK convention.
public final class JPEGRowReader: RowReader {
    public let path: String
    public let width: Int
    public let height: Int
    public let isCMYK: Bool
    public var isOpaque: Bool { true }
    public private(set) var rowsRead = 0
    private let reader: OpaquePointer
    private let adobeInverted: Bool

    public init(_ url: URL, limits: DecodeLimits = DecodeLimits()) throws {
        path = url.path
        guard let reader = scene_jpeg_reader_open(path) else {
            throw ImagingError(path: path, problem: .unreadable, message: "out of memory")
        }
        self.reader = reader
        let info = scene_jpeg_reader_info(reader)
        width = Int(info.width); height = Int(info.height)
        isCMYK = info.cmyk != 0; adobeInverted = info.adobe_inverted != 0
        try check()
        try limits.check(width: width, height: height, path: path)
        if scene_jpeg_reader_start(reader) != 0 { try check() }
    }

    deinit { scene_jpeg_reader_close(reader) }

    public func readRows(_ count: Int, into buffer: UnsafeMutablePointer<UInt8>) throws {
        precondition(count >= 0 && rowsRead + count <= height, "reading past the last row")
        if scene_jpeg_reader_read_rows(reader, buffer, width * 4, UInt32(count)) != 0 { try check() }
        if isCMYK { convertCMYK(buffer, pixels: count * width) }
        rowsRead += count
    }

    private func convertCMYK(_ p: UnsafeMutablePointer<UInt8>, pixels: Int) {
        for i in stride(from: 0, to: pixels * 4, by: 4) {
            var c = Int(p[i]), m = Int(p[i + 1]), y = Int(p[i + 2]), k = Int(p[i + 3])
            if !adobeInverted { c = 255 - c; m = 255 - m; y = 255 - y; k = 255 - k }
            p[i] = UInt8(c * k / 255); p[i + 1] = UInt8(m * k / 255); p[i + 2] = UInt8(y * k / 255); p[i + 3] = 255
        }
    }

    private func check() throws {
        let message = String(cString: scene_jpeg_reader_error(reader))
        if !message.isEmpty { throw ImagingError.fromCodec(path: path, format: "JPEG", message: message) }
    }
}
