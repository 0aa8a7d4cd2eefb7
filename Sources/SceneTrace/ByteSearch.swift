import Foundation

/// Substring search on raw bytes, for peeking into NDJSON lines without decoding them.
enum ByteSearch {
    static func contains(_ haystack: Data, _ needle: [UInt8]) -> Bool { end(of: needle, in: haystack) != nil }

    /// The index just after the first occurrence of `needle`, or nil.
    static func end(of needle: [UInt8], in haystack: Data) -> Data.Index? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        return haystack.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Data.Index? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let last = bytes.count - needle.count
            var i = 0
            while i <= last {
                if bytes[i] == first {
                    var k = 1
                    while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return haystack.startIndex + i + needle.count }
                }
                i += 1
            }
            return nil
        }
    }

    /// The offset (from the start of `haystack`) of the first `needle` at or after `offset`: memchr for
    /// the first byte, memcmp for the rest (Foundation's `Data.range(of:)` is a generic loop, many
    /// times slower, and memmem is not in Swift's Glibc module).
    static func offset(of needle: [UInt8], in haystack: Data, from offset: Int = 0) -> Int? {
        guard let first = needle.first, haystack.count - offset >= needle.count else { return nil }
        return haystack.withUnsafeBytes { raw -> Int? in
            needle.withUnsafeBytes { pattern -> Int? in
                guard let base = raw.baseAddress, let pattern = pattern.baseAddress else { return nil }
                var at = offset
                let last = raw.count - needle.count
                while at <= last {
                    guard let hit = memchr(base + at, Int32(first), last - at + 1) else { return nil }
                    let index = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(hit, pattern, needle.count) == 0 { return index }
                    at = index + 1
                }
                return nil
            }
        }
    }
}
