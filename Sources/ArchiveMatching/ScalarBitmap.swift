/// A set of scalars of the Basic Multilingual Plane as one bit each (8 KiB): for the large
/// character classes (traditional-only, simplified-only, common) tested at every character of a
/// document, where a hashed set costs a hash per character.
public struct ScalarBitmap: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)
    /// Members outside the BMP, which reports hardly use.
    private var beyond: Set<UInt32> = []

    public init() {}

    public init<S: Sequence<UInt32>>(_ values: S) {
        for value in values { insert(value) }
    }

    /// The scalars of the Basic Multilingual Plane that have a property: asked once for each of
    /// them here, so scans test a bit instead of Unicode's property tables.
    public init(everyBMPScalarWhere property: (Unicode.Scalar) -> Bool) {
        for value in UInt32(0)..<0x10000 {
            if let scalar = Unicode.Scalar(value), property(scalar) { insert(value) }
        }
    }

    package mutating func insert(_ value: UInt32) {
        if value < 0x10000 {
            words[Int(value >> 6)] |= 1 << UInt64(value & 63)
        } else {
            beyond.insert(value)
        }
    }

    @inline(__always)
    public func contains(_ value: UInt32) -> Bool {
        guard value < 0x10000 else { return !beyond.isEmpty && beyond.contains(value) }
        return words.withUnsafeBufferPointer { $0[Int(value >> 6)] } & (1 << UInt64(value & 63)) != 0
    }
}
