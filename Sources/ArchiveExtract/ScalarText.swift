import ArchiveMatching
import ArchiveText

/// Scalar-indexed text: the meeting rules look at neighbours by offset and hand positions to each
/// other. Unicode scalars, not Characters: sentence offsets are scalar offsets, and comparing
/// scalars is a word compare where comparing Characters runs grapheme breaking and normalization.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]
    init(_ text: String) { scalars = [Unicode.Scalar](scalarsOf: text) }
    init(_ scalars: ArraySlice<Unicode.Scalar>) { self.scalars = Array(scalars) }
    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }
    var count: Int { scalars.count }

    subscript(_ range: Range<Int>) -> String {
        let lower = max(0, range.lowerBound)
        let r = lower..<min(count, max(lower, range.upperBound))
        return String(scalars: scalars[r])
    }

    func char(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < count ? scalars[i] : nil }

    // Both compare as they walk, so a word that differs in its first scalar (the usual case when a
    // whole word list is tried at every position) costs one comparison, not a copy of the word.
    func hasPrefix(_ word: Word, at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        var k = i
        for c in word.scalars {
            guard scalars[k] == c else { return false }
            k += 1
        }
        return true
    }

    func hasSuffix(_ word: Word, endingAt end: Int) -> Bool {
        hasPrefix(word, at: end - word.count)
    }

    func hasPrefix(_ word: String, at i: Int) -> Bool { hasPrefix(Word(word), at: i) }
    func hasSuffix(_ word: String, endingAt end: Int) -> Bool { hasSuffix(Word(word), endingAt: end) }

    /// Offsets where `word` starts.
    func occurrences(of word: Word) -> [Int] {
        guard let first = word.scalars.first, word.count <= count else { return [] }
        var found: [Int] = []
        for i in 0...(count - word.count) where scalars[i] == first && hasPrefix(word, at: i) { found.append(i) }
        return found
    }

    func occurrences(of word: String) -> [Int] { occurrences(of: Word(word)) }

    /// Where a regex that is only these words joined by `|` matches: left to right, the first word
    /// that fits at each position, the scan going on after it.
    func literalMatches(_ words: [Word]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        while i < count {
            if let word = words.first(where: { hasPrefix($0, at: i) }), word.count > 0 {
                found.append(i..<(i + word.count))
                i += word.count
            } else {
                i += 1
            }
        }
        return found
    }

    /// UTF-16 offsets of ascending scalar offsets, for a text of `unitCount` UTF-16 units. They
    /// differ only after a scalar outside the BMP, so a text without one (as many units as scalars)
    /// keeps them as they are.
    func utf16Offsets(_ offsets: [Int], unitCount: Int) -> [Int] {
        guard unitCount != count else { return offsets }
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        var scalar = 0, unit = 0
        for offset in offsets {
            while scalar < offset { unit += scalars[scalar].utf16.count; scalar += 1 }
            result.append(unit)
        }
        return result
    }

    /// Whether `word` occurs anywhere.
    func contains(_ word: Word) -> Bool {
        guard let first = word.scalars.first, word.count <= count else { return false }
        for i in 0...(count - word.count) where scalars[i] == first && hasPrefix(word, at: i) { return true }
        return false
    }
}

/// A lexicon word as scalars, converted once when the rules are built rather than at every
/// position a scan tries it.
struct Word: Sendable, Hashable {
    let text: String
    let scalars: [Unicode.Scalar]
    init(_ text: String) {
        self.text = text
        scalars = [Unicode.Scalar](scalarsOf: text)
    }
    var count: Int { scalars.count }
}

extension Unicode.Scalar {
    /// The Ideographic property; in the BMP read from a bitmap made once, since asking Unicode's
    /// property tables at every character of a clause cost more than the scans that ask.
    var isIdeograph: Bool {
        value < 0x10000 ? ScalarBitmap.ideographic.contains(value) : properties.isIdeographic
    }
}

extension ScalarBitmap {
    /// The BMP's scalars with the Ideographic property.
    static let ideographic = ScalarBitmap(everyBMPScalarWhere: \.properties.isIdeographic)
}

extension ScalarMap where Value == [Word] {
    /// Words grouped by their last scalar, for asking which word ends at a position.
    init(byLast words: [Word]) {
        self.init(Dictionary(grouping: words.filter { $0.count > 0 }, by: { $0.scalars[$0.count - 1] }).map { ($0.key, $0.value) })
    }
}
