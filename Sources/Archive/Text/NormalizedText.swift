/// Text after repair and normalization, with the way back: for every Unicode-scalar offset of
/// `text`, the offset in the original decoded text it came from.
public struct NormalizedText: Sendable, Equatable {
    public let text: String
    /// `originalOffsets[i]` is the original offset of scalar `i` of `text`; one extra entry at the
    /// end holds the original length, so a range's end maps too.
    public let originalOffsets: [Int]

    public init(text: String, originalOffsets: [Int]) {
        precondition(originalOffsets.count == text.unicodeScalars.count + 1, "offset map must cover every scalar and the end")
        self.text = text
        self.originalOffsets = originalOffsets
    }

    /// For a text whose scalar count the caller knows, so the check costs no walk over the text.
    init(text: String, scalarCount: Int, originalOffsets: [Int]) {
        precondition(originalOffsets.count == scalarCount + 1, "offset map must cover every scalar and the end")
        self.text = text
        self.originalOffsets = originalOffsets
    }

    /// Text that is its own original (nothing changed).
    public init(identity text: String) {
        self.text = text
        self.originalOffsets = Array(0...text.unicodeScalars.count)
    }

    /// The range of the original text that `range` (scalar offsets of `text`) came from.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let lower = originalOffsets[max(0, min(range.lowerBound, originalOffsets.count - 1))]
        let upper = originalOffsets[max(0, min(range.upperBound, originalOffsets.count - 1))]
        return lower..<max(lower, upper)
    }
}
