import Testing
import Archive
@testable import ArchiveExtract

@Suite struct ChineseNumberTests {
    func value(_ text: String) -> Double? { ChineseNumber.value(ArraySlice(Array(text.unicodeScalars))) }

    @Test func wellFormedNumerals() {
        #expect(value("八") == 8)
        #expect(value("十二") == 12)
        #expect(value("二十") == 20)
        #expect(value("三千五百") == 3500)
        #expect(value("两百") == 200)
        #expect(value("一千零五") == 1005)
        #expect(value("一万二千") == 12000)
        #expect(value("八点五") == 8.5)
        #expect(value("一亿二千万") == 120_000_000)
        #expect(value("三万亿") == 3_000_000_000_000)
        #expect(value("十二点三五") == 12.35)
    }

    @Test func slogansAndDigitRunsAreNotNumbers() {
        #expect(value("十百千万") == nil)
        #expect(value("八五") == nil)
        #expect(value("点五") == nil)
        #expect(value("八点") == nil)
        #expect(value("千亿亿亿亿") == nil)
    }
}
