import Foundation
import ZIPFoundation

/// Writes test archives: hostile names, huge entries, hand-made NDJSON.
enum ZipBuilder {
    static func write(_ entries: [(String, Data)], to url: URL, compression: CompressionMethod = .deflate) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// An entry produced chunk by chunk (never whole in memory).
    static func writeStreamed(name: String, size: Int64, to url: URL, compression: CompressionMethod,
                              chunk: (Int64, Int) -> Data) throws {
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(with: name, type: .file, uncompressedSize: size, compressionMethod: compression, bufferSize: 1 << 20) { position, size in
            chunk(position, size)
        }
    }

    static func lines(_ lines: [String]) -> Data { Data((lines.joined(separator: "\n") + "\n").utf8) }

    static let header = #"{"version":10,"type":"context-options","origin":"library","browserName":"chromium","playwrightVersion":"1.65.1","options":{},"platform":"linux","wallTime":1000000,"monotonicTime":10,"sdkLanguage":"python"}"#

    static func click(_ id: Int, at t: Double) -> [String] {
        ["{\"type\":\"before\",\"callId\":\"c\(id)\",\"startTime\":\(t),\"class\":\"Frame\",\"method\":\"click\",\"params\":{\"selector\":\"#b\(id)\"}}",
         "{\"type\":\"after\",\"callId\":\"c\(id)\",\"endTime\":\(t + 5)}"]
    }
}
