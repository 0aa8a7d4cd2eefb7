/// Maps execution ids (which hold `~` and whatever characters page names use) to file
/// names that are safe on every file system and in a relative URL without encoding.
///
/// Letters, digits, `.` and `-` stay; every other byte becomes `_xx` (lower-case hex), so
/// the mapping is injective. Names longer than 120 bytes are cut and suffixed with a
/// 64-bit FNV-1a hash of the full id so they stay unique and below file-name limits.
public enum SafeName {
    public static func of(_ id: String) -> String {
        var out = ""
        out.reserveCapacity(id.utf8.count + 8)
        for (i, byte) in id.utf8.enumerated() {
            let isAlnum = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            // A leading dot would make a hidden file; escape it.
            let keep = isAlnum || byte == 0x2D || (byte == 0x2E && i > 0)
            if keep { out.unicodeScalars.append(Unicode.Scalar(byte)) } else { out += "_" + hex(byte) }
        }
        if out.isEmpty { return "_" }
        if out.utf8.count > 120 {
            out = String(out.utf8.prefix(100))! + "_" + String(fnv1a(id), radix: 16)
        }
        return out
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
