/// A set of Unicode scalars in an open-addressed table hashed by one multiply. The extraction
/// scans test a scalar at nearly every position of every sentence; `Set<Unicode.Scalar>` pays a
/// seeded SipHash for each test, which cost more than the scans themselves.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private let table: ScalarSlots

    init<S: Sequence<Unicode.Scalar>>(_ scalars: S) {
        table = ScalarSlots(Array(scalars))
    }

    init(arrayLiteral scalars: Unicode.Scalar...) { self.init(scalars) }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool { table.slot(of: scalar) != nil }
}

/// The key table both share: a power-of-two array of scalar values, at most half full, probed
/// linearly from a Fibonacci hash. UInt32.max (no scalar) marks an empty slot.
struct ScalarSlots: Sendable {
    private static let empty = UInt32.max
    private let keys: [UInt32]
    private let shift: UInt32
    private let mask: Int
    /// Bit `v & 63` is set for every key `v`: most scalars of a text are no key, and most of
    /// those are turned away by this one test without touching the table.
    private let filter: UInt64

    var capacity: Int { keys.count }

    init(_ scalars: [Unicode.Scalar]) {
        var bits: UInt32 = 2
        while (1 << bits) < 2 * scalars.count { bits += 1 }
        shift = 32 - bits
        mask = (1 << Int(bits)) - 1
        var keys = [UInt32](repeating: Self.empty, count: 1 << Int(bits))
        var filter: UInt64 = 0
        for scalar in scalars {
            filter |= 1 << UInt64(scalar.value & 63)
            var slot = Self.hash(scalar.value, shift)
            while keys[slot] != Self.empty && keys[slot] != scalar.value { slot = (slot + 1) & mask }
            keys[slot] = scalar.value
        }
        self.keys = keys
        self.filter = filter
    }

    @inline(__always)
    private static func hash(_ value: UInt32, _ shift: UInt32) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B1) >> shift)
    }

    @inline(__always)
    func slot(of scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        guard filter & (1 << UInt64(value & 63)) != 0 else { return nil }
        var slot = Self.hash(value, shift)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let key = keys[slot]
                if key == value { return slot }
                if key == Self.empty { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
