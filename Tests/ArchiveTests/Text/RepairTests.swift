import Archive
import Foundation
import Testing

/// Each repair on sentences written for the purpose. Damaged forms were made by encoding the
/// sentence to GBK, dropping one character's lead byte and reading on one byte out of step,
/// writing `?` where a reader could not decode and narrowing `！` to `!` as the pages do.
@Suite struct RepairTests {
    @Test func pinyinAnnotationsGoAndTheTextIsSimplified() throws {
        let document = try TextFixtures.process("要堅(jiān)持穩(wěn)中求進(jìn)工作總基調(diào)")
        #expect(document.normalized.text == "要坚持稳中求进工作总基调")
        #expect(document.repairs == ["pinyin-annotation", "traditional-to-simplified"])
        #expect(document.script == "hant")
    }

    @Test func fullWidthParenthesesAroundPinyinGoToo() throws {
        let document = try TextFixtures.process("全縣經（jīng）濟運行平穩")
        #expect(document.normalized.text == "全县经济运行平稳")
    }

    @Test func ordinaryParenthesesStay() throws {
        let text = "各乡镇(街道)主要负责人参加会议。2023年(含)以来,Li Fa(fa)先生与会。(撰稿人:张明)"
        let document = try TextFixtures.process(text)
        #expect(document.normalized.text == text)
        #expect(document.repairs.isEmpty)
    }

    @Test func aLostCharacterWithItsOwnAnnotationBecomesAReplacementCharacter() throws {
        let document = try TextFixtures.process("要強(qiáng)作風(fēng),勇?lián)?dāng),全面提升水平")
        #expect(document.normalized.text == "要强作风,勇\u{FFFD}\u{FFFD},全面提升水平")
        #expect(document.repairs.contains("pinyin-annotation"))
    }

    @Test func gbkShiftWithAStrayTrailLetterIsUndone() throws {
        // 全縣上下要確保“發展”不停步
        let document = try TextFixtures.process("全縣上下要確?!鞍l展”不停步")
        #expect(document.normalized.text == "全县上下要确保“发展”不停步")
        #expect(document.repairs == ["gbk-shift", "traditional-to-simplified"])
    }

    @Test func gbkShiftEndingInALostByteRestoresWhatAWordProves() throws {
        // 我們一定要確保經濟運行平穩: 保 is proven by 確保, 濟 by 經濟.
        let document = try TextFixtures.process("我們一定要確?＝洕?運行平穩")
        #expect(document.normalized.text == "我们一定要确保经济运行平稳")
    }

    @Test func aSingleLostCharacterIsRestoredWhenAWordProvesIt() throws {
        // 要加快發展經濟: only 發 (B0 6C) makes a word with 展.
        let document = try TextFixtures.process("要加快?l展經濟")
        #expect(document.normalized.text == "要加快发展经济")
    }

    @Test func anUnprovableLeadByteBecomesAReplacementCharacter() throws {
        // 會議明確了今年的X“開門紅”目標: no character with trail byte A3 makes a word with 的.
        let document = try TextFixtures.process("會議明確了今年的?!伴_門紅”目標")
        #expect(document.repairs.first == "gbk-shift")
        #expect(document.normalized.text == "会议明确了今年的\u{FFFD}“开门红”目标")
    }

    @Test func questionMarksInCleanTextStay() throws {
        let text = "为什么要开这个会?因为一季度经济增速回落?我们必须找准问题。是否达标?OK。"
        let document = try TextFixtures.process(text)
        #expect(document.normalized.text == text)
        #expect(document.repairs.isEmpty)
    }

    @Test func traditionalTextIsConvertedByPhrase() throws {
        let document = try TextFixtures.process("乾隆年間的經濟發展與今日不同。")
        #expect(document.normalized.text == "乾隆年间的经济发展与今日不同。")
        #expect(document.repairs == ["traditional-to-simplified"])
    }

    @Test func simplifiedTextIsNeverConverted() throws {
        // t2s would turn the 乾 of this name into 干.
        let text = "市委书记王建乾主持会议。\n王建乾强调,要确保完成全年目标。\n李乾"
        let document = try TextFixtures.process(text)
        #expect(document.normalized.text == text)
        #expect(document.repairs.isEmpty)
        #expect(document.script == "hans")
    }

    @Test func aTraditionalParagraphInASimplifiedPageIsMixed() throws {
        let document = try TextFixtures.process("会议强调要稳增长、促发展。\n會議強調要穩增長、促發展,確保經濟運行。")
        #expect(document.normalized.text == "会议强调要稳增长、促发展。\n会议强调要稳增长、促发展,确保经济运行。")
        #expect(document.script == "mixed")
    }

    @Test func fullWidthDigitsLettersAndPercentBecomeASCII() throws {
        let document = try TextFixtures.process("ＧＤＰ同比增长５．９％，规上工业增长１２％。")
        #expect(document.normalized.text == "GDP同比增长5.9%，规上工业增长12%。")
        #expect(document.repairs == ["width"])
    }

    @Test func pageClutterIsMarkedAndKept() throws {
        let text = "首页 > 新闻中心 > 工作动态\n全市经济工作会议召开\n会议强调,要确保完成全年目标任务。\n【打印】【关闭】\n扫描二维码\n版权所有:某某市人民政府"
        let document = try TextFixtures.process(text)
        #expect(document.normalized.text == text)
        let lines = document.clutter.map { range in
            String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
        }
        #expect(lines == ["首页 > 新闻中心 > 工作动态", "【打印】【关闭】", "扫描二维码", "版权所有:某某市人民政府"])
    }
}
