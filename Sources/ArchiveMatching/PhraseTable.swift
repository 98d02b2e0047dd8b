/// Phrases matched longest-first at a position of a scalar array. Entries are grouped by their first
/// scalar once, so a scan of a text is linear in its length times the few candidates per scalar.
public struct PhraseTable<Value: Sendable>: Sendable {
    public struct Match {
        public let start: Int
        public let end: Int
        public let value: Value

        @usableFromInline init(start: Int, end: Int, value: Value) {
            self.start = start
            self.end = end
            self.value = value
        }
    }

    /// A phrase: `count` scalars of `patterns` from `offset`.
    @usableFromInline struct Entry: Sendable {
        @usableFromInline let offset: Int
        @usableFromInline let count: Int
        @usableFromInline let value: Value
    }

    /// Every phrase's scalars end to end, so a comparison walks one array.
    @usableFromInline let patterns: [Unicode.Scalar]
    /// Grouped by first scalar, each group longest first.
    @usableFromInline let entries: [Entry]
    /// First scalar → its group in `entries`.
    @usableFromInline let byFirst: ScalarMap<Range<Int>>
    /// The scalars some phrase begins with.
    public var firstScalars: [Unicode.Scalar] { byFirst.keys }

    public init(_ entries: [(String, Value)]) {
        var groups: [[(pattern: [Unicode.Scalar], value: Value)]] = []
        var groupOf: [Unicode.Scalar: Int] = [:]
        for (phrase, value) in entries {
            let pattern = Array(phrase.unicodeScalars)
            guard let first = pattern.first else { continue }
            let group = groupOf[first] ?? groups.count
            if group == groups.count {
                groupOf[first] = group
                groups.append([])
            }
            groups[group].append((pattern, value))
        }
        var patterns: [Unicode.Scalar] = []
        var flat: [Entry] = []
        var byFirst: [(Unicode.Scalar, Range<Int>)] = []
        for group in groups {
            let start = flat.count
            // Longest first, so the first hit at a position is the longest one.
            for (pattern, value) in group.sorted(by: { $0.pattern.count > $1.pattern.count }) {
                flat.append(Entry(offset: patterns.count, count: pattern.count, value: value))
                patterns.append(contentsOf: pattern)
            }
            byFirst.append((group[0].pattern[0], start..<flat.count))
        }
        self.patterns = patterns
        self.entries = flat
        self.byFirst = ScalarMap(byFirst)
    }

    /// The longest phrase that starts at `index`.
    @inlinable public func match(in text: [Unicode.Scalar], at index: Int, limit: Int? = nil) -> Match? {
        let end = limit ?? text.count
        guard index < end, let group = byFirst[text[index]] else { return nil }
        return text.withUnsafeBufferPointer { text in
            patterns.withUnsafeBufferPointer { patterns in
                for entry in entries[group] where index + entry.count <= end {
                    var offset = 1
                    while offset < entry.count, text[index + offset] == patterns[entry.offset + offset] { offset += 1 }
                    if offset == entry.count { return Match(start: index, end: index + entry.count, value: entry.value) }
                }
                return nil
            }
        }
    }

    /// Leftmost-longest, non-overlapping matches in `range`.
    @inlinable public func matches(in text: [Unicode.Scalar], range: Range<Int>? = nil) -> [Match] {
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

    @inlinable public func contains(in text: [Unicode.Scalar], range: Range<Int>? = nil) -> Bool {
        let range = range ?? 0..<text.count
        var index = range.lowerBound
        while index < range.upperBound {
            if match(in: text, at: index, limit: range.upperBound) != nil { return true }
            index += 1
        }
        return false
    }

    /// The longest phrase that ends exactly at `end` (for words just before a number).
    @inlinable public func match(in text: [Unicode.Scalar], endingAt end: Int, from lowerBound: Int = 0) -> Match? {
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
    public init(words: [String]) { self.init(words.map { ($0, true) }) }
}
