import Archive
@testable import ArchiveText
import Testing

/// Byte-wise equality and search, as SQLite compares and finds text.
@Suite struct UTF8BytesTests {
    @Test func findsTheFirstOccurrenceOfTheBytes() throws {
        let text = "确保“双过半”，再保双过半"
        let match = try #require(text.firstUTF8Match(of: "双过半"))
        #expect(text.distance(from: text.startIndex, to: match) == 3)
        #expect(text[match...].hasPrefix("双过半”"))
        let last = try #require(text.firstUTF8Match(of: "保双过半"))
        #expect(text.distance(from: last, to: text.endIndex) == 4)
        #expect(text.firstUTF8Match(of: "确保") == text.startIndex)
        #expect(text.firstUTF8Match(of: "三过半") == nil)
        #expect(text.firstUTF8Match(of: "") == nil)
        #expect("双过".firstUTF8Match(of: "双过半") == nil)
        // Characters before the match that share its first byte (辽 and 过 both begin with E8).
        #expect("辽过过半".firstUTF8Match(of: "过半").map { "辽过过半".distance(from: "辽过过半".startIndex, to: $0) } == 2)
    }

    @Test func equalityIsOfTheBytesNotOfCanonicalEquivalents() {
        #expect("双过半".hasSameUTF8(as: "双过半"))
        #expect(!"双过半".hasSameUTF8(as: "双过半 "))
        #expect("".hasSameUTF8(as: ""))
        let composed = "P\u{E9}rez", decomposed = "Pe\u{301}rez"
        #expect(composed == decomposed)
        #expect(!composed.hasSameUTF8(as: decomposed))
    }

    @Test func replacesEveryOccurrenceLeftToRightWithoutOverlaps() {
        #expect("双过半，再保双过半".replacingUTF8("双过半", with: "[双过半]") == "[双过半]，再保[双过半]")
        #expect("aaaa".replacingUTF8("aa", with: "b") == "bb")
        #expect("aaa".replacingUTF8("aa", with: "") == "a")
        #expect("过半".replacingUTF8("三过半", with: "x") == "过半")
        #expect("过半".replacingUTF8("", with: "x") == "过半")
        #expect("".replacingUTF8("a", with: "b") == "")
        // A replacement holding the target is not searched again.
        #expect("a-a".replacingUTF8("a", with: "aa") == "aa-aa")
        // Bytes, not characters: é and e + combining accent are different text here, as in SQLite.
        #expect("Pe\u{301}rez P\u{E9}rez".replacingUTF8("P\u{E9}rez", with: "X") == "Pe\u{301}rez X")
    }
}
