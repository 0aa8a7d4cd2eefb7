public import Foundation
public import SceneBundle

/// The approved screenshots of a project (laid out as `BaselinesFolder` says): looked up, and
/// promoted with their meta file, their elements and an audit line.
public struct BaselineStore: Sendable {
    public let folder: BaselinesFolder
    public init(root: URL) { folder = BaselinesFolder(root: root) }


    public func exists(_ key: ExecutionKey) -> Bool { FileManager.default.fileExists(atPath: folder.imageURL(key).path) }

    /// Copies `observed` into place (temporary name + rename), writes its meta and an audit line.
    /// The run's captured `elements` come along; a run that captured none leaves no elements file
    /// behind, so healing never compares with elements of another screenshot's run.
    @discardableResult
    public func promote(observed: URL, elements: BaselineElements? = nil, key: ExecutionKey, runId: String, action: BaselineAction,
                        user: String = BaselineStore.currentUser(), now: Date = Date()) throws -> BaselineMeta {
        let data = try Data(contentsOf: observed)
        let size = PNGHeader.size(of: data)
        try BundleIO.writeAtomically(data, to: folder.imageURL(key))
        if let elements, !elements.entries.isEmpty {
            try BundleIO.writeJSON(elements, to: folder.elementsURL(key))
        } else if FileManager.default.fileExists(atPath: folder.elementsURL(key).path) {
            try FileManager.default.removeItem(at: folder.elementsURL(key))
        }
        let meta = BaselineMeta(executionId: key.id, runId: runId, action: action, recordedAt: now, recordedBy: user,
                                width: size?.width, height: size?.height, bytes: data.count)
        try BundleIO.writeJSON(meta, to: folder.metaURL(key))
        try appendAudit(AuditEntry(time: now, user: user, action: action, executionId: key.id, runId: runId,
                                   baseline: folder.relativePath(key)))
        return meta
    }

    /// Appends one line to `audit.jsonl` and flushes it to disk.
    public func appendAudit(_ entry: AuditEntry) throws {
        try FileManager.default.createDirectory(at: folder.root, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: folder.auditURL.path) {
            _ = FileManager.default.createFile(atPath: folder.auditURL.path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: folder.auditURL)
        defer { try? handle.close() }
        try handle.seekToEnd()
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(0x0A)
        try handle.write(contentsOf: line)
        try handle.synchronize()
    }

    public static func currentUser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["SCENE_USER"] ?? environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }
}

public enum BaselineAction: String, Codable, Sendable {
    /// Recorded because no baseline existed.
    case record
    /// Replaced by `scene run --update-baselines`.
    case update
    /// Promoted by `scene approve`.
    case approve
}

public struct BaselineMeta: Codable, Sendable, Equatable {
    public var schemaVersion = BundleSchema.version
    public var executionId: String
    public var runId: String
    public var action: BaselineAction
    public var recordedAt: Date
    public var recordedBy: String
    public var width: Int?
    public var height: Int?
    public var bytes: Int
}

/// One line of `baselines/audit.jsonl`.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var time: Date
    public var user: String
    public var action: BaselineAction
    public var executionId: String
    public var runId: String
    public var baseline: String
}

/// Width and height from a PNG's IHDR chunk, without decoding it.
enum PNGHeader {
    static func size(of data: Data) -> (width: Int, height: Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard data.count >= 24, Array(data.prefix(8)) == signature else { return nil }
        func be32(_ at: Int) -> Int { data[data.startIndex + at ..< data.startIndex + at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }
}
