import Foundation

/// Blocking work (post-processing, file writes, fsync) on threads outside Swift's cooperative pool.
/// That pool has one thread per core: on a 2-core machine two post-processings in it used to hold
/// both threads for ~100 ms, and a runner result or a freed slot waited behind them while the
/// browser sat idle. Work sent here still uses the CPU, but the OS shares it with the hand-offs.
enum Blocking {
    private static let queue = DispatchQueue(label: "scene.blocking", qos: .utility, attributes: .concurrent)

    /// Runs `body` on a blocking-work thread and returns its value.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result(catching: body)) }
        }
    }

    /// Runs `body` on a blocking-work thread and returns its value.
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in queue.async { continuation.resume(returning: body()) } }
    }
}
