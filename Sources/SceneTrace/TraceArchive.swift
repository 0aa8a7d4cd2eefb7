public import Foundation
import ZIPFoundation

/// A Playwright `trace.zip` opened for reading, never extracted to disk.
/// Entry names and sizes are checked when it opens; inflated bytes are counted
/// again while streaming, so a header that lies about sizes cannot blow memory.
public final class TraceArchive {
    /// One entry of the archive, as listed by its central directory.
    public struct EntryInfo: Sendable, Equatable {
        public var path: String
        public var uncompressedSize: UInt64
        public var compressedSize: UInt64
    }

    public let entries: [EntryInfo]
    private let archive: Archive
    private let limits: TraceLimits
    private var inflatedTotal: UInt64 = 0

    /// Opens the archive at `url` (read straight from the file).
    public convenience init(url: URL, limits: TraceLimits = .default) throws {
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw TraceError.corrupt("cannot read \(url.path)")
        }
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw TraceError.corrupt("\(url.lastPathComponent) is not a readable zip archive (truncated or not a zip)")
        }
        try self.init(archive: archive, limits: limits)
    }

    /// Opens an archive held in memory. The bytes go through an unlinked temporary file:
    /// ZIPFoundation's in-memory backend crashes on offsets past the end (found by the tracezip fuzz target,
    /// Fuzz/corpus/tracezip/crash-offset-past-end.zip), its file backend reads them as truncation.
    public convenience init(data: Data, limits: TraceLimits = .default) throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("scene-trace-\(UUID().uuidString).zip")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw TraceError.corrupt("cannot stage the archive in \(temporary.deletingLastPathComponent().path)")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        let archive: Archive
        do { archive = try Archive(url: temporary, accessMode: .read) } catch {
            throw TraceError.corrupt("not a readable zip archive (truncated or not a zip)")
        }
        try self.init(archive: archive, limits: limits)
    }

    private init(archive: Archive, limits: TraceLimits) throws {
        self.archive = archive
        self.limits = limits
        var infos: [EntryInfo] = []
        var declaredTotal: UInt64 = 0
        for entry in archive {
            guard infos.count < limits.maxEntries else {
                throw TraceError.limitExceeded("more than \(limits.maxEntries) entries")
            }
            let path = entry.path
            try Self.checkName(path)
            guard entry.uncompressedSize <= limits.maxEntryBytes else {
                throw TraceError.limitExceeded("entry '\(path)' declares \(entry.uncompressedSize) bytes, above the \(limits.maxEntryBytes)-byte limit")
            }
            declaredTotal &+= entry.uncompressedSize
            guard declaredTotal <= limits.maxTotalBytes else {
                throw TraceError.limitExceeded("entries declare more than \(limits.maxTotalBytes) bytes in total")
            }
            infos.append(EntryInfo(path: path, uncompressedSize: entry.uncompressedSize, compressedSize: entry.compressedSize))
        }
        entries = infos
    }

    /// Refuses names that would escape a folder if someone did extract the archive.
    static func checkName(_ path: String) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "\\", omittingEmptySubsequences: false) }
        let driveLetter = parts.first.map { $0.count == 2 && $0.last == ":" } ?? false
        if path.hasPrefix("/") || path.hasPrefix("\\") || driveLetter || parts.contains("..") {
            throw TraceError.unsafeEntry(path)
        }
    }

    /// Streams one entry's inflated bytes to `consumer` in chunks, enforcing the limits. What the
    /// consumer throws (e.g. a write that failed) comes out as it is, not as a damaged archive.
    public func stream(_ path: String, consumer: (Data) throws -> Void) throws {
        guard let entry = archive[path] else { throw TraceError.corrupt("missing entry '\(path)'") }
        var entryBytes: UInt64 = 0
        let limits = self.limits
        var total = inflatedTotal
        do {
            _ = try archive.extract(entry, bufferSize: 256 * 1024, skipCRC32: false) { chunk in
                entryBytes += UInt64(chunk.count)
                total += UInt64(chunk.count)
                if entryBytes > limits.maxEntryBytes || entryBytes > entry.uncompressedSize {
                    throw TraceError.limitExceeded("entry '\(path)' inflates beyond its limit (\(min(limits.maxEntryBytes, entry.uncompressedSize)) bytes)")
                }
                if total > limits.maxTotalBytes {
                    throw TraceError.limitExceeded("archive inflates beyond \(limits.maxTotalBytes) bytes in total")
                }
                do { try consumer(chunk) } catch { throw ConsumerFailure(error: error) }
            }
        } catch let failure as ConsumerFailure {
            throw failure.error
        } catch let error as TraceError {
            throw error
        } catch {
            throw TraceError.corrupt("entry '\(path)' cannot be inflated (\(error)); the archive is truncated or damaged")
        }
        inflatedTotal = total
    }

    private struct ConsumerFailure: Error { var error: any Error }

    /// The whole entry in memory; only for small entries (stacks, metadata).
    public func data(_ path: String) throws -> Data {
        var out = Data()
        try stream(path) { out.append($0) }
        return out
    }
}
