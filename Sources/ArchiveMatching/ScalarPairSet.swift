/// A set of two-scalar words. The GBK repair asks it about nearly every pair of neighbouring
/// characters of every document, where `Set<UInt64>` pays a seeded SipHash per question. Pairs of
/// BMP scalars, all that common words are made of, are packed in 32 bits into ScalarSlots' table,
/// small enough for the cache.
public struct ScalarPairSet: Sendable {
    private let table: ScalarSlots
    /// Pairs that do not pack: a scalar beyond the BMP, or the pair that packs to UInt32.max.
    private let others: Set<UInt64>

    public init(_ pairs: [(Unicode.Scalar, Unicode.Scalar)]) {
        var packed: [UInt32] = []
        var others = Set<UInt64>()
        for (first, second) in pairs {
            if let key = Self.packed(first, second) {
                packed.append(key)
            } else {
                others.insert(UInt64(first.value) << 32 | UInt64(second.value))
            }
        }
        table = ScalarSlots(packed)
        self.others = others
    }

    @inline(__always)
    private static func packed(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt32? {
        guard first.value | second.value < 0x10000 else { return nil }
        let key = first.value << 16 | second.value
        return key == UInt32.max ? nil : key
    }

    @inline(__always)
    public func contains(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        guard let key = Self.packed(first, second) else {
            return others.contains(UInt64(first.value) << 32 | UInt64(second.value))
        }
        return table.slot(of: key) != nil
    }
}
