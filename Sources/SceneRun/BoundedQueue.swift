/// A first-in first-out queue of at most `capacity` elements between one producer and many
/// workers: `send` waits while it is full, `next` waits while it is empty. Cancellation of a
/// waiting task ends its wait (`send` returns false, `next` returns nil).
actor BoundedQueue<Element: Sendable> {
    private let capacity: Int
    private var buffer: [Element] = []
    private var finished = false
    private var nextWaiter: UInt64 = 0
    private var receivers: [(id: UInt64, continuation: CheckedContinuation<Element?, Never>)] = []
    private var senders: [(id: UInt64, continuation: CheckedContinuation<Bool, Never>)] = []

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Adds an element; false when the queue was finished or the caller cancelled.
    func send(_ element: Element) async -> Bool {
        while true {
            if finished || Task.isCancelled { return false }
            if !receivers.isEmpty {
                receivers.removeFirst().continuation.resume(returning: element)
                return true
            }
            if buffer.count < capacity {
                buffer.append(element)
                return true
            }
            let id = waiterId()
            let proceed = await withTaskCancellationHandler {
                await withCheckedContinuation { senders.append((id, $0)) }
            } onCancel: {
                Task { await self.dropSender(id) }
            }
            if !proceed { return false }
        }
    }

    /// The next element, or nil once the queue is finished and empty (or the caller cancelled).
    func next() async -> Element? {
        if !buffer.isEmpty {
            let element = buffer.removeFirst()
            if !senders.isEmpty { senders.removeFirst().continuation.resume(returning: true) }
            return element
        }
        if finished || Task.isCancelled { return nil }
        let id = waiterId()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { receivers.append((id, $0)) }
        } onCancel: {
            Task { await self.dropReceiver(id) }
        }
    }

    /// No more elements will come: waiting workers get nil once the buffer is drained.
    func finish() {
        finished = true
        for receiver in receivers { receiver.continuation.resume(returning: nil) }
        receivers.removeAll()
        for sender in senders { sender.continuation.resume(returning: false) }
        senders.removeAll()
    }

    private func waiterId() -> UInt64 { nextWaiter += 1; return nextWaiter }

    private func dropSender(_ id: UInt64) {
        if let i = senders.firstIndex(where: { $0.id == id }) { senders.remove(at: i).continuation.resume(returning: false) }
    }

    private func dropReceiver(_ id: UInt64) {
        if let i = receivers.firstIndex(where: { $0.id == id }) { receivers.remove(at: i).continuation.resume(returning: nil) }
    }
}
