/// A set of Unicode scalars in an open-addressed table hashed by one multiply. The extraction
/// scans test a scalar at nearly every position of every sentence; `Set<Unicode.Scalar>` pays a
/// seeded SipHash for each test, which cost more than the scans themselves.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private let table: ScalarSlots

    init<S: Sequence<Unicode.Scalar>>(_ scalars: S) {
        table = ScalarSlots(scalars.map(\.value))
    }

    init(arrayLiteral scalars: Unicode.Scalar...) { self.init(scalars) }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool { table.slot(of: scalar.value) != nil }
}

/// The key table ScalarSet, ScalarMap and ScalarPairSet share: a power-of-two array of 32-bit keys
/// (scalar values, or two BMP scalars packed), at most half full, probed linearly from a Fibonacci
/// hash. UInt32.max marks an empty slot, so it cannot be a key.
struct ScalarSlots: Sendable {
    private static let empty = UInt32.max
    private let keys: [UInt32]
    private let shift: UInt32
    private let mask: Int
    /// Bit `v & 63` is set for every key `v`: most scalars of a text are no key, and most of
    /// those are turned away by this one test without touching the table.
    private let filter: UInt64

    var capacity: Int { keys.count }

    init(_ values: [UInt32]) {
        var bits: UInt32 = 2
        while (1 << bits) < 2 * values.count { bits += 1 }
        shift = 32 - bits
        mask = (1 << Int(bits)) - 1
        var keys = [UInt32](repeating: Self.empty, count: 1 << Int(bits))
        var filter: UInt64 = 0
        for value in values {
            precondition(value != Self.empty, "UInt32.max marks an empty slot")
            filter |= 1 << UInt64(value & 63)
            var slot = Self.hash(value, shift)
            while keys[slot] != Self.empty && keys[slot] != value { slot = (slot + 1) & mask }
            keys[slot] = value
        }
        self.keys = keys
        self.filter = filter
    }

    @inline(__always)
    private static func hash(_ value: UInt32, _ shift: UInt32) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B1) >> shift)
    }

    @inline(__always)
    func slot(of value: UInt32) -> Int? {
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
