import ArchiveOutput

/// A filter that cannot be used, with the place in it that is wrong: printed with a caret line
/// under the term, like a compiler error.
public struct FilterError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var source: String
    /// Character offsets into `source`.
    public var range: Range<Int>

    public init(_ message: String, source: String, range: Range<Int>) {
        self.message = message
        self.source = source
        self.range = range
    }

    public var description: String { message }

    /// The message, the filter, and carets under the offending part (aligned by display width,
    /// so they stay under Chinese text too).
    /// A long filter is shown as a window around the offending part, and a message that quotes a
    /// long piece of it is cut, so an error stays a few short lines whatever was typed.
    public var rendered: String {
        let characters = source.map(Self.visible)
        var lower = min(max(range.lowerBound, 0), characters.count)
        var upper = min(max(range.upperBound, lower), characters.count)
        var shown = characters
        if characters.count > Self.window {
            let from = max(0, min(lower - 20, characters.count - Self.window))
            let to = min(characters.count, from + Self.window)
            shown = (from > 0 ? ["…"] : []) + Array(characters[from..<to]) + (to < characters.count ? ["…"] : [])
            let shift = from > 0 ? from - 1 : 0
            lower = min(lower - shift, shown.count)
            upper = min(max(upper - shift, lower), shown.count)
        }
        let before = DisplayWidth.of(String(shown[..<lower]))
        let under = max(1, DisplayWidth.of(String(shown[lower..<upper])))
        let text = message.count > 200 ? String(message.prefix(200)) + "…" : message
        return text + "\n  " + String(shown) + "\n  " + String(repeating: " ", count: before) + String(repeating: "^", count: under)
    }

    static let window = 60

    /// A control character as its picture (U+2400…U+2421, or U+FFFD for C1), so the echoed filter
    /// never moves the terminal's cursor or colours and the caret stays under its character.
    static func visible(_ character: Character) -> Character {
        guard let control = character.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) else {
            return character
        }
        switch control.value {
        case 0..<0x20: return Character(Unicode.Scalar(0x2400 + control.value)!)
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }
}

/// The nearest candidate to a misspelling, by edit distance over characters:
/// for did-you-mean hints.
public enum Suggestion {
    public static func nearest(to input: String, in candidates: [String]) -> String? {
        let limit = max(1, (input.count + 1) / 3)
        let lowered = input.lowercased()
        // Ties go to a candidate that starts like the input (岳杨市 → 岳阳市, not 白杨市), then to
        // the closer length, then alphabetically, so the hint never depends on dictionary order.
        var best: (candidate: String, key: [Int])?
        for candidate in candidates {
            guard abs(candidate.count - input.count) <= limit else { continue }
            let distance = editDistance(lowered, candidate.lowercased())
            guard distance <= limit else { continue }
            let key = [distance, candidate.lowercased().first == lowered.first ? 0 : 1, abs(candidate.count - input.count)]
            if let current = best, current.key.lexicographicallyPrecedes(key) || (current.key == key && current.candidate < candidate) {
                continue
            }
            best = (candidate, key)
        }
        return best?.candidate
    }

    /// Edit distance counting insertions, deletions, substitutions and swaps of neighbours (the
    /// optimal-string-alignment form of Damerau–Levenshtein: "gaol" is one edit from "goal").
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = Swift.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = Swift.min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
