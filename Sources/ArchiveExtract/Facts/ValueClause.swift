import ArchiveMatching

/// What the words around a number say about it: a growth or a level, a share (占, 比重) or a
/// multi-year average (两年平均, 年均) that is no indicator value, and whether the number is a value at
/// all rather than part of a noun (`超100亿元的县域`, `百亿园区`).
enum ValueClause {
    static let boundaries = ScalarSet([",", ";", ":", "!", "?", "\n"] + FactLexicon.builtIn.scalars(.clauseBoundary))
    static let separators = ScalarSet([",", " ", "\u{3000}"] + FactLexicon.builtIn.scalars(.valueSeparator))

    enum Change: Sendable { case rise, fall, noun }

    /// Verbs of change; 增加值 (value added) is a noun that only looks like one.
    static let changeWords = FactLexicon.builtIn.table(.changeWord) { value -> Change? in
        switch value {
        case "rise": .rise
        case "fall": .fall
        case "noun": .noun
        default: nil
        }
    }
    /// 回落至6.5%: the rate fell to a value, it did not fall by it.
    static let toWords = ScalarSet(FactLexicon.builtIn.scalars(.changeTo))
    /// A share of a whole, or progress against a plan (完成年度计划的78%).
    static let shareWords = FactLexicon.builtIn.table(.shareWord)
    static let averageWords = FactLexicon.builtIn.table(.averageWord)
    static let rateWords = FactLexicon.builtIn.table(.rateWord)
    static let rateWordList = FactLexicon.builtIn.words(.rateWord)
    static let listWord = FactLexicon.builtIn.word(.listWord)
    static let andAlso = FactLexicon.builtIn.word(.andAlso)
    static let andAlsoTable = FactLexicon.builtIn.table(.andAlso)

    /// Words a value may be followed by. Any other word right after the unit makes the number part
    /// of a noun phrase (`超100亿元的县域达60个`).
    static let followers = PhraseTable<Bool>(words: FactLexicon.builtIn.words(.valueFollower))

    /// The start of the clause that `index` lies in (after the last comma, semicolon, colon or stop).
    static func clauseStart(_ text: [Unicode.Scalar], before index: Int, from lowerBound: Int) -> Int {
        var cursor = index
        while cursor > lowerBound, !boundaries.contains(text[cursor - 1]) { cursor -= 1 }
        return cursor
    }

    static func clauseEnd(_ text: [Unicode.Scalar], after index: Int) -> Int {
        var cursor = index
        while cursor < text.count, !boundaries.contains(text[cursor]) { cursor += 1 }
        return cursor
    }

    /// Whether the number ending at `end` stands as a value: followed by punctuation, the end, or a word
    /// that goes with values.
    static func standsAlone(_ text: [Unicode.Scalar], after end: Int) -> Bool {
        guard end < text.count else { return true }
        let next = text[end]
        if !next.isIdeograph { return true }
        return followers.match(in: text, at: end) != nil
    }

    static let ofValue = FactLexicon.builtIn.word(.ofValue)

    /// Whether a percentage is joined to the value ending at `previousEnd` as a share of it (任务90亿元的45.6%).
    static func isShareOfPrevious(_ text: [Unicode.Scalar], _ quantity: Quantity, previousEnd: Int?) -> Bool {
        guard quantity.unit == .percent, let previousEnd else { return false }
        return previousEnd + ofValue.count == quantity.start && QuantityScanner.matches(text, ofValue, at: previousEnd)
    }

    static func isShare(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        shareWords.contains(in: text, range: range)
    }

    static func isAverage(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        averageWords.contains(in: text, range: range)
    }

    static func hasGrowthWord(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        changeWords.matches(in: text, range: range).contains { $0.value != .noun }
    }

    /// Whether the verb nearest before the value says it fell by the value (下降3.5%).
    static func isFall(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let nearest = changeWords.matches(in: text, range: range).last(where: { $0.value != .noun }),
              nearest.value == .fall else { return false }
        return !(nearest.end < text.count && toWords.contains(text[nearest.end]))
    }

    /// Whether a name ends in a word for a rate (城镇调查失业率).
    static func endsInRateWord(_ name: String) -> Bool {
        rateWordList.contains { name.hasSuffix($0) }
    }

    static func mentionsRate(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        rateWords.contains(in: text, range: range)
    }

    /// Whether the text between two numbers only separates them (`5.9%、4.8%和2.2%`).
    static func onlySeparates(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if QuantityScanner.matches(text, andAlso, at: index) {
                index += 2
                continue
            }
            guard separators.contains(text[index]) else { return false }
            index += 1
        }
        return true
    }

    /// The index of 分别 in the range, if the range holds it.
    static func listMarker(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index + listWord.count <= range.upperBound {
            if QuantityScanner.matches(text, listWord, at: index) { return index }
            index += 1
        }
        return nil
    }
}
