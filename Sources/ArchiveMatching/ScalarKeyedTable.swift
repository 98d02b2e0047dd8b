/// Lookups keyed by 64 bits (a scalar with a node number, two scalars) for the meeting stage's
/// scans: open addressing with a multiplicative hash, built once and only read afterwards.
/// ScalarSet and ScalarMap key by one scalar; these keys do not fit their 32-bit slots.
public struct ScalarKeyedTable<Value: Sendable>: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline let mask: Int
    @inlinable static var empty: UInt64 { .max }

    public init(_ pairs: [(UInt64, Value)]) {
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

    @inlinable @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    @inlinable @inline(__always)
    public subscript(_ key: UInt64) -> Value? {
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == Self.empty { return nil }
            i = (i + 1) & mask
        }
    }
}
