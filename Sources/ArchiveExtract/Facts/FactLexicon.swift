import ArchiveMatching
import ArchiveResources

/// The word lists of data/fact-words.tsv, one per case. A category in the file that is no case, a
/// case with no words, or a value that does not parse stops the program with the file, category and
/// word named: a misspelt list cannot read as an empty one.
enum FactList: String, CaseIterable, Sendable {
    case numeralDigit = "numeral-digit"
    case numeralSmallUnit = "numeral-small-unit"
    case numeralLargeUnit = "numeral-large-unit"
    case numeralPoint = "numeral-point"
    case percentWord = "percent-word"
    case moreThan = "more-than"
    case rangeMark = "range-mark"
    case unit
    case unitName = "unit-name"
    case comparatorBefore = "comparator-before"
    case comparatorAfter = "comparator-after"
    case hostWord = "host-word"
    case national
    case filler
    case clauseBoundary = "clause-boundary"
    case changeWord = "change-word"
    case changeTo = "change-to"
    case shareWord = "share-word"
    case ofValue = "of-value"
    case averageWord = "average-word"
    case rateWord = "rate-word"
    case listWord = "list-word"
    case andAlso = "and-also"
    case valueSeparator = "value-separator"
    case itemJoiner = "item-joiner"
    case valueFollower = "value-follower"
    case bothResidents = "both-residents"
    case residents
    case targetWord = "target-word"
    case targetListHeader = "target-list-header"
    case forecastWord = "forecast-word"
    case goalWord = "goal-word"
    case indicatorContinuation = "indicator-continuation"
    case indicatorQualifier = "indicator-qualifier"
    case industrialFirms = "industrial-firms"
    case valueAdded = "value-added"
    case within
    case nameEnder = "name-ender"
    case nameLeadingWord = "name-leading-word"
    case indicatorHead = "indicator-head"
    case periodWord = "period-word"
    case relativeYear = "relative-year"
    case comparisonMark = "comparison-mark"
    case comparisonBaseMark = "comparison-base-mark"
    case sameTime = "same-time"
    case yearInView = "year-in-view"
    case since
    case monthNumeral = "month-numeral"
    case monthFirst = "month-first"
    case yearMark = "year-mark"
    case monthMark = "month-mark"
    case monthCountMark = "month-count-mark"
    case aheadWord = "ahead-word"
    case goalChainJoiner = "goal-chain-joiner"
    case goalMarker = "goal-marker"
    case goalRetrospective = "goal-retrospective"
    case goalDoneAfter = "goal-done-after"
}

/// Typed access to data/fact-words.tsv: each list as words, a phrase table, a set of scalars or a
/// map, with its values parsed. The file is read by WordTable, which refuses a category that is no
/// case of FactList, a case with no words and a row with no word, naming the file and category.
struct FactLexicon: Sendable {
    static let file = "data/fact-words.tsv"
    /// Each list's (word, value) rows in file order.
    let lists: WordTable<FactList>

    init(tsv: String) throws(WordTableError) {
        lists = try WordTable(file: Self.file, tsv: tsv)
    }

    private init(lists: WordTable<FactList>) { self.lists = lists }

    static let builtIn = FactLexicon(lists: .builtIn("fact-words.tsv"))

    func entries(_ list: FactList) -> [(word: String, value: String)] { lists.entries(list) }

    func words(_ list: FactList) -> [String] { entries(list).map(\.word) }

    /// The list's only word, as scalars.
    func word(_ list: FactList) -> [Unicode.Scalar] {
        let all = words(list)
        precondition(all.count == 1, "\(Self.file): category '\(list.rawValue)' must hold one word, not \(all.count)")
        return Array(all[0].unicodeScalars)
    }

    /// The list's words, each one scalar.
    func scalars(_ list: FactList) -> [Unicode.Scalar] {
        words(list).map { word in
            let scalars = Array(word.unicodeScalars)
            precondition(scalars.count == 1, "\(Self.file): '\(word)' in '\(list.rawValue)' must be one character")
            return scalars[0]
        }
    }

    func table(_ list: FactList) -> PhraseTable<Bool> { PhraseTable(words: words(list)) }

    /// The list as a phrase table whose values `parse` reads.
    func table<Value>(_ list: FactList, _ parse: (String) -> Value?) -> PhraseTable<Value> {
        PhraseTable(values(list, parse))
    }

    /// The list's (word, value) rows with their values parsed.
    func values<Value>(_ list: FactList, _ parse: (String) -> Value?) -> [(String, Value)] {
        entries(list).map { entry in
            guard let value = parse(entry.value) else {
                preconditionFailure("\(Self.file): '\(entry.word)' in '\(list.rawValue)' has an unreadable value '\(entry.value)'")
            }
            return (entry.word, value)
        }
    }

    /// One-character words mapped to whole numbers.
    func numbers(_ list: FactList) -> ScalarMap<Int> {
        ScalarMap(zip(scalars(list), values(list) { Int($0) }.map(\.1)))
    }
}
