public import Foundation

/// A decoder that hands out 8-bit RGBA rows top to bottom, a band at a time, so a caller
/// that works band by band never holds the whole image.
public protocol RowReader: AnyObject {
    var path: String { get }
    var width: Int { get }
    var height: Int { get }
    /// Rows already delivered.
    var rowsRead: Int { get }
    /// Decodes the next `count` rows into `buffer` (at least `count * width * 4` bytes).
    func readRows(_ count: Int, into buffer: UnsafeMutablePointer<UInt8>) throws
}

extension RowReader {
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
