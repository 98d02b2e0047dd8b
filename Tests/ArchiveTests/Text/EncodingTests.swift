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

    /// Big5 (with the Hong Kong additions, which hold the tone-marked pinyin letters) has every
    /// character of the traditional seeds, so the copy must read exactly like the original.
    @Test(arguments: ["001", "002", "004"])
    func big5CopyOfATraditionalSeedReadsLikeTheOriginal(seed: String) throws {
        let text = try TextFixtures.seedText(seed)
        let copy = try TextFixtures.encoded(text, as: "BIG5-HKSCS")
        #expect(try TextFixtures.encodedBack(copy, from: "BIG5-HKSCS") == Array(text.utf8), "Big5 holds the whole seed")
        let original = try TextPipeline().process(try TextFixtures.seedBytes(seed))
        let document = try TextPipeline().process(copy)
        #expect(document.encoding == "Big5")
        #expect(document.normalized == original.normalized)
        #expect(document.repairs == original.repairs)
        #expect(document.script == "hant")
    }

    /// Plain Big5 lacks the pinyin letters; what it keeps must still be read as Big5, character for character.
    @Test func plainBig5IsReadAsBig5() throws {
        let text = try TextFixtures.seedText("001")
        let copy = try TextFixtures.encoded(text, as: "BIG5")
        let kept = String(decoding: try TextFixtures.encodedBack(copy, from: "BIG5"), as: UTF8.self)
        let document = try TextPipeline().process(copy)
        #expect(document.encoding == "Big5")
        #expect(document.original == kept)
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

    @Test(arguments: ["UTF-16LE", "UTF-16BE"])
    func utf16WithoutAByteOrderMarkIsRead(encoding: String) throws {
        let text = try TextFixtures.seedText("003")
        let document = try TextPipeline().process(try TextFixtures.encoded(text, as: encoding))
        #expect(document.encoding == encoding)
        #expect(document.normalized.text == text)
    }

    @Test func gbkTextWithoutDeclarationIsRecognised() throws {
        let text = "全市经济工作会议召开,会议强调要确保完成全年目标任务,推动经济运行整体好转。"
        let document = try TextPipeline().process(try TextFixtures.encoded(text, as: "GBK"))
        #expect(document.encoding == "GB18030")
        #expect(document.normalized.text == text)
    }

    @Test func utf8CutMidCharacterIsStillUTF8() throws {
        let bytes = Array(try TextFixtures.seedBytes("003").dropLast(1))
        let document = try TextPipeline().process(bytes)
        #expect(document.encoding == "UTF-8")
        #expect(document.original.hasPrefix("红网时刻"))
        #expect(document.original.hasSuffix("\u{FFFD}"))
    }

    @Test func aUTF8PageKeepingAnOldGBKDeclarationIsUTF8() throws {
        let html = "<html><head><meta charset=\"gbk\"><title>会议</title></head><body><p>全市经济工作会议召开,会议强调要确保完成全年目标任务。</p></body></html>"
        let document = try TextPipeline().process(Array(html.utf8))
        #expect(document.encoding == "UTF-8")
        #expect(document.original == "全市经济工作会议召开,会议强调要确保完成全年目标任务。")
    }
}
