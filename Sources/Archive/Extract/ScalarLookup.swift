/// Lookups keyed by Unicode scalars for the scans that ask at every position of a text. Swift's
/// Set and Dictionary hash each key with SipHash; these use the scalar's value directly, which
/// made hashing the largest single cost of the meeting stage.

/// A set of scalars: a bitmap over the Basic Multilingual Plane, a list beyond it.
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var astral: [UInt32] = []

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for s in scalars { insert(s) }
    }

    mutating func insert(_ s: Unicode.Scalar) {
        if s.value < 0x10000 { bits[Int(s.value >> 6)] |= 1 << UInt64(s.value & 63) } else { astral.append(s.value) }
    }

    @inline(__always)
    func contains(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 ? bits[Int(s.value >> 6)] & (1 << UInt64(s.value & 63)) != 0 : astral.contains(s.value)
    }
}

extension ScalarSet: ExpressibleByArrayLiteral {
    init(arrayLiteral elements: Unicode.Scalar...) { self.init(elements) }
}

/// A map from 64-bit keys (a scalar, or a scalar with a node number) to values: open addressing
/// with a multiplicative hash, built once and only read afterwards.
struct ScalarKeyedTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int
    private static var empty: UInt64 { .max }

    init(_ pairs: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        keys = [UInt64](repeating: Self.empty, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in pairs {
            var i = Self.slot(key, mask)
            while keys[i] != Self.empty && keys[i] != key { i = (i + 1) & mask }
            keys[i] = key
            values[i] = value
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    @inline(__always)
    subscript(_ key: UInt64) -> Value? {
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == Self.empty { return nil }
            i = (i + 1) & mask
        }
    }
}

/// Scalar → value, for word lists grouped by their first or last scalar.
struct ScalarMap<Value: Sendable>: Sendable {
    private let table: ScalarKeyedTable<Value>

    init(_ dictionary: [Unicode.Scalar: Value]) {
        table = ScalarKeyedTable(dictionary.map { (UInt64($0.key.value), $0.value) })
    }

    @inline(__always)
    subscript(_ s: Unicode.Scalar) -> Value? { table[UInt64(s.value)] }
}

extension ScalarMap where Value == [Word] {
    /// Words grouped by their first scalar, each group in the order given (longest first, say).
    init(byFirst words: [Word]) {
        self.init(Dictionary(grouping: words.filter { $0.count > 0 }, by: { $0.scalars[0] }))
    }

    /// Words grouped by their last scalar, for asking which word ends at a position.
    init(byLast words: [Word]) {
        self.init(Dictionary(grouping: words.filter { $0.count > 0 }, by: { $0.scalars[$0.count - 1] }))
    }
}
