public import Foundation
public import SceneBundle

/// `journal.jsonl`: one line per execution state change, appended and fsync'ed before the
/// next step, so a run killed at any moment can be resumed from it. The journal is the truth:
/// an execution is done once its terminal line is on disk. A line that cannot be written throws
/// a `StorageError` (the scheduler then stops the run) and leaves no fragment behind.
public actor Journal {
    public let url: URL
    private var file: AppendOnlyFile
    private let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    /// Opens (or creates) the journal; a torn last line left by a killed process is cut off.
    public init(url: URL) throws {
        self.url = url
        file = try AppendOnlyFile(url: url)
    }

    /// Bytes of a torn last line cut off when the journal was opened.
    public var droppedTornTail: Int { file.droppedTornTail }

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
        try file.append(lines)
        try await Blocking.run(file.synchronize)
    }

    public func close() { file.close() }

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
