import Testing
import Archive
@testable import ArchiveExtract

@Suite struct PeriodTests {
    func period(_ text: String, year: Int? = 2023) -> String? {
        let scalars = Array(text.unicodeScalars)
        let marks = PeriodScanner.scan(scalars, year: year)
        return PeriodScanner.period(at: scalars.count, marks: marks, carried: nil, year: year)
    }

    @Test func quartersHalvesAndYears() {
        #expect(period("一季度，") == "2023Q1")
        #expect(period("首季，") == "2023Q1")
        #expect(period("上半年，") == "2023H1")
        #expect(period("今年，") == "2023")
        #expect(period("全年") == "2023")
        #expect(period("明年") == "2024")
        #expect(period("2021年一季度") == "2021Q1")
    }

    @Test func monthRanges() {
        #expect(period("1-5月，") == "2023-01..05")
        #expect(period("1至8月份，") == "2023-01..08")
        #expect(period("元至四月，") == "2023-01..04")
        #expect(period("前三季度，") == "2023-01..09")
        #expect(period("10月份，") == "2023-10")
    }

    @Test func aDateIsNoPeriodAndAnUnknownYearGivesNone() {
        #expect(period("6月18日，") == nil)
        #expect(period("一季度，", year: nil) == nil)
    }

    @Test func monthRangesThatAreQuartersOrHalves() {
        #expect(period("1至6月，") == "2023H1")
        #expect(period("1-3月，") == "2023Q1")
    }

    @Test func theYearSoFarIsNoYear() {
        #expect(period("今年以来，") == nil)
    }

    @Test func theWholeYearIsTheYearInView() {
        #expect(period("2021年，全年") == "2021")
    }

    @Test func aPeriodOfWorkAheadDoesNotDateReportedFigures() {
        let text = Array("总结一季度工作，部署二季度工作".unicodeScalars)
        let marks = PeriodScanner.scan(text, year: 2023)
        #expect(PeriodScanner.reportMark(marks, in: text)?.period == .quarter(1))
    }

    @Test func lastYearUnlessItIsTheBaseOfAComparison() {
        #expect(period("去年，") == "2022")
        #expect(period("一季度，比上年") == "2023Q1")
        #expect(period("上半年，较去年同期") == "2023H1")
    }

    @Test func aPeriodAfterBiIsTheBaseOfAComparison() {
        #expect(period("1—10月，增速比1—9月") == "2023-01..10")
    }
}
