import Archive
import Foundation
import Testing

/// The way back: every normalized character's original offset, across deletions and replacements.
@Suite struct OffsetMapTests {
    private func scalarRange(of needle: String, in text: String) throws -> Range<Int> {
        let range = try #require(text.range(of: needle))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return start..<(start + needle.unicodeScalars.count)
    }

    private func original(_ document: DecodedDocument, _ range: Range<Int>) -> String {
        let scalars = Array(document.original.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[document.normalized.originalRange(of: range)]))
    }

    @Test func aRepairedRunAndItsNeighboursMapBack() throws {
        let document = try TextPipeline().process(try TextFixtures.seedBytes("004"))
        let text = document.normalized.text
        #expect(original(document, try scalarRange(of: "确保“双过半”", in: text)) == "確?!半p過半”")
        // Before the run: an annotated character; after it: the next sentence.
        #expect(original(document, try scalarRange(of: "奋战二季度", in: text)) == "奮戰(zhàn)二季度")
        #expect(original(document, try scalarRange(of: "潘功发强调", in: text)) == "潘功發(fā)強調(diào)")
        // Each character alone, too.
        let start = try scalarRange(of: "双过半", in: text).lowerBound
        let scalars = Array(document.original.unicodeScalars)
        #expect(scalars[document.normalized.originalOffsets[start + 1]] == "過")
    }

    @Test func everyOffsetIsInRangeAndNeverGoesBack() throws {
        for seed in ["000", "001", "002", "003", "004"] {
            let document = try TextPipeline().process(try TextFixtures.seedBytes(seed))
            let offsets = document.normalized.originalOffsets
            let length = document.original.unicodeScalars.count
            #expect(offsets.count == document.normalized.text.unicodeScalars.count + 1)
            #expect(offsets.last == length)
            #expect(zip(offsets, offsets.dropFirst()).allSatisfy { $0 <= $1 }, "seed \(seed)")
            #expect(offsets.allSatisfy { $0 >= 0 && $0 <= length })
        }
    }

    @Test func annotationsAndWidthMapToTheirCharacters() throws {
        let document = try TextFixtures.process("一季度ＧＤＰ增長５％,穩(wěn)中求進(jìn)。")
        #expect(document.normalized.text == "一季度GDP增长5%,稳中求进。")
        let text = document.normalized.text
        #expect(original(document, try scalarRange(of: "5%", in: text)) == "５％")
        // The annotation belongs to the character before it, so it falls inside the range.
        #expect(original(document, try scalarRange(of: "稳中求进", in: text)) == "穩(wěn)中求進(jìn)")
        #expect(original(document, try scalarRange(of: "。", in: text)) == "。")
    }
}
