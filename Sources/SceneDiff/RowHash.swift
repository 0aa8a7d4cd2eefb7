/// A fast 64-bit hash of a pixel row, used to align rows between images. Four independent
/// lanes of 8 bytes each, so the multiply latency of one lane hides behind the others
/// (a single chain was ~5 % of a whole diff). Equal hashes are only a hint; every pixel
/// count still comes from the kernel.
@inline(__always)
func rowHash(_ p: UnsafePointer<UInt8>, bytes: Int) -> UInt64 {
    let k: UInt64 = 0x9E37_79B9_7F4A_7C15
    var h0: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes), h1: UInt64 = 0x8422_2325_cbf2_9ce4
    var h2: UInt64 = 0x27d4_eb2f_1656_67c5, h3: UInt64 = 0x1656_67b1_9e37_79f9
    let raw = UnsafeRawPointer(p)
    var i = 0
    @inline(__always) func mix(_ h: inout UInt64, _ offset: Int) {
        h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* k
        h ^= h >> 29
    }
    while i + 32 <= bytes {
        mix(&h0, i); mix(&h1, i + 8); mix(&h2, i + 16); mix(&h3, i + 24)
        i += 32
    }
    var h = (h0 ^ (h1 &* 31) ^ (h2 &* 1031) ^ (h3 &* 32771)) &* k
    while i + 8 <= bytes { mix(&h, i); i += 8 }
    if i < bytes { h = (h ^ UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))) &* k }
    return h ^ (h >> 32)
}
