import ArchiveMatching
import ArchiveResources
import ArchiveText
import FoundationEssentials

/// The words and patterns the meeting stage reads with, from data/meeting-lexicon.tsv,
/// data/meeting-patterns.tsv and data/surnames.tsv. Language lives in those tables, not in code.
struct MeetingLexicon: Sendable {
    /// category → words in file order
    package let words: [String: [String]]
    /// category → word → value
    package let values: [String: [String: String]]
    /// category → its words, to look for all at once
    private let phraseTables: [String: PhraseTable<Void>]
    /// category → its words as scalars, in file order
    private let wordLists: [String: [Word]]
    package let patterns: [String: String]
    /// The patterns compiled once; a pattern that does not compile is a broken data file.
    private let compiled: [String: TextPattern]
    /// The same with ^ and $ at line ends, for finding the lines of a whole text a pattern may match.
    private let multiline: [String: TextPattern]
    private let leads: [String: [Word]]
    private let digitHeads: [String: Int]
    private let leadTables: [String: PhraseTable<Void>]
    let surnames: Set<String>
    let doubleSurnames: Set<String>

    package init(lexicon: String, patterns: String, surnames: String) {
        var words: [String: [String]] = [:]
        var values: [String: [String: String]] = [:]
        for row in TSV.records(lexicon) {
            guard let category = row["category"], let word = row["word"], !word.isEmpty else { continue }
            words[category, default: []].append(word)
            values[category, default: [:]][word] = row["value"] ?? ""
        }
        self.words = words
        self.values = values
        phraseTables = words.mapValues { PhraseTable($0.map { ($0, ()) }) }
        wordLists = words.mapValues { $0.map(Word.init) }
        var table: [String: String] = [:]
        for row in TSV.records(patterns) {
            if let name = row["name"], let pattern = row["pattern"] { table[name] = pattern }
        }
        var compiled: [String: TextPattern] = [:], multiline: [String: TextPattern] = [:]
        // A labelled publication date is the label before either date form.
        if let full = table["full-date"], let iso = table["iso-date"] { table["any-date"] = "(?:" + full + ")|(?:" + iso + ")" }
        if let label = table["published-label"] {
            for form in ["full-date", "iso-date"] {
                if let date = table[form] { table["labelled-" + form] = "(?:" + label + ")(?:" + date + ")" }
            }
        }
        for (name, pattern) in table {
            do {
                compiled[name] = try TextPattern(pattern)
                multiline[name] = try TextPattern(pattern, multiline: true)
            } catch {
                preconditionFailure("data/meeting-patterns.tsv: pattern \(name) does not compile: \(error)")
            }
        }
        self.patterns = table
        leads = table.compactMapValues(Self.leadingWords(of:))
        digitHeads = table.mapValues { PatternHead.leadingDigits(Substring($0)) }.filter { $0.value > 0 }
        leadTables = leads.mapValues { PhraseTable($0.map { ($0.text, ()) }) }
        self.compiled = compiled
        self.multiline = multiline
        let names = TSV.records(surnames).compactMap { $0["surname"] }.filter { !$0.isEmpty }
        self.surnames = Set(names.filter { $0.count == 1 })
        self.doubleSurnames = Set(names.filter { $0.count == 2 })
    }

    static let builtIn = MeetingLexicon(
        lexicon: EmbeddedResources.data("meeting-lexicon.tsv"),
        patterns: EmbeddedResources.data("meeting-patterns.tsv"),
        surnames: EmbeddedResources.data("surnames.tsv"))

    package func list(_ category: String) -> [String] { words[category] ?? [] }

    package func set(_ category: String) -> Set<String> { Set(list(category)) }

    /// A category's words for finding any of them in one pass.
    package func phrases(_ category: String) -> PhraseTable<Void> { phraseTables[category] ?? PhraseTable([]) }

    package func value(_ category: String, _ word: String) -> String? { values[category]?[word] }

    /// Words of a category, longest first, so a scan takes the longest match.
    func longestFirst(_ category: String) -> [String] { list(category).sorted { $0.count > $1.count } }

    /// The same, as scalar words for the scans.
    func longestWords(_ category: String) -> [Word] { longestFirst(category).map(Word.init) }

    /// A category's words in file order, as scalar words.
    func wordList(_ category: String) -> [Word] { wordLists[category] ?? [] }

    /// A pattern made only of literal words joined by `|` (convene: 召开|举行|举办), as those words:
    /// a scan finds them without the regex engine, which costs more per call than the search.
    func literalAlternatives(_ name: String) -> [Word]? {
        guard let pattern = patterns[name], !pattern.isEmpty,
              !pattern.unicodeScalars.contains(where: { $0 != "|" && Self.metacharacters.contains($0) }) else { return nil }
        let words = pattern.split(separator: "|", omittingEmptySubsequences: false).map { Word(String($0)) }
        return words.contains { $0.count == 0 } ? nil : words
    }

    /// The literal text a `^`-anchored pattern must start with (reported-speech: 在), nil when none.
    func anchoredPrefix(_ name: String) -> Word? {
        guard let pattern = patterns[name], pattern.hasPrefix("^") else { return nil }
        return Self.literalHead(Substring(pattern).dropFirst())
    }

    /// Words one of which every match of the pattern starts with, read off its head: a literal
    /// run, a group of alternatives each opening with a literal (`(?:部署|谋划|安排)`, `文\s*[/／]`
    /// gives 文), or a class of plain characters (`[(（]`). Nil when the head is anything else.
    /// A text containing none of them cannot match, so the regex need not run.
    func leadingWords(_ name: String) -> [Word]? { leads[name] }

    /// False when `text` holds none of the pattern's leading words, so it cannot match; true otherwise.
    func mayMatch(_ name: String, _ text: ScalarText) -> Bool {
        leadTables[name]?.contains(in: text.scalars) ?? true
    }

    /// The first match of a pattern. One with leading words is tried only where one of them
    /// starts, one with leading digits only where that many digits start, which finds the same
    /// first match: every match starts there.
    /// `scalars` and `utf16`: the text's, when the caller has them already.
    func firstMatch(_ name: String, in text: String, scalars: ScalarText? = nil, utf16: [UInt16]? = nil) -> TextPattern.Match? {
        guard let leads = leadTables[name] else {
            let units = utf16 ?? [UInt16](utf16Of: text)
            let digits = leadingDigits(name)
            guard digits > 0 else { return units.withUnsafeBufferPointer { regex(name).firstMatch(in: $0) } }
            let t = scalars ?? ScalarText(text)
            let starts = t.utf16Offsets(PatternHead.digitRunStarts(t.scalars, count: digits), unitCount: units.count)
            return units.withUnsafeBufferPointer { regex(name).firstMatch(in: $0, startingAt: starts) }
        }
        let t = scalars ?? ScalarText(text)
        var starts: [Int] = []
        for index in 0..<t.count where leads.match(in: t.scalars, at: index) != nil { starts.append(index) }
        guard !starts.isEmpty else { return nil }
        let units = utf16 ?? [UInt16](utf16Of: text)
        let unitStarts = t.utf16Offsets(starts, unitCount: units.count)
        return units.withUnsafeBufferPointer { regex(name).firstMatch(in: $0, startingAt: unitStarts) }
    }

    private static func leadingWords(of pattern: String) -> [Word]? {
        guard !hasTopLevelAlternation(pattern) else { return nil }
        var head = Substring(pattern)
        if head.hasPrefix("^") { head = head.dropFirst() }
        if head.hasPrefix("(?:") || head.hasPrefix("[") {
            let isClass = head.hasPrefix("[")
            let body = head.dropFirst(isClass ? 1 : 3)
            guard let close = body.firstIndex(of: isClass ? "]" : ")") else { return nil }
            let inside = body[..<close]
            let after = body[body.index(after: close)...].unicodeScalars.first
            if let after, "?*{".unicodeScalars.contains(after) { return nil }
            if isClass {
                // Inside a class only these are syntax: escapes, ranges, negation, nested classes.
                guard !inside.isEmpty, !inside.hasPrefix("^"), !inside.unicodeScalars.contains(where: { "\\-[&".unicodeScalars.contains($0) })
                else { return nil }
                return inside.unicodeScalars.map { Word(String($0)) }
            }
            if inside.contains("(") { return nil }
            let words = inside.split(separator: "|", omittingEmptySubsequences: false).map { Self.literalHead(Substring($0)) }
            return words.contains { $0 == nil } ? nil : words.compactMap { $0 }
        }
        return Self.literalHead(head).map { [$0] }
    }

    /// Whether `|` splits the whole pattern (a match may then start with either side).
    private static func hasTopLevelAlternation(_ pattern: String) -> Bool {
        PatternHead.alternatives(Substring(pattern)).count > 1
    }

    /// How many decimal digits every match of the pattern starts with (0: it cannot be told).
    package func leadingDigits(_ name: String) -> Int { digitHeads[name] ?? 0 }

    /// The literal scalars a pattern fragment starts with, less one the quantifier after them governs.
    private static func literalHead(_ fragment: Substring) -> Word? {
        var literal = Array(fragment.unicodeScalars.prefix { !metacharacters.contains($0) })
        let after = fragment.unicodeScalars.dropFirst(literal.count).first
        if let after, !literal.isEmpty, "?*{".unicodeScalars.contains(after) { literal.removeLast() }
        return literal.isEmpty ? nil : Word(String(scalars: literal))
    }

    private static let metacharacters = Set("\\^$.|?*+()[]{}".unicodeScalars)

    func regex(_ name: String) -> TextPattern {
        guard let regex = compiled[name] else { preconditionFailure("data/meeting-patterns.tsv has no pattern \(name)") }
        return regex
    }

    /// The pattern compiled with ^ and $ matching at line ends.
    func lineRegex(_ name: String) -> TextPattern {
        guard let regex = multiline[name] else { preconditionFailure("data/meeting-patterns.tsv has no pattern \(name)") }
        return regex
    }

    /// A regex alternation of a category's words, longest first.
    func alternation(_ category: String) -> String {
        longestFirst(category).map(TextPattern.escaped).joined(separator: "|")
    }
}
