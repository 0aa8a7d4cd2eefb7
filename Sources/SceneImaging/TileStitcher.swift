public import Foundation

/// Joins a full-page screenshot taken in tiles (top to bottom, one width) into one PNG, band by
/// band: memory is one band of rows whatever the page's height.
public enum TileStitcher {
    /// Rows copied at a time.
    static let bandRows = 256

    /// Writes `tiles` one under the other into `output` (8-bit RGB, or RGBA when a tile may hold
    /// transparency) and returns its size. Every tile must be as wide as the first; the joined
    /// image must be within `limits`. `output` is written whole or not at all (temporary name + rename).
    @discardableResult
    public static func stitch(_ tiles: [URL], to output: URL, limits: DecodeLimits = DecodeLimits(),
                              compressionLevel: Int = 1) throws -> (width: Int, height: Int) {
        guard let first = tiles.first else {
            throw ImagingError(path: output.path, problem: .writeFailed, message: "no tiles to stitch")
        }
        var width = 0, height = 0, alpha = false
        for tile in tiles {
            let reader = try PNGRowReader(tile, limits: limits)
            if tile == first { width = reader.width }
            guard reader.width == width else {
                throw ImagingError(path: tile.path, problem: .corrupt,
                                   message: "tile is \(reader.width) px wide, the first tile \(width) px")
            }
            height += reader.height
            alpha = alpha || !reader.isOpaque
        }
        try limits.check(width: width, height: height, path: output.path)
        let temporary = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try write(tiles, to: temporary, width: width, height: height, layout: alpha ? .rgba : .rgb,
                      limits: limits, compressionLevel: compressionLevel)
            if FileManager.default.fileExists(atPath: output.path) { try FileManager.default.removeItem(at: output) }
            try FileManager.default.moveItem(at: temporary, to: output)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if error is ImagingError { throw error }
            throw ImagingError(path: output.path, problem: .writeFailed, message: "cannot write PNG: \(error.localizedDescription)")
        }
        return (width, height)
    }

    private static func write(_ tiles: [URL], to url: URL, width: Int, height: Int, layout: PNGRowWriter.Layout,
                              limits: DecodeLimits, compressionLevel: Int) throws {
        let writer = try PNGRowWriter(url, width: width, height: height, compressionLevel: compressionLevel, layout: layout)
        var band = [UInt8](repeating: 0, count: width * 4 * min(bandRows, height))
        try band.withUnsafeMutableBufferPointer { buffer in
            for tile in tiles {
                let reader = try PNGRowReader(tile, limits: limits)
                while reader.rowsRead < reader.height {
                    let rows = min(bandRows, reader.height - reader.rowsRead)
                    try reader.readRows(rows, into: buffer.baseAddress!)
                    try writer.writeRows(rows, from: buffer.baseAddress!)
                }
            }
        }
        try writer.finish()
    }
}
