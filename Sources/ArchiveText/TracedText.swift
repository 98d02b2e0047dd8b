/// Text being repaired, one Unicode scalar at a time, each carrying the offset in the original
/// decoded text it came from. Every repair reads one and writes a new one, so the map back to the
/// original survives deletions, replacements and conversions that change lengths.
struct TracedText: Sendable {
    var scalars: [Unicode.Scalar]
    /// `origins[i]` is the original offset of `scalars[i]`.
    var origins: [Int]

    init(identity scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        self.origins = Array(0..<scalars.count)
    }

    init() {
        scalars = []
        origins = []
    }

    init(reservingCapacity capacity: Int) {
        self.init()
        scalars.reserveCapacity(capacity)
        origins.reserveCapacity(capacity)
    }

    var count: Int { scalars.count }

    mutating func append(_ scalar: Unicode.Scalar, origin: Int) {
        scalars.append(scalar)
        origins.append(origin)
    }

    /// Copies `source[range]` with its origins unchanged.
    mutating func append(from source: TracedText, _ range: Range<Int>) {
        scalars.append(contentsOf: source.scalars[range])
        origins.append(contentsOf: source.origins[range])
    }

    var string: String {
        String(scalars: scalars)
    }

    /// The finished text; `originalLength` closes the map so a range's end maps too.
    func normalized(originalLength: Int) -> NormalizedText {
        NormalizedText(text: string, scalarCount: scalars.count, originalOffsets: origins + [originalLength])
    }
}

extension Unicode.Scalar {
    /// CJK unified ideographs, extension A and the compatibility block: what a report's words are made of.
    package var isHan: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }
}
