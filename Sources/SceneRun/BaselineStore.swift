public import Foundation
public import SceneBundle
public import SceneAnalyze

/// The approved screenshots of a project (laid out as `BaselinesFolder` says): looked up, and
/// promoted with their meta file, their elements, their layout snapshot, their run's trace and an audit line.
public struct BaselineStore: Sendable {
    public let folder: BaselinesFolder
    public init(root: URL) { folder = BaselinesFolder(root: root) }


    public func exists(_ key: ExecutionKey) -> Bool { FileManager.default.fileExists(atPath: folder.imageURL(key).path) }

    /// The baseline's meta file, nil when it has none or it cannot be read.
    public func meta(_ key: ExecutionKey) -> BaselineMeta? { try? BundleIO.readJSON(BaselineMeta.self, from: folder.metaURL(key)) }

    /// Copies `observed` into place (temporary name + rename), writes its meta and an audit line.
    /// The run's captured `elements`, its `layout` snapshot and its (already redacted) `trace` come
    /// along; a run without them leaves none behind, so healing, explanations and trace comparisons
    /// never use another screenshot's.
    /// The image goes last but the audit line: a promotion cut short (a full disk) leaves either no
    /// new image, or one whose meta names this run, which the run's resume then records again.
    @discardableResult
    public func promote(observed: URL, elements: BaselineElements? = nil, trace: URL? = nil, layout: URL? = nil,
                        captureDigest: String? = nil, key: ExecutionKey, runId: String, action: BaselineAction,
                        user: String = BaselineStore.currentUser(), now: Date = Date()) throws -> BaselineMeta {
        let data = try Data(contentsOf: observed)
        let size = PNGHeader.size(of: data)
        if let elements, !elements.entries.isEmpty {
            try BundleIO.writeJSON(elements, to: folder.elementsURL(key))
        } else {
            try removeIfPresent(folder.elementsURL(key))
        }
        if let layout, let snapshot = BundleIO.readRegularFile(layout.path, upTo: PageLayout.maxBytes) {
            try BundleIO.writeAtomically(snapshot, to: folder.layoutURL(key))
        } else {
            try removeIfPresent(folder.layoutURL(key))
        }
        if let trace, FileManager.default.fileExists(atPath: trace.path) {
            try BundleIO.copyAtomically(from: trace, to: folder.traceURL(key))
        } else {
            try removeIfPresent(folder.traceURL(key))
        }
        let meta = BaselineMeta(executionId: key.id, runId: runId, action: action, recordedAt: now, recordedBy: user,
                                width: size?.width, height: size?.height, bytes: data.count, captureDigest: captureDigest)
        try BundleIO.writeJSON(meta, to: folder.metaURL(key))
        try BundleIO.writeAtomically(data, to: folder.imageURL(key))
        try appendAudit(AuditEntry(time: now, user: user, action: action, executionId: key.id, runId: runId,
                                   baseline: folder.relativePath(key)))
        return meta
    }

    private func removeIfPresent(_ url: URL) throws {
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
    }

    /// Appends one line to `audit.jsonl` and flushes it to disk. Several runs (and executions of one
    /// run) promote at once, so the line goes in one `write(2)` on an `O_APPEND` descriptor: lines of
    /// concurrent writers never interleave (no read-and-repair, which could cut another's line).
    public func appendAudit(_ entry: AuditEntry) throws {
        var line = try BundleIO.lineEncoder.encode(entry)
        line.append(0x0A)
        try BundleIO.append(line, to: folder.auditURL)
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
    /// The runner's digest of the capture (`CaptureSummary.digest`): a later capture with the same
    /// digest is the same screenshot, and is not retaken.
    public var captureDigest: String?
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

/// What a run does with the baselines: `scene run` compares (a missing baseline fails its
/// execution), `--update-baselines=missing` records the missing ones, `--update-baselines` replaces all.
public enum BaselineUpdate: String, Sendable, Equatable, CaseIterable, Codable {
    /// Compare every screenshot with its approved baseline; without one, the execution fails.
    case none
    /// Record the baselines that do not exist yet (a new project, new pages); compare the others.
    case missing
    /// Every screenshot of the run becomes its baseline.
    case all

    /// The one rule for an execution's baseline in a run: compare with the approved one, record
    /// the screenshot as the baseline, or fail for want of one. `layout`: the baseline's layout
    /// snapshot, which explains a difference in words.
    public func decision(exists: Bool, baseline: URL, layout: URL?) -> ExecutionAnalysis.Baseline {
        switch self {
        case .all: return .record
        case .missing: return exists ? .compare(baseline, layout: layout) : .record
        case .none: return exists ? .compare(baseline, layout: layout) : .missing(baseline)
        }
    }

    /// Also reads the `true`/`false` that plan.json held before the modes existed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) { self = flag ? .all : .none; return }
        let text = try container.decode(String.self)
        guard let mode = BaselineUpdate(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown baseline update mode '\(text)'")
        }
        self = mode
    }
}
