import Foundation

/// The words and patterns the meeting stage reads with, from data/meeting-lexicon.tsv,
/// data/meeting-patterns.tsv and data/surnames.tsv. Language lives in those tables, not in code.
struct MeetingLexicon: Sendable {
    /// category → words in file order
    let words: [String: [String]]
    /// category → word → value
    let values: [String: [String: String]]
    let patterns: [String: String]
    /// The patterns compiled once; a pattern that does not compile is a broken data file.
    private let compiled: [String: NSRegularExpression]
    let surnames: Set<String>
    let doubleSurnames: Set<String>

    init(lexicon: String, patterns: String, surnames: String) {
        var words: [String: [String]] = [:]
        var values: [String: [String: String]] = [:]
        for row in TSV.records(lexicon) {
            guard let category = row["category"], let word = row["word"], !word.isEmpty else { continue }
            words[category, default: []].append(word)
            values[category, default: [:]][word] = row["value"] ?? ""
        }
        self.words = words
        self.values = values
        var table: [String: String] = [:]
        for row in TSV.records(patterns) {
            if let name = row["name"], let pattern = row["pattern"] { table[name] = pattern }
        }
        self.patterns = table
        var compiled: [String: NSRegularExpression] = [:]
        for (name, pattern) in table {
            do { compiled[name] = try NSRegularExpression(pattern: pattern) } catch {
                preconditionFailure("data/meeting-patterns.tsv: pattern \(name) does not compile: \(error)")
            }
        }
        self.compiled = compiled
        let names = TSV.records(surnames).compactMap { $0["surname"] }.filter { !$0.isEmpty }
        self.surnames = Set(names.filter { $0.count == 1 })
        self.doubleSurnames = Set(names.filter { $0.count == 2 })
    }

    static let builtIn = MeetingLexicon(
        lexicon: EmbeddedResources.data("meeting-lexicon.tsv"),
        patterns: EmbeddedResources.data("meeting-patterns.tsv"),
        surnames: EmbeddedResources.data("surnames.tsv"))

    func list(_ category: String) -> [String] { words[category] ?? [] }

    func set(_ category: String) -> Set<String> { Set(list(category)) }

    func value(_ category: String, _ word: String) -> String? { values[category]?[word] }

    /// Words of a category, longest first, so a scan takes the longest match.
    func longestFirst(_ category: String) -> [String] { list(category).sorted { $0.count > $1.count } }

    func regex(_ name: String) -> NSRegularExpression {
        guard let regex = compiled[name] else { preconditionFailure("data/meeting-patterns.tsv has no pattern \(name)") }
        return regex
    }

    /// A regex alternation of a category's words, longest first.
    func alternation(_ category: String) -> String {
        longestFirst(category).map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
    }
}

/// Scalar-indexed text: Chinese reports are BMP text, so a scalar array lets the rules look at
/// neighbours by offset and hand NSRange-free positions to each other.
struct ScalarText: Sendable {
    let scalars: [Character]
    init(_ text: String) { scalars = Array(text) }
    var count: Int { scalars.count }
    subscript(_ range: Range<Int>) -> String {
        let r = max(0, range.lowerBound)..<min(count, max(max(0, range.lowerBound), range.upperBound))
        return String(scalars[r])
    }
    func char(_ i: Int) -> Character? { i >= 0 && i < count ? scalars[i] : nil }
    // Both compare as they walk, so a word that differs in its first character (the usual case when
    // a whole word list is tried at every position) costs one comparison, not a copy of the word.
    func hasPrefix(_ word: String, at i: Int) -> Bool {
        guard i >= 0 else { return false }
        var k = i
        for c in word {
            guard k < count, scalars[k] == c else { return false }
            k += 1
        }
        return true
    }
    func hasSuffix(_ word: String, endingAt end: Int) -> Bool {
        guard end <= count else { return false }
        var k = end - 1
        for c in word.reversed() {
            guard k >= 0, scalars[k] == c else { return false }
            k -= 1
        }
        return true
    }
    /// Offsets where `word` starts.
    func occurrences(of word: String) -> [Int] {
        guard let first = word.first, word.count <= count else { return [] }
        return (0...(count - word.count)).filter { scalars[$0] == first && hasPrefix(word, at: $0) }
    }
}

extension String {
    /// All matches of a regex with their capture groups as strings (nil for an unmatched group).
    func matches(_ regex: NSRegularExpression) -> [(range: Range<Int>, groups: [String?])] {
        let ns = self as NSString
        return regex.matches(in: self, range: NSRange(location: 0, length: ns.length)).map { m in
            var groups: [String?] = []
            for g in 0..<m.numberOfRanges {
                let r = m.range(at: g)
                groups.append(r.location == NSNotFound ? nil : ns.substring(with: r))
            }
            // Offsets in Characters; the reports are BMP text where UTF-16 units and Characters agree.
            return (m.range.location..<(m.range.location + m.range.length), groups)
        }
    }
}
