import Foundation

/// The runner processes of one run. Each slot holds one process (one browser) that runs several
/// executions at once; a process that died is replaced on the next request for its slot.
actor RunnerPool {
    typealias LaunchFactory = @Sendable (_ slot: Int, _ generation: Int) -> RunnerLaunch
    private let makeLaunch: LaunchFactory
    private let resolver: ResolveHandler?
    private let onStart: @Sendable (RunnerHello) -> Void
    private var clients: [Int: RunnerClient] = [:]
    private var starting: [Int: Task<RunnerClient, any Error>] = [:]
    private var generation = 0
    private var permanentError: RunnerError?
    private var stopReason: String?
    private(set) var hello: RunnerHello?

    init(makeLaunch: @escaping LaunchFactory, resolver: ResolveHandler?, onStart: @escaping @Sendable (RunnerHello) -> Void) {
        self.makeLaunch = makeLaunch
        self.resolver = resolver
        self.onStart = onStart
    }

    /// A live client for `slot`, starting (or restarting) its process when needed. A start-up
    /// problem retrying cannot fix (no browser, no Playwright) is remembered and thrown at once afterwards.
    func client(slot: Int) async throws -> RunnerClient {
        if let permanentError { throw permanentError }
        if let client = clients[slot], await client.isAlive { return client }
        if let pending = starting[slot] { return try await pending.value }
        clients[slot] = nil
        generation += 1
        let client = RunnerClient(launch: makeLaunch(slot, generation), resolver: resolver)
        let onStart = self.onStart
        let task = Task { () async throws -> RunnerClient in
            onStart(try await client.start())
            return client
        }
        starting[slot] = task
        defer { starting[slot] = nil }
        do {
            let started = try await task.value
            if let stopReason { await started.cancelAll(reason: stopReason) }
            clients[slot] = started
            hello = await started.hello
            return started
        } catch let error as RunnerError where error.isPermanent {
            permanentError = error
            throw error
        }
    }

    /// Asks every runner to stop its running executions (fail-fast, run timeout).
    func cancelAll(reason: String) async {
        stopReason = reason
        for client in clients.values { await client.cancelAll(reason: reason) }
    }

    func shutdown() async {
        await withTaskGroup(of: Void.self) { group in
            for client in clients.values { group.addTask { await client.shutdown() } }
        }
        clients.removeAll()
    }
}
