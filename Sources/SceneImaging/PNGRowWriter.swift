public import Foundation
import CSceneCodecs

/// Writes an 8-bit PNG band by band, so large outputs need not be held whole.
public final class PNGRowWriter {
    public let path: String
    public let width: Int
    public let height: Int
    /// Bytes of one pixel in the rows handed over: 4 (RGBA), 1 for a palette.
    public let bytesPerPixel: Int
    public private(set) var rowsWritten = 0
    private let writer: OpaquePointer

    /// What the rows handed to the writer hold and how they are stored.
    public enum Layout: Sendable, Equatable {
        case rgba
        /// Alpha dropped (every pixel must be opaque).
        case rgb
        /// Rows of one byte a pixel (not RGBA): indices into these 1-256 colours (RGBA; alpha
        /// goes to tRNS). A third of RGB's bytes to compress.
        case palette([[UInt8]])
    }

    /// `compressionLevel` is zlib's 0-9; low levels trade size for speed. `runLength` uses
    /// zlib's RLE strategy without row filters: with a small layout it makes big, flat images fast.
    public init(_ url: URL, width: Int, height: Int, compressionLevel: Int = 6, layout: Layout = .rgba, runLength: Bool = false) throws {
        path = url.path; self.width = width; self.height = height
        var colours: [UInt8] = []
        let code: Int32
        if case .palette = layout { bytesPerPixel = 1 } else { bytesPerPixel = 4 }
        switch layout {
        case .rgba: code = Int32(SCENE_PNG_RGBA)
        case .rgb: code = Int32(SCENE_PNG_RGB)
        case .palette(let palette):
            precondition(palette.allSatisfy { $0.count == 4 }, "palette colours are RGBA")
            code = Int32(SCENE_PNG_PALETTE); colours = palette.flatMap { $0 }
        }
        guard width > 0, height > 0,
              let writer = scene_png_writer_open(path, UInt32(width), UInt32(height), Int32(compressionLevel), code,
                                                 runLength ? 1 : 0, colours, Int32(colours.count / 4)) else {
            throw ImagingError(path: url.path, problem: .writeFailed, message: "cannot write an empty or oversized PNG")
        }
        self.writer = writer
        try check()
    }

    deinit { scene_png_writer_close(writer) }

    public func writeRows(_ count: Int, from buffer: UnsafePointer<UInt8>) throws {
        precondition(rowsWritten + count <= height, "writing past the last row")
        if scene_png_writer_write_rows(writer, buffer, width * bytesPerPixel, UInt32(count)) != 0 { try check() }
        rowsWritten += count
    }

    /// How many pieces `compress(piece:rows:from:)` takes (0: write rows with `writeRows` only).
    /// Run-length RGBA and palette images are deflated by this writer itself, in pieces that
    /// may be compressed on different threads and are then joined into one zlib stream.
    public var pieces: Int { Int(scene_png_writer_pieces(writer)) }

    /// Deflates `count` rows into piece `piece` (below `pieces`). Distinct pieces may be
    /// compressed at the same time; `appendPieces` then adds them to the file in order.
    public func compress(piece: Int, rows count: Int, from buffer: UnsafePointer<UInt8>) {
        precondition(piece < pieces, "no such piece")
        scene_png_writer_compress(writer, Int32(piece), buffer, width * bytesPerPixel, UInt32(count))  // failures surface in appendPieces
    }

    /// Appends pieces 0..<`count`, compressed since the last call and holding `rows` rows together.
    public func appendPieces(_ count: Int, rows: Int) throws {
        precondition(rowsWritten + rows <= height, "writing past the last row")
        if scene_png_writer_append(writer, Int32(count)) != 0 { try check() }
        rowsWritten += rows
    }

    /// Finishes the file; every row must have been written.
    public func finish() throws {
        precondition(rowsWritten == height, "PNG finished before its last row")
        if scene_png_writer_finish(writer) != 0 { try check() }
    }

    private func check() throws {
        let message = String(cString: scene_png_writer_error(writer))
        if !message.isEmpty { throw ImagingError(path: path, problem: .writeFailed, message: "cannot write PNG: \(message)") }
    }
}

/// Whole-image encoders.
public enum ImageEncoder {
    public static func writePNG(_ image: RGBAImage, to url: URL, compressionLevel: Int = 6) throws {
        let writer = try PNGRowWriter(url, width: image.width, height: image.height, compressionLevel: compressionLevel)
        try image.pixels.withUnsafeBufferPointer { try writer.writeRows(image.height, from: $0.baseAddress!) }
        try writer.finish()
    }

    /// Baseline JPEG; alpha is dropped (composite first if it matters).
    public static func writeJPEG(_ image: RGBAImage, to url: URL, quality: Int = 85) throws {
        guard image.width > 0, image.height > 0 else {
            throw ImagingError(path: url.path, problem: .writeFailed, message: "cannot write an empty JPEG")
        }
        var error = [CChar](repeating: 0, count: Int(SCENE_ERROR_LEN))
        let failed = image.pixels.withUnsafeBufferPointer {
            scene_jpeg_write_rgba(url.path, $0.baseAddress!, UInt32(image.width), UInt32(image.height),
                                  image.width * 4, Int32(quality), &error) != 0
        }
        if failed {
            let message = String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw ImagingError(path: url.path, problem: .writeFailed, message: "cannot write JPEG: \(message)")
        }
    }
}
