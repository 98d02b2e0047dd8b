import Archive
import Foundation
import Testing

/// The same report saved by sites in other encodings reads the same.
@Suite struct EncodingTests {
    @Test(arguments: ["000", "002", "004"])
    func gb18030CopyReadsLikeTheOriginal(seed: String) throws {
        let text = try TextFixtures.seedText(seed)
        let copy = try TextFixtures.encoded(text, as: "GB18030")
        #expect(copy != Array(text.utf8))
        let original = try TextPipeline().process(try TextFixtures.seedBytes(seed))
        let document = try TextPipeline().process(copy)
        #expect(document.encoding == "GB18030")
        #expect(document.normalized == original.normalized)
        #expect(document.repairs == original.repairs)
    }

    /// Big5 has no simplified characters and no tone-marked letters, so the comparison is with the
    /// same characters in UTF-8: the decoding must pick Big5 and read every character right.
    @Test(arguments: ["001", "004"])
    func big5CopyReadsLikeTheSameTextInUTF8(seed: String) throws {
        let text = try TextFixtures.seedText(seed)
        let copy = try TextFixtures.encoded(text, as: "BIG5")
        let kept = String(decoding: try TextFixtures.encodedBack(copy, from: "BIG5"), as: UTF8.self)
        #expect(kept.unicodeScalars.count * 10 > text.unicodeScalars.count * 9, "Big5 kept most of the seed")
        let document = try TextPipeline().process(copy)
        #expect(document.encoding == "Big5")
        #expect(document.original == kept)
        #expect(document.normalized == (try TextFixtures.process(kept)).normalized)
        #expect(document.script == "hant")
    }

    @Test func utf8WithAByteOrderMarkLosesTheMark() throws {
        let document = try TextPipeline().process([0xEF, 0xBB, 0xBF] + Array("会议召开。".utf8))
        #expect(document.original == "会议召开。")
        #expect(document.encoding == "UTF-8")
    }

    @Test(arguments: [("UTF-16LE", [UInt8]([0xFF, 0xFE])), ("UTF-16BE", [0xFE, 0xFF])])
    func utf16WithAByteOrderMarkIsRead(encoding: String, bom: [UInt8]) throws {
        let text = try TextFixtures.seedText("003")
        let document = try TextPipeline().process(bom + (try TextFixtures.encoded(text, as: encoding)))
        #expect(document.encoding == encoding)
        #expect(document.normalized.text == text)
    }

    @Test func gbkTextWithoutDeclarationIsRecognised() throws {
        let text = "全市经济工作会议召开,会议强调要确保完成全年目标任务,推动经济运行整体好转。"
        let document = try TextPipeline().process(try TextFixtures.encoded(text, as: "GBK"))
        #expect(document.encoding == "GB18030")
        #expect(document.normalized.text == text)
    }
}
