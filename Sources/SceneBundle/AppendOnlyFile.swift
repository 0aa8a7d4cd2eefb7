public import Foundation

/// A file of newline-terminated lines that only grows and has one writer at a time (`journal.jsonl`:
/// one scene process per run, one actor; `webhooks.jsonl`: one actor): every append lands whole or
/// not at all. A write that fails (a full disk) is cut back to the last whole line before its
/// `StorageError` is thrown, and a torn last line (a process killed mid-write) is cut off when the
/// file is opened, so the next line never lands glued to a fragment. Not for files several
/// processes append to at once (`baselines/audit.jsonl`): the repair could cut another's line.
public struct AppendOnlyFile {
    public let url: URL
    private let handle: FileHandle
    /// Bytes of whole lines: where the next line goes.
    private var length: UInt64
    /// Bytes of a torn last line cut off on opening (0: the file ended with a newline).
    public let droppedTornTail: Int

    /// Opens `url` for appending, creating it (and its folder) when missing.
    public init(url: URL) throws {
        self.url = url
        do {
            if !FileManager.default.fileExists(atPath: url.path) {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                    throw StorageError(path: url.path, errno: errno)
                }
            }
            handle = try FileHandle(forUpdating: url)
            let end = try handle.seekToEnd()
            length = try Self.wholeLinesLength(handle, size: end)
            droppedTornTail = Int(end - length)
            if droppedTornTail > 0 {
                try handle.truncate(atOffset: length)
                try handle.synchronize()
            }
            try handle.seek(toOffset: length)
        } catch {
            throw StorageError(path: url.path, error: error)
        }
    }

    /// Appends `lines` (each ending with a newline). On failure the file is cut back to what it
    /// held before and the error names the file.
    public mutating func append(_ lines: Data) throws {
        do {
            try handle.write(contentsOf: lines)
            length += UInt64(lines.count)
        } catch {
            try? handle.truncate(atOffset: length)
            try? handle.seek(toOffset: length)
            throw StorageError(path: url.path, error: error)
        }
    }

    /// Flushes what was appended to the disk. Safe to call from another thread than `append`'s.
    public var synchronize: @Sendable () throws -> Void {
        let handle = handle, path = url.path
        return {
            do { try handle.synchronize() } catch { throw StorageError(path: path, error: error) }
        }
    }

    public func close() { try? handle.close() }

    /// The size of the file up to and including its last newline.
    private static func wholeLinesLength(_ handle: FileHandle, size: UInt64) throws -> UInt64 {
        var end = size
        let window: UInt64 = 64 * 1024
        while end > 0 {
            let start = end > window ? end - window : 0
            try handle.seek(toOffset: start)
            let chunk = try handle.read(upToCount: Int(end - start)) ?? Data()
            if let newline = chunk.lastIndex(of: 0x0A) { return start + UInt64(newline - chunk.startIndex) + 1 }
            end = start
        }
        return 0
    }
}
