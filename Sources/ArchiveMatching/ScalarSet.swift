/// A set of Unicode scalars in an open-addressed table hashed by one multiply. The extraction
/// scans test a scalar at nearly every position of every sentence; `Set<Unicode.Scalar>` pays a
/// seeded SipHash for each test, which cost more than the scans themselves.
public struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline let table: ScalarSlots

    public init<S: Sequence<Unicode.Scalar>>(_ scalars: S) {
        table = ScalarSlots(scalars.map(\.value))
    }

    public init(arrayLiteral scalars: Unicode.Scalar...) { self.init(scalars) }

    @inlinable @inline(__always)
    public func contains(_ scalar: Unicode.Scalar) -> Bool { table.slot(of: scalar.value) != nil }
}

/// The key table ScalarSet, ScalarMap and ScalarPairSet share: a power-of-two array of 32-bit keys
/// (scalar values, or two BMP scalars packed), at most half full, probed linearly from a Fibonacci
/// hash. UInt32.max marks an empty slot, so it cannot be a key.
@usableFromInline struct ScalarSlots: Sendable {
    @usableFromInline static let empty = UInt32.max
    /// Words of the filter in front of the slots: bit `v % 1024` is set for every key `v`. Most
    /// scalars of a text are no key, and most of those are turned away by this one test without
    /// touching the slots. 1,024 bits, not 64: CJK scalars spread over all of them, and a set of
    /// forty punctuation marks and office endings (People's mention stops) had filled most of 64.
    @usableFromInline static let filterWords = 32
    /// The filter's words, then the slots: one buffer, so a test reads one pointer.
    @usableFromInline let storage: [UInt32]
    @usableFromInline let shift: UInt32
    @usableFromInline let mask: Int

    var capacity: Int { storage.count - Self.filterWords }

    init(_ values: [UInt32]) {
        var bits: UInt32 = 2
        while (1 << bits) < 2 * values.count { bits += 1 }
        shift = 32 - bits
        mask = (1 << Int(bits)) - 1
        var storage = [UInt32](repeating: 0, count: Self.filterWords)
        storage += [UInt32](repeating: Self.empty, count: 1 << Int(bits))
        for value in values {
            precondition(value != Self.empty, "UInt32.max marks an empty slot")
            storage[Int((value >> 5) & 31)] |= 1 << (value & 31)
            var slot = Self.hash(value, shift)
            while storage[Self.filterWords + slot] != Self.empty && storage[Self.filterWords + slot] != value {
                slot = (slot + 1) & mask
            }
            storage[Self.filterWords + slot] = value
        }
        self.storage = storage
    }

    @inlinable @inline(__always)
    static func hash(_ value: UInt32, _ shift: UInt32) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B1) >> shift)
    }

    @inlinable @inline(__always)
    func slot(of value: UInt32) -> Int? {
        storage.withUnsafeBufferPointer { storage in
            guard storage[Int((value >> 5) & 31)] & (1 << (value & 31)) != 0 else { return nil }
            var slot = Self.hash(value, shift)
            while true {
                let key = storage[Self.filterWords + slot]
                if key == value { return slot }
                if key == Self.empty { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
