public import Foundation

/// Reading and writing run bundles. Every write goes to a temporary name in the same
/// folder and is renamed, so a killed process never leaves half a file behind.
public enum BundleIO {
    public static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }()
    public static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }()

    /// Writes `data` to `url` atomically (temporary file + rename).
    public static func writeAtomically(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0 ... .max)).tmp")
        try data.write(to: tmp)
        if rename(tmp.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: tmp)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, NSLocalizedDescriptionKey: "rename failed: \(String(cString: strerror(code)))"])
        }
    }

    public static func writeJSON<T: Encodable>(_ value: T, to url: URL) throws {
        var data = try encoder.encode(value)
        data.append(0x0A)
        try writeAtomically(data, to: url)
    }

    public static func readJSON<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
        try decoder.decode(type, from: Data(contentsOf: url))
    }

    /// At most `limit` bytes of a regular file, or nil when it is absent, unreadable, a
    /// symbolic link (it could point outside the bundle) or not a regular file (a FIFO
    /// would block the build).
    public static func readRegularFile(_ path: String, upTo limit: Int) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var data = Data(count: min(limit, max(0, Int(info.st_size)) + 1))
        var length = 0
        let ok = data.withUnsafeMutableBytes { buffer -> Bool in
            while length < buffer.count {
                let n = Foundation.read(fd, buffer.baseAddress! + length, buffer.count - length)
                if n < 0 { if errno == EINTR { continue }; return false }
                if n == 0 { break }
                length += n
            }
            return true
        }
        guard ok else { return nil }
        data.count = length
        return data
    }
}
