public import Foundation
public import SceneBundle

/// `journal.jsonl`: one line per execution state change, appended and fsync'ed before the
/// next step, so a run killed at any moment can be resumed from it.
public actor Journal {
    public let url: URL
    private let handle: FileHandle
    private let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    public init(url: URL) throws {
        self.url = url
        if !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
            }
        }
        handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
    }

    public func append(_ entry: JournalEntry) async throws {
        try await append(contentsOf: [entry])
    }

    /// Appends several entries with one write and one fsync (the queued state of a whole plan).
    /// Returns once they are on disk. The fsync waits outside the actor and the cooperative
    /// thread pool; lines appended meanwhile are written after these, and covered by their own fsync.
    public func append(contentsOf entries: [JournalEntry]) async throws {
        var lines = Data()
        for entry in entries {
            lines.append(try encoder.encode(entry))
            lines.append(0x0A)
        }
        try handle.write(contentsOf: lines)
        let handle = self.handle
        try await Blocking.run { try handle.synchronize() }
    }

    public func close() { try? handle.close() }

    /// The last entry of every execution, in the order executions first appear. A torn last
    /// line (the process died mid-write) is ignored.
    public static func latestStates(at url: URL) -> [String: JournalEntry] {
        guard let data = try? Data(contentsOf: url) else { return [:] }
        var latest: [String: JournalEntry] = [:]
        for line in data.split(separator: 0x0A) {
            if let entry = try? BundleIO.decoder.decode(JournalEntry.self, from: Data(line)) { latest[entry.executionId] = entry }
        }
        return latest
    }
}
