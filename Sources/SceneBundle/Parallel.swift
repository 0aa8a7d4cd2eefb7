import Foundation

/// Runs work on several threads, handing out indices in small chunks from a shared
/// counter. Fixed striding (worker k takes k, k+n, ...) makes the slowest thread set the
/// end; on a busy machine one thread often gets less CPU, and chunks let the other take
/// over its share.
public enum Parallel {
    public static func forEach(_ count: Int, workers: Int, chunk: Int = 8, _ body: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            while true {
                let start = counter.take(chunk)
                guard start < count else { return }
                for i in start..<min(start + chunk, count) { body(i) }
            }
        }
    }

    /// NSLock rather than Mutex/Atomic: those need macOS 15.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        func take(_ n: Int) -> Int { lock.lock(); defer { lock.unlock() }; let v = next; next += n; return v }
    }
}

/// One value per index, written from `Parallel.forEach` workers (each index by one of them)
/// and read once they are done.
public final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    public private(set) var values: [Value?]
    public init(count: Int) { values = Array(repeating: nil, count: count) }
    public func set(_ i: Int, _ value: Value?) { lock.lock(); values[i] = value; lock.unlock() }
}
