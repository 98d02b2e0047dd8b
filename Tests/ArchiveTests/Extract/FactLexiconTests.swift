import Testing
import Archive
@testable import ArchiveExtract

@Suite struct FactLexiconTests {
    /// A table with one word in every category but the ones named.
    func table(without skipped: Set<FactList> = [], extra: String = "") -> String {
        var rows = ["category\tword\tvalue"]
        for list in FactList.allCases where !skipped.contains(list) { rows.append("\(list.rawValue)\tx\t1") }
        return rows.joined(separator: "\n") + "\n" + extra
    }

    @Test func everyCategoryReadsFromATableThatHasThemAll() throws {
        let lexicon = try FactLexicon(tsv: table())
        for list in FactList.allCases { #expect(lexicon.words(list) == ["x"]) }
    }

    @Test func aMisspeltCategoryIsAnError() {
        #expect(throws: WordTableError.unknownCategory(file: FactLexicon.file, category: "fillr")) { try FactLexicon(tsv: table(extra: "fillr\tx\t\n")) }
    }

    @Test func aMissingCategoryIsAnError() {
        #expect(throws: WordTableError.missingCategory(file: FactLexicon.file, category: FactList.filler.rawValue)) {
            try FactLexicon(tsv: table(without: [.filler]))
        }
    }

    @Test func theBuiltInTablesParse() {
        // Each typed table parses its values when first read; an unreadable value stops the program.
        #expect(Unit.table.match(in: Array("5亿元".unicodeScalars), at: 1)?.value == .hundredMillionYuan)
        #expect(Unit.allCases.allSatisfy { Unit.names[$0] != nil })
        #expect(!PeriodScanner.words.firstScalars.isEmpty)
        #expect(!PeriodScanner.relativeYears.firstScalars.isEmpty)
        #expect(!PeriodScanner.aheadWords.firstScalars.isEmpty)
        #expect(!GoalStance.markers.firstScalars.isEmpty)
        #expect(!ValueClause.changeWords.firstScalars.isEmpty)
        #expect(!Comparator.before.firstScalars.isEmpty && !Comparator.after.firstScalars.isEmpty)
        #expect(!IndicatorMatcher.industrialFirms.firstScalars.isEmpty)
    }

    @Test func periodCodes() {
        #expect(Period(code: "Q3") == .quarter(3))
        #expect(Period(code: "H2") == .half(2))
        #expect(Period(code: "M1-9") == .months(1, 9))
        #expect(Period(code: "Q5") == nil)
        #expect(Period(code: "M9-1") == nil)
    }
}
