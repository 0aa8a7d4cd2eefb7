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
}

/// A run bundle folder: `run.json`, `journal.jsonl`, `executions/<id>/`.
public struct RunBundle: Sendable {
    public let root: URL
    public init(root: URL) { self.root = root }

    public var manifestURL: URL { root.appendingPathComponent("run.json") }
    public var journalURL: URL { root.appendingPathComponent("journal.jsonl") }
    public var executionsURL: URL { root.appendingPathComponent("executions") }
    public func executionDirectory(_ id: String) -> URL { executionsURL.appendingPathComponent(id, isDirectory: true) }
    public func executionRecordURL(_ id: String) -> URL { executionDirectory(id).appendingPathComponent("execution.json") }

    public func readManifest() throws -> RunManifest { try BundleIO.readJSON(RunManifest.self, from: manifestURL) }
    public func writeManifest(_ m: RunManifest) throws { try BundleIO.writeJSON(m, to: manifestURL) }
    public func readExecution(_ id: String) throws -> ExecutionRecord { try BundleIO.readJSON(ExecutionRecord.self, from: executionRecordURL(id)) }
    public func writeExecution(_ r: ExecutionRecord) throws { try BundleIO.writeJSON(r, to: executionRecordURL(r.id)) }

    /// All execution records present on disk, sorted by id. Unreadable ones are returned as errors.
    public func readExecutions() -> (records: [ExecutionRecord], problems: [String]) {
        let ids = (try? FileManager.default.contentsOfDirectory(atPath: executionsURL.path)) ?? []
        var records: [ExecutionRecord] = []
        var problems: [String] = []
        for id in ids.sorted() where !id.hasPrefix(".") {
            let url = executionRecordURL(id)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            do {
                let record = try BundleIO.readJSON(ExecutionRecord.self, from: url)
                // A record names its own folder; one that names another could make readers open files elsewhere.
                guard record.id == id, record.key.id == id else {
                    problems.append("\(url.path): error: execution record says id '\(record.id)' but lives in folder '\(id)'; skipped")
                    continue
                }
                records.append(record)
            } catch { problems.append("\(url.path): error: unreadable execution record: \(error)") }
        }
        return (records, problems)
    }
}
