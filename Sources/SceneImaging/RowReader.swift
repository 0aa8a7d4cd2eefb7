public import Foundation

/// A decoder that hands out 8-bit RGBA rows top to bottom, a band at a time, so a caller
/// that works band by band never holds the whole image.
public protocol RowReader: AnyObject {
    var path: String { get }
    var width: Int { get }
    var height: Int { get }
    /// Rows already delivered.
    var rowsRead: Int { get }
    /// Every pixel has alpha 255, by the file's kind (no alpha channel, no transparent colour).
    var isOpaque: Bool { get }
    /// Decodes the next `count` rows into `buffer` (at least `count * width * 4` bytes).
    func readRows(_ count: Int, into buffer: UnsafeMutablePointer<UInt8>) throws
    /// Asks the reader, before its first row, to keep restart points while it streams so that
    /// `seek(toRow:)` can go back without decoding from the top. False when it cannot.
    func keepCheckpoints() throws -> Bool
    /// Moves so the next `readRows` starts at `row`. Forward is always possible (the rows in
    /// between are decoded and dropped); backward only with checkpoints (else false, nothing moved).
    func seek(toRow row: Int) throws -> Bool
}

extension RowReader {
    public func keepCheckpoints() throws -> Bool { false }

    public func seek(toRow row: Int) throws -> Bool {
        guard row >= rowsRead else { return false }
        try skipRows(row - rowsRead)
        return true
    }

    /// Decodes and drops the next `count` rows.
    func skipRows(_ count: Int) throws {
        guard count > 0 else { return }
        let band = min(count, 64)
        var scratch = [UInt8](repeating: 0, count: band * width * 4)
        var left = count
        try scratch.withUnsafeMutableBufferPointer { buffer in
            while left > 0 {
                let n = min(band, left)
                try readRows(n, into: buffer.baseAddress!)
                left -= n
            }
        }
    }

    /// Reads every remaining row into one image.
    public func readImage() throws -> RGBAImage {
        let remaining = height - rowsRead
        var pixels = [UInt8](repeating: 0, count: width * remaining * 4)
        try pixels.withUnsafeMutableBufferPointer { try readRows(remaining, into: $0.baseAddress!) }
        return RGBAImage(width: width, height: remaining, pixels: pixels)
    }
}

/// Opens PNG and JPEG files by their signature.
public enum ImageReader {
    public enum Format: String, Sendable { case png, jpeg }

    /// The format by magic bytes; throws for empty, unreadable or unknown files.
    public static func sniff(_ url: URL) throws -> Format {
        let path = url.path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImagingError(path: path, problem: .unreadable, message: "cannot open file")
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        if head.isEmpty { throw ImagingError(path: path, problem: .empty, message: "empty file (zero length)") }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        throw ImagingError(path: path, problem: .notAnImage, message: "not a PNG or JPEG file (unknown signature)")
    }

    /// A row reader for the file, after checking its header against `limits`.
    public static func open(_ url: URL, limits: DecodeLimits = DecodeLimits()) throws -> any RowReader {
        switch try sniff(url) {
        case .png: return try PNGRowReader(url, limits: limits)
        case .jpeg: return try JPEGRowReader(url, limits: limits)
        }
    }

    /// Decodes a whole PNG or JPEG to RGBA8.
    public static func decode(_ url: URL, limits: DecodeLimits = DecodeLimits()) throws -> RGBAImage {
        try open(url, limits: limits).readImage()
    }
}
