import Foundation
import SceneBundle

/// Reads execution records on several threads: decoding 10k records one by one took
/// seconds. Same result as `RunBundle.readExecutions()`; a record that is a symbolic
/// link or not a regular file is also skipped with a warning.
enum BundleReader {
    /// A record is a few KB; anything this large is corrupt or hostile.
    static let maxRecordBytes = 32 << 20

    static func readExecutions(_ bundle: RunBundle, workers: Int) -> (records: [ExecutionRecord], problems: [String]) {
        let ids = ((try? FileManager.default.contentsOfDirectory(atPath: bundle.executionsURL.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
        let slots = Slots(count: ids.count)
        let executions = bundle.executionsURL.path
        Parallel.forEach(ids.count, workers: workers) { i in
            slots.set(i, read(executions + "/" + ids[i] + "/execution.json", id: ids[i]))
        }
        var records: [ExecutionRecord] = []
        var problems: [String] = []
        for slot in slots.values {
            switch slot {
            case .success(let r)?: records.append(r)
            case .failure(let p)?: problems.append(p)
            case nil: break
            }
        }
        return (records, problems)
    }

    /// nil: no record in this folder (an execution that never finished), not a problem.
    static func read(_ path: String, id: String) -> Outcome? {
        guard let data = SiteFiles.read(path, upTo: maxRecordBytes + 1) else {
            var info = stat()
            return lstat(path, &info) == 0 ? .failure("\(path): error: execution record is not a readable regular file; skipped") : nil
        }
        guard data.count <= maxRecordBytes else {
            return .failure("\(path): error: execution record larger than \(maxRecordBytes >> 20) MB; skipped")
        }
        do {
            let record = try BundleIO.decoder.decode(ExecutionRecord.self, from: data)  // thread-safe (Sendable)
            // Artifacts are looked up under executions/<id>/: an id that is not its own
            // folder name could point anywhere on disk.
            guard record.id == id else {
                return .failure("\(path): error: execution id '\(record.id)' does not match its folder; skipped")
            }
            return .success(record)
        } catch {
            return .failure("\(path): error: unreadable execution record: \(ReportBuilder.describe(error))")
        }
    }

    enum Outcome { case success(ExecutionRecord), failure(String) }

    /// One slot per id; each index is written by exactly one worker.
    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Outcome?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ o: Outcome?) { lock.lock(); values[i] = o; lock.unlock() }
    }
}
