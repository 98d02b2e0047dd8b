import Testing
import Archive
@testable import ArchiveExtract

@Suite struct QuantityScannerTests {
    func scan(_ text: String) -> [Quantity] { QuantityScanner.scan(Array(text.unicodeScalars)) }

    @Test func arabicWithDecimalsAndThousands() {
        let found = scan("总量达到2,345.67亿元，增长6.1%")
        #expect(found.map(\.low) == [2345.67, 6.1])
        #expect(found.map(\.unit) == [.hundredMillionYuan, .percent])
    }

    @Test func chineseNumeralsWithUnits() {
        let found = scan("增长百分之七点二，产量三千五百万吨，增长八点五%")
        #expect(found.map(\.low) == [7.2, 3500, 8.5])
        #expect(found.map(\.unit) == [.percent, .tenThousandTonnes, .percent])
    }

    @Test func numbersWithoutUnitsArePassedOver() {
        #expect(scan("2024年3月5日，排名第3位，共有12家企业").isEmpty)
    }

    @Test func rangesKeepBothEnds() {
        let found = scan("增长6%-6.5%，或者7～8%")
        #expect(found.count == 2)
        #expect(found[0].low == 6 && found[0].high == 6.5)
        #expect(found[1].low == 7 && found[1].high == 8 && found[1].unit == .percent)
    }

    @Test func percentagePointsAreTheirOwnUnit() {
        #expect(scan("提高0.8个百分点").first?.isPercentagePoint == true)
    }

    @Test func aRoundChineseFigureWithBareYiIsNoValue() {
        #expect(scan("建成两百亿产业集群").isEmpty)
        #expect(scan("收入4.6亿").first?.unit.exported == "亿元")
    }
}
