/// Text after repair and normalization, with the way back: for every Unicode-scalar offset of
/// `text`, the offset in the original decoded text it came from.
public struct NormalizedText: Sendable, Equatable {
    public let text: String
    /// The map, or nil for the identity (scalar i came from offset i), which most reports have:
    /// kept as nothing rather than 8 bytes a character in every document an ingest holds in flight.
    private let explicitOffsets: [Int]?
    /// Entries of the map: the scalars of `text` and one more.
    private let entries: Int

    public init(text: String, originalOffsets: [Int]) {
        self.init(text: text, scalarCount: text.unicodeScalars.count, originalOffsets: originalOffsets)
    }

    /// For a text whose scalar count the caller knows, so the check costs no walk over the text.
    package init(text: String, scalarCount: Int, originalOffsets: [Int]) {
        precondition(originalOffsets.count == scalarCount + 1, "offset map must cover every scalar and the end")
        self.text = text
        entries = originalOffsets.count
        explicitOffsets = originalOffsets.indices.elementsEqual(originalOffsets) ? nil : originalOffsets
    }

    /// Text that is its own original (nothing changed).
    public init(identity text: String) {
        self.init(identity: text, scalarCount: text.unicodeScalars.count)
    }

    package init(identity text: String, scalarCount: Int) {
        self.text = text
        entries = scalarCount + 1
        explicitOffsets = nil
    }

    /// `originalOffsets[i]` is the original offset of scalar `i` of `text`; one extra entry at the
    /// end holds the original length, so a range's end maps too.
    public var originalOffsets: [Int] { explicitOffsets ?? Array(0..<entries) }

    /// True when every scalar is at its original offset.
    public var isIdentity: Bool { explicitOffsets == nil }

    /// The original offset of scalar `index` (the original length for `index` == the scalar count).
    public func originalOffset(_ index: Int) -> Int { explicitOffsets?[index] ?? index }

    /// The range of the original text that `range` (scalar offsets of `text`) came from.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let lower = originalOffset(max(0, min(range.lowerBound, entries - 1)))
        let upper = originalOffset(max(0, min(range.upperBound, entries - 1)))
        return lower..<max(lower, upper)
    }

    public static func == (a: NormalizedText, b: NormalizedText) -> Bool {
        a.text == b.text && a.entries == b.entries && a.explicitOffsets == b.explicitOffsets
    }
}
