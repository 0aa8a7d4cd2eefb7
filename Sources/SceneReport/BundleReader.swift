import Foundation
import SceneBundle

/// Reads execution records on several threads: decoding 10k records one by one took
/// seconds. Same result and problem reporting as `RunBundle.readExecutions()`.
enum BundleReader {
    static func readExecutions(_ bundle: RunBundle, workers: Int) -> (records: [ExecutionRecord], problems: [String]) {
        let ids = ((try? FileManager.default.contentsOfDirectory(atPath: bundle.executionsURL.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
        let slots = Slots(count: ids.count)
        let workers = max(1, min(workers, ids.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            var i = worker
            while i < ids.count {
                let url = bundle.executionRecordURL(ids[i])
                if let data = try? Data(contentsOf: url) {
                    do { slots.set(i, .success(try decoder.decode(ExecutionRecord.self, from: data))) }
                    catch { slots.set(i, .failure("\(url.path): error: unreadable execution record: \(ReportBuilder.describe(error))")) }
                }
                i += workers
            }
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

    enum Outcome { case success(ExecutionRecord), failure(String) }

    /// One slot per id; each index is written by exactly one worker.
    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Outcome?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ o: Outcome) { lock.lock(); values[i] = o; lock.unlock() }
    }
}
