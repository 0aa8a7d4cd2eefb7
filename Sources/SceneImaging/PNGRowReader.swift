public import Foundation
import CSceneCodecs

/// Streams a PNG of any kind (1-16 bit, grey, grey+alpha, palette, tRNS, RGB, RGBA)
/// as 8-bit RGBA rows. 16-bit samples are scaled (not truncated) to 8 bits; gamma is
/// not applied. Interlaced PNGs cannot be read row by row, so they are decoded whole
/// on the first read and then served from memory.
public final class PNGRowReader: RowReader {
    public let path: String
    public let width: Int
    public let height: Int
    public let bitDepth: Int
    public let interlaced: Bool
    public let isOpaque: Bool
    public private(set) var rowsRead = 0
    private let reader: OpaquePointer
    private var wholeImage: [UInt8]?

    public init(_ url: URL, limits: DecodeLimits = DecodeLimits()) throws {
        path = url.path
        guard let reader = scene_png_reader_open(path) else {
            throw ImagingError(path: path, problem: .unreadable, message: "out of memory")
        }
        self.reader = reader
        let info = scene_png_reader_info(reader)
        width = Int(info.width); height = Int(info.height)
        bitDepth = Int(info.bit_depth); interlaced = info.interlaced != 0
        isOpaque = info.color_type & 4 == 0 && info.has_trns == 0  // PNG_COLOR_MASK_ALPHA
        try check()
        try limits.check(width: width, height: height, path: path)
        if scene_png_reader_start_rgba8(reader) != 0 { try check() }
    }

    deinit { scene_png_reader_close(reader) }

    public func readRows(_ count: Int, into buffer: UnsafeMutablePointer<UInt8>) throws {
        precondition(count >= 0 && rowsRead + count <= height, "reading past the last row")
        let rowBytes = width * 4
        if interlaced {
            if wholeImage == nil {
                var pixels = [UInt8](repeating: 0, count: rowBytes * height)
                let failed = pixels.withUnsafeMutableBufferPointer {
                    scene_png_reader_read_image(reader, $0.baseAddress!, rowBytes) != 0
                }
                if failed { try check() }
                wholeImage = pixels
            }
            wholeImage!.withUnsafeBufferPointer {
                buffer.update(from: $0.baseAddress! + rowsRead * rowBytes, count: count * rowBytes)
            }
        } else if scene_png_reader_read_rows(reader, buffer, rowBytes, UInt32(count)) != 0 {
            try check()
        }
        rowsRead += count
    }

    /// Restart points every `height / 48` rows (at least 32), for 8-bit RGB/RGBA PNGs (screenshots) and
    /// interlaced ones (held whole anyway): ~40 KB of inflate state plus one row each.
    public func keepCheckpoints() throws -> Bool {
        if interlaced { return true }
        let interval = max(32, (height + 47) / 48)
        switch scene_png_reader_keep_checkpoints(reader, UInt32(interval)) {
        case 0: return true
        case -1: return false
        default: try check(); return false
        }
    }

    public func seek(toRow row: Int) throws -> Bool {
        precondition(row >= 0 && row <= height, "seeking outside the image")
        if interlaced { rowsRead = row; return true }  // decoded whole on the first read
        switch scene_png_reader_seek(reader, UInt32(row)) {
        case 0: rowsRead = row; return true
        case -1:
            guard row >= rowsRead else { return false }
            try skipRows(row - rowsRead)
            return true
        default: try check(); return false
        }
    }

    private func check() throws {
        let message = String(cString: scene_png_reader_error(reader))
        if !message.isEmpty { throw ImagingError.fromCodec(path: path, format: "PNG", message: message) }
    }
}
