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

/// The nearest candidates to a misspelling, by edit distance over characters (Levenshtein):
/// for did-you-mean hints.
public enum Suggestion {
    public static func nearest(to input: String, in candidates: [String]) -> String? {
        let limit = max(1, (input.count + 1) / 3)
        var best: (String, Int)?
        let lowered = input.lowercased()
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased(), limit: limit)
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Levenshtein distance; stops early (returning > limit) once it cannot be within `limit`.
    public static func editDistance(_ a: String, _ b: String, limit: Int = Int.max) -> Int {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > limit { return limit == Int.max ? Swift.max(a.count, b.count) : limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = Swift.min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
