public import Foundation

/// Splits a stream of chunks into newline-terminated lines without holding more than
/// one line (at most `maxLineBytes`) in memory. Longer lines are dropped and counted.
public struct LineSplitter {
    public let maxLineBytes: Int
    /// Lines dropped because they were longer than `maxLineBytes`.
    public private(set) var oversizedLines = 0
    private var pending = Data()
    private var discarding = false

    public init(maxLineBytes: Int) { self.maxLineBytes = maxLineBytes }

    /// Feeds one chunk; `line` is called for each complete, non-empty line, `dropped` where a line
    /// too long to keep was left out (for readers whose later lines refer to earlier ones).
    public mutating func feed(_ chunk: Data, line: (Data) throws -> Void, dropped: () -> Void = {}) rethrows {
        var start = chunk.startIndex
        while start < chunk.endIndex {
            guard let newline = Self.newline(in: chunk, from: start) else {
                append(chunk[start...])
                return
            }
            if pending.isEmpty && !discarding {
                // Fast path: the whole line sits in this chunk, no copy needed.
                let slice = chunk[start..<newline]
                if slice.count > maxLineBytes { oversizedLines += 1; dropped() } else if !slice.isEmpty { try line(slice) }
                start = chunk.index(after: newline)
                continue
            }
            append(chunk[start..<newline])
            if discarding {
                discarding = false
                dropped()
            } else if !pending.isEmpty {
                try line(pending)
            }
            pending.removeAll(keepingCapacity: true)
            start = chunk.index(after: newline)
        }
    }

    /// Flushes a last line that had no trailing newline.
    public mutating func finish(line: (Data) throws -> Void) rethrows {
        if !discarding && !pending.isEmpty { try line(pending) }
        pending.removeAll()
        discarding = false
    }

    /// memchr over the chunk's bytes: Data's generic `firstIndex` walks byte by byte through indices.
    static func newline(in chunk: Data, from start: Data.Index) -> Data.Index? {
        chunk.withUnsafeBytes { raw -> Data.Index? in
            let offset = start - chunk.startIndex
            guard let base = raw.baseAddress, offset < raw.count,
                  let hit = memchr(base + offset, 0x0A, raw.count - offset) else { return nil }
            return chunk.startIndex + (base.distance(to: UnsafeRawPointer(hit)))
        }
    }

    private mutating func append(_ bytes: Data) {
        if discarding { return }
        if pending.count + bytes.count > maxLineBytes {
            oversizedLines += 1
            discarding = true
            pending.removeAll()
            return
        }
        pending.append(bytes)
    }
}
