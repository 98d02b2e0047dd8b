/// Scalars to values, hashed as in ScalarSet; the replacement for `[Unicode.Scalar: Value]` where
/// it is looked up in a scan.
public struct ScalarMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    @usableFromInline let table: ScalarSlots
    @usableFromInline let values: [Value?]
    /// The keys, in the order first given.
    public let keys: [Unicode.Scalar]

    /// A key given twice keeps its last value, as assigning into a dictionary would.
    public init<S: Sequence<(Unicode.Scalar, Value)>>(_ pairs: S) {
        var keys: [Unicode.Scalar] = []
        var latest: [Value] = []
        for (key, value) in pairs {
            if let seen = keys.firstIndex(of: key) {
                latest[seen] = value
            } else {
                keys.append(key)
                latest.append(value)
            }
        }
        self.keys = keys
        table = ScalarSlots(keys.map(\.value))
        var values = [Value?](repeating: nil, count: table.capacity)
        for (key, value) in zip(keys, latest) { values[table.slot(of: key.value)!] = value }
        self.values = values
    }

    public init(dictionaryLiteral pairs: (Unicode.Scalar, Value)...) { self.init(pairs) }

    @inlinable @inline(__always)
    public subscript(_ scalar: Unicode.Scalar) -> Value? {
        guard let slot = table.slot(of: scalar.value) else { return nil }
        return values[slot]
    }
}
