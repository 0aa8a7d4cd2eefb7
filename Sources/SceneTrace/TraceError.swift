public import SceneBundle

/// Why a trace could not be read. Every case carries a message a user can act on.
public enum TraceError: SceneError, Sendable, Equatable {
    /// The file is not a zip archive, is truncated, or an entry fails its checksum.
    case corrupt(String)
    /// The archive breaks a safety limit (entry count, sizes, line length).
    case limitExceeded(String)
    /// An entry name escapes the archive (`../`, absolute path).
    case unsafeEntry(String)
    /// The archive holds no `*.trace` file.
    case noTraceFile
    /// The trace was written by a newer Playwright than this reader knows.
    case unsupportedVersion(Int, maxKnown: Int)
    /// An expected-actions file (metadata.json, codegen JSONL) is unusable.
    case badExpectations(String)

    public var message: String {
        switch self {
        case .corrupt(let why): return "corrupt trace archive: \(why)"
        case .limitExceeded(let why): return "trace archive refused: \(why)"
        case .unsafeEntry(let name): return "trace archive refused: unsafe entry name '\(name)' (absolute or contains '..')"
        case .noTraceFile: return "no *.trace file in the archive (is this a Playwright trace.zip?)"
        case .unsupportedVersion(let v, let known):
            return "trace format version \(v) is newer than the newest this Scene knows (\(known)); update Scene to read traces of newer Playwright versions"
        case .badExpectations(let why): return "bad expected actions: \(why)"
        }
    }

    public var hint: String? {
        guard case .unsupportedVersion = self else { return nil }
        return "open it with the Playwright that wrote it (playwright show-trace)"
    }
}

/// Safety limits applied while reading an archive. The defaults fit real traces with
/// room to spare and stop zip bombs long before memory runs out.
public struct TraceLimits: Sendable, Equatable {
    /// Most entries an archive may hold.
    public var maxEntries: Int
    /// Largest uncompressed size of one entry, in bytes (checked on the header and while inflating).
    public var maxEntryBytes: UInt64
    /// Largest uncompressed size of all entries read together, in bytes.
    public var maxTotalBytes: UInt64
    /// Longest NDJSON line parsed; longer lines are skipped and counted, never buffered whole.
    public var maxLineBytes: Int

    public init(maxEntries: Int = 50_000, maxEntryBytes: UInt64 = 1 << 30, maxTotalBytes: UInt64 = 2 << 30,
                maxLineBytes: Int = 64 << 20) {
        self.maxEntries = maxEntries; self.maxEntryBytes = maxEntryBytes; self.maxTotalBytes = maxTotalBytes
        self.maxLineBytes = maxLineBytes
    }
    public static let `default` = TraceLimits()
}
