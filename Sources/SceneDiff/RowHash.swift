/// A fast 64-bit hash of a pixel row (8 bytes a step), used to align rows between images.
/// Equal hashes are only a hint; every pixel count still comes from the kernel.
@inline(__always)
func rowHash(_ p: UnsafePointer<UInt8>, bytes: Int) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes)
    let raw = UnsafeRawPointer(p)
    var i = 0
    while i + 8 <= bytes {
        h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        i += 8
    }
    if i < bytes { h = (h ^ UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))) &* 0x9E37_79B9_7F4A_7C15 }
    return h ^ (h >> 32)
}
