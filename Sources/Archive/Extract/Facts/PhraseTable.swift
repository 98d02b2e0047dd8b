/// Phrases matched longest-first at a position of a scalar array. Entries are grouped by their first
/// scalar once, so a scan of a text is linear in its length times the few candidates per scalar.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let pattern: [Unicode.Scalar]
        let value: Value
    }

    struct Match {
        let start: Int
        let end: Int
        let value: Value
    }

    private let byFirst: [Unicode.Scalar: [Entry]]

    init(_ entries: [(String, Value)]) {
        var byFirst: [Unicode.Scalar: [Entry]] = [:]
        for (phrase, value) in entries {
            let pattern = Array(phrase.unicodeScalars)
            guard let first = pattern.first else { continue }
            byFirst[first, default: []].append(Entry(pattern: pattern, value: value))
        }
        // Longest first, so the first hit at a position is the longest one.
        self.byFirst = byFirst.mapValues { $0.sorted { $0.pattern.count > $1.pattern.count } }
    }

    /// The longest phrase that starts at `index`.
    func match(in text: [Unicode.Scalar], at index: Int, limit: Int? = nil) -> Match? {
        let end = limit ?? text.count
        guard index < end, let candidates = byFirst[text[index]] else { return nil }
        for entry in candidates where index + entry.pattern.count <= end {
            var equal = true
            for (offset, scalar) in entry.pattern.enumerated() where text[index + offset] != scalar {
                equal = false
                break
            }
            if equal { return Match(start: index, end: index + entry.pattern.count, value: entry.value) }
        }
        return nil
    }

    /// Leftmost-longest, non-overlapping matches in `range`.
    func matches(in text: [Unicode.Scalar], range: Range<Int>? = nil) -> [Match] {
        let range = range ?? 0..<text.count
        var found: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let hit = match(in: text, at: index, limit: range.upperBound) {
                found.append(hit)
                index = hit.end
            } else {
                index += 1
            }
        }
        return found
    }

    func contains(in text: [Unicode.Scalar], range: Range<Int>? = nil) -> Bool {
        let range = range ?? 0..<text.count
        var index = range.lowerBound
        while index < range.upperBound {
            if match(in: text, at: index, limit: range.upperBound) != nil { return true }
            index += 1
        }
        return false
    }

    /// The longest phrase that ends exactly at `end` (for words just before a number).
    func match(in text: [Unicode.Scalar], endingAt end: Int, from lowerBound: Int = 0) -> Match? {
        var best: Match?
        var start = end - 1
        while start >= lowerBound, end - start <= 8 {
            if let hit = match(in: text, at: start, limit: end), hit.end == end { best = hit }
            start -= 1
        }
        return best
    }
}

extension PhraseTable where Value == Bool {
    /// A plain word list.
    init(words: [String]) { self.init(words.map { ($0, true) }) }
}
