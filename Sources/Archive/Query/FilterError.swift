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
    public var rendered: String {
        let characters = Array(source)
        let lower = min(max(range.lowerBound, 0), characters.count)
        let upper = min(max(range.upperBound, lower), characters.count)
        let before = DisplayWidth.of(String(characters[..<lower]))
        let under = max(1, DisplayWidth.of(String(characters[lower..<upper])))
        return message + "\n  " + source + "\n  " + String(repeating: " ", count: before) + String(repeating: "^", count: under)
    }
}

/// The nearest candidate to a misspelling, by edit distance over characters:
/// for did-you-mean hints.
public enum Suggestion {
    public static func nearest(to input: String, in candidates: [String]) -> String? {
        let limit = max(1, (input.count + 1) / 3)
        var best: (String, Int)?
        let lowered = input.lowercased()
        for candidate in candidates {
            // Lengths too far apart cannot be within the limit; skip the table for them.
            guard abs(candidate.count - input.count) <= limit else { continue }
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
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
