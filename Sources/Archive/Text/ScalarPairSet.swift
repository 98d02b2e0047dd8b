/// A set of two-scalar words in an open-addressed table hashed by one multiply. The GBK repair
/// asks it about nearly every pair of neighbouring characters of every document, where
/// `Set<UInt64>` pays a seeded SipHash per question. Pairs of BMP scalars, all that common words
/// are made of, are packed in 32 bits so the table stays small enough for the cache.
struct ScalarPairSet: Sendable {
    private static let empty = UInt32.max
    private let keys: [UInt32]
    private let shift: UInt32
    private let mask: Int
    /// Pairs that do not pack: a scalar beyond the BMP, or the pair that packs to `empty`.
    private let others: Set<UInt64>

    init(_ pairs: [(Unicode.Scalar, Unicode.Scalar)]) {
        var packed: [UInt32] = []
        var others = Set<UInt64>()
        for (first, second) in pairs {
            if let key = Self.packed(first, second) {
                packed.append(key)
            } else {
                others.insert(UInt64(first.value) << 32 | UInt64(second.value))
            }
        }
        var bits: UInt32 = 2
        while (1 << bits) < 2 * packed.count { bits += 1 }
        shift = 32 - bits
        mask = (1 << Int(bits)) - 1
        var keys = [UInt32](repeating: Self.empty, count: 1 << Int(bits))
        for key in packed {
            var slot = Self.hash(key, shift)
            while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
        }
        self.keys = keys
        self.others = others
    }

    @inline(__always)
    private static func packed(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt32? {
        guard first.value | second.value < 0x10000 else { return nil }
        let key = first.value << 16 | second.value
        return key == empty ? nil : key
    }

    @inline(__always)
    private static func hash(_ key: UInt32, _ shift: UInt32) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> shift)
    }

    @inline(__always)
    func contains(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        guard let key = Self.packed(first, second) else {
            return others.contains(UInt64(first.value) << 32 | UInt64(second.value))
        }
        var slot = Self.hash(key, shift)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let found = keys[slot]
                if found == key { return true }
                if found == Self.empty { return false }
                slot = (slot + 1) & mask
            }
        }
    }
}
