import Foundation

/// Byte-level reading of JSON text, for lines too large or too many to decode whole (DOM snapshots).
enum JSONBytes {
    static func skipSpace(_ p: UnsafeRawBufferPointer, _ start: Int) -> Int {
        var i = start
        while i < p.count, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 { i += 1 }
        return i
    }

    /// Index of the quote closing the string that opens at `start`.
    static func stringEnd(_ p: UnsafeRawBufferPointer, _ start: Int) -> Int? {
        var i = start + 1
        guard let base = p.baseAddress else { return nil }
        while i < p.count {
            // memchr to the next quote, then count the backslashes before it.
            guard let hit = memchr(base + i, 0x22, p.count - i) else { return nil }
            let q = base.distance(to: UnsafeRawPointer(hit))
            var backslashes = 0
            var k = q - 1
            while k > start && p[k] == 0x5C { backslashes += 1; k -= 1 }
            if backslashes % 2 == 0 { return q }
            i = q + 1
        }
        return nil
    }

    /// Index of the `}` closing the object that opens at `start` (strings skipped).
    static func objectEnd(_ p: UnsafeRawBufferPointer, _ start: Int) -> Int? {
        var depth = 0
        var i = start
        while i < p.count {
            let c = p[i]
            if c == UInt8(ascii: "\"") {
                guard let end = stringEnd(p, i) else { return nil }
                i = end + 1
                continue
            }
            if c == UInt8(ascii: "{") { depth += 1 }
            else if c == UInt8(ascii: "}") { depth -= 1; if depth == 0 { return i } }
            i += 1
        }
        return nil
    }

    /// `[[k, n]]` at `start` (which points at the inner `[`): k, n and the index after the outer `]`.
    static func reference(_ p: UnsafeRawBufferPointer, _ start: Int) -> (Int, Int, Int)? {
        var i = skipSpace(p, start + 1)
        guard let (k, afterK) = integer(p, i) else { return nil }
        i = skipSpace(p, afterK)
        guard i < p.count, p[i] == UInt8(ascii: ",") else { return nil }
        i = skipSpace(p, i + 1)
        guard let (n, afterN) = integer(p, i) else { return nil }
        i = skipSpace(p, afterN)
        guard i < p.count, p[i] == UInt8(ascii: "]") else { return nil }
        i = skipSpace(p, i + 1)
        guard i < p.count, p[i] == UInt8(ascii: "]") else { return nil }
        return (k, n, i + 1)
    }

    static func integer(_ p: UnsafeRawBufferPointer, _ start: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        while i < p.count, p[i] >= 0x30, p[i] <= 0x39, i - start < 12 { value = value * 10 + Int(p[i] - 0x30); i += 1 }
        return i > start ? (value, i) : nil
    }

    /// First index of `needle` in `p` at or after `from`.
    static func find(_ needle: [UInt8], in p: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard let first = needle.first, let base = p.baseAddress, p.count >= needle.count else { return nil }
        var i = from
        let last = p.count - needle.count
        while i <= last {
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
            let at = base.distance(to: UnsafeRawPointer(hit))
            if needle.withUnsafeBytes({ memcmp(base + at, $0.baseAddress!, needle.count) }) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    /// The value of `"name":"..."` in a small JSON prefix.
    static func stringField(_ name: String, in p: UnsafeRawBufferPointer) -> String? {
        guard let at = find(Array("\"\(name)\":\"".utf8), in: p, from: 0) else { return nil }
        let open = at + name.utf8.count + 3
        guard let end = stringEnd(p, open) else { return nil }
        return decode(p, open + 1, end)
    }

    /// The JSON string content between `start` and `end` (exclusive), unescaped, at most `limit` characters.
    static func decode(_ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int, limit: Int = .max) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(end - start, 256))
        unescape(p, start, end) { out.append($0) }
        var s = String(decoding: out, as: UTF8.self)
        if s.count > limit { s = String(s.prefix(limit)) }
        return s
    }

    /// Appends a JSON string's text with whitespace runs collapsed to one space (none at `floor`,
    /// where the element's text starts), up to `limit` bytes of `out`. Returns false when it had to stop.
    @discardableResult
    static func appendCollapsed(_ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int, to out: inout [UInt8], floor: Int, limit: Int) -> Bool {
        var full = out.count >= limit
        if full { return start == end }
        unescape(p, start, end) { byte in
            guard !full else { return }
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
            if space {
                if out.last == 0x20 || out.count == floor { return }
                out.append(0x20)
            } else {
                out.append(byte)
            }
            if out.count >= limit {
                // Never leave half a UTF-8 sequence at the cut.
                while let last = out.last, last & 0xC0 == 0x80 { out.removeLast() }
                if let last = out.last, last >= 0xC0 { out.removeLast() }
                full = true
            }
        }
        return !full
    }

    /// Feeds the UTF-8 bytes of a JSON string's content (escapes decoded) to `emit`.
    static func unescape(_ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int, _ emit: (UInt8) -> Void) {
        var i = start
        var pendingHigh: UInt32?
        func scalar(_ v: UInt32) {
            for byte in String(Character(Unicode.Scalar(v) ?? "\u{FFFD}")).utf8 { emit(byte) }
        }
        while i < end {
            let c = p[i]
            guard c == 0x5C, i + 1 < end else { emit(c); i += 1; continue }
            let e = p[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): emit(0x0A)
            case UInt8(ascii: "t"): emit(0x09)
            case UInt8(ascii: "r"): emit(0x0D)
            case UInt8(ascii: "b"): emit(0x08)
            case UInt8(ascii: "f"): emit(0x0C)
            case UInt8(ascii: "u"):
                guard i + 4 <= end, let v = UInt32(String(decoding: UnsafeRawBufferPointer(rebasing: p[i..<(i + 4)]), as: UTF8.self), radix: 16) else { return }
                i += 4
                if (0xD800...0xDBFF).contains(v) { pendingHigh = v; continue }
                if (0xDC00...0xDFFF).contains(v), let high = pendingHigh {
                    scalar(0x10000 + ((high - 0xD800) << 10) + (v - 0xDC00))
                } else {
                    scalar(v)
                }
            default: emit(e)
            }
            pendingHigh = nil
        }
    }
}
