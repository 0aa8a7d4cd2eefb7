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
}
