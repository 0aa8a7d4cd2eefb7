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
    /// One JSON object a line (`*.jsonl` files): compact, keys sorted.
    public static let lineEncoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }()
    public static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }()

    /// Writes `data` to `url` atomically (temporary file + rename). A write that fails (a full
    /// disk) leaves no temporary file behind and throws a `StorageError` naming `url`.
    public static func writeAtomically(_ data: Data, to url: URL) throws {
        try replace(url) { try data.write(to: $0) }
    }

    /// Copies a file to `url` through a temporary name and a rename, without reading it into
    /// memory (a trace can be large).
    public static func copyAtomically(from source: URL, to url: URL) throws {
        try replace(url) { try FileManager.default.copyItem(at: source, to: $0) }
    }

    /// Writes a temporary file beside `url` with `write`, then renames it to `url`.
    private static func replace(_ url: URL, write: (URL) throws -> Void) throws {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0 ... .max)).tmp")
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try write(tmp)
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw StorageError(path: url.path, error: error)
        }
        if rename(tmp.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: tmp)
            throw StorageError(path: url.path, errno: code)
        }
    }

    /// Removes what `writeAtomically` calls of a process that is gone left under `root` (it was
    /// killed between writing and renaming): `.<name>.<pid>.<random>.tmp` files whose pid is not
    /// alive. Files of a live writer (another run sharing the baselines) are left alone.
    public static func removeTemporaryFiles(under root: URL) {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return }
        for case let url as URL in walker {
            let parts = url.lastPathComponent.split(separator: ".")
            guard url.lastPathComponent.hasPrefix("."), parts.count >= 4, parts.last == "tmp",
                  let pid = Int32(parts[parts.count - 3]), UInt32(parts[parts.count - 2]) != nil,
                  kill(pid, 0) != 0 && errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// Appends `data` (whole lines) to `url` in one `write(2)` on an `O_APPEND` descriptor and flushes
    /// it to disk, creating the file and its folder when missing. Several processes may append at
    /// once (baselines shared by runs): lines of concurrent writers never interleave, and nothing
    /// already in the file is read or repaired (which could cut another's line).
    public static func append(_ data: Data, to url: URL) throws {
        do { try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true) }
        catch { throw StorageError(path: url.path, error: error) }
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StorageError(path: url.path, errno: errno) }
        defer { close(fd) }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == data.count else { throw StorageError(path: url.path, errno: written < 0 ? errno : ENOSPC) }
        guard fsync(fd) == 0 else { throw StorageError(path: url.path, errno: errno) }
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
