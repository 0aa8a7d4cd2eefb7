/// A map from token hashes to values with open addressing: token hashes are already well mixed
/// (FNV-1a), so looking one up is a multiply and a few comparisons, not a SipHash round. Scoring
/// a 5,000-element page looks up hundreds of thousands of words.
struct TokenTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    /// Room for `capacity` entries before it grows (it stays at most half full).
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    subscript(key: UInt64) -> Value? {
        get {
            var i = slot(key)
            while let value = values[i] {
                if keys[i] == key { return value }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }  // Entries are never removed.
            var i = slot(key)
            while values[i] != nil {
                if keys[i] == key { values[i] = newValue; return }
                i = (i + 1) & mask
            }
            keys[i] = key; values[i] = newValue; count += 1
            if count * 2 > keys.count { grow() }
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Every entry, in no particular order.
    var entries: [(key: UInt64, value: Value)] {
        zip(keys, values).compactMap { key, value in value.map { (key, $0) } }
    }

    private mutating func grow() {
        let old = entries
        self = TokenTable(capacity: keys.count)
        for (key, value) in old { self[key] = value }
    }
}

extension TokenTable where Value == Int {
    /// Adds one to the count of `key`.
    mutating func increment(_ key: UInt64) { self[key] = (self[key] ?? 0) + 1 }
}
