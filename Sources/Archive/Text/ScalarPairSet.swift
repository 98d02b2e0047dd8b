/// A set of two-scalar words in an open-addressed table hashed by one multiply. The GBK repair
/// asks it about nearly every pair of neighbouring characters of every document, where
/// `Set<UInt64>` pays a seeded SipHash per question.
struct ScalarPairSet: Sendable {
    private static let empty = UInt64.max
    private let keys: [UInt64]
    private let shift: UInt64
    private let mask: Int

    init(_ pairs: [(Unicode.Scalar, Unicode.Scalar)]) {
        var bits: UInt64 = 2
        while (1 << bits) < 2 * pairs.count { bits += 1 }
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        var keys = [UInt64](repeating: Self.empty, count: 1 << Int(bits))
        for (first, second) in pairs {
            let key = Self.key(first, second)
            var slot = Self.hash(key, shift)
            while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
        }
        self.keys = keys
    }

    @inline(__always)
    private static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }

    @inline(__always)
    private static func hash(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    func contains(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        let key = Self.key(first, second)
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
