import ArchiveMatching

/// The words between an indicator and its value that name nothing: verbs of reporting, comparisons
/// with last year, periods and the host (全市). A span of only these inherits the clause's indicator
/// (`实现地区生产总值1234.5亿元，同比增长6.5%`); anything more names another quantity.
enum Filler {
    static let words = PhraseTable<Bool>(words: FactLexicon.builtIn.words(.filler) + FactLexicon.builtIn.words(.hostWord))

    static func isEmpty(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        var substantive = 0
        while index < range.upperBound {
            if let hit = words.match(in: text, at: index, limit: range.upperBound) {
                index = hit.end
                continue
            }
            let scalar = text[index]
            if scalar.isIdeograph { substantive += 1 }
            index += 1
        }
        return substantive < 2
    }
}
