import Archive
@testable import ArchiveExtract
import Testing

@Suite struct DocumentFactsTests {
    @Test func headlineSkipsPageFurniture() {
        let facts = DocumentFacts.read("当前位置:首页 > 要闻\n青州市召开半年经济工作推进会\n6月30日,青州市召开半年经济工作推进会。")
        #expect(facts.title == "青州市召开半年经济工作推进会")
    }

    @Test func labelledPublicationDate() {
        #expect(DocumentFacts.read("发布时间:2021年03月05日\n正文").published == "2021-03-05")
        #expect(DocumentFacts.read("来源:某某网 发布时间:2022-11-02 09:30 浏览:20次\n正文").published == "2022-11-02")
    }

    @Test func headerLineDate() {
        #expect(DocumentFacts.read("某某日报 2019-06-12 08:00\n6月11日,市政府召开常务会议。").published == "2019-06-12")
    }

    @Test func publisherFromSourceLine() {
        #expect(DocumentFacts.read("来源:青阳县融媒体中心 作者:何一鸣\n正文").publisher == "青阳县融媒体中心")
    }

    @Test func authorsFromBylines() {
        #expect(DocumentFacts.read("作者:赵一平 钱二林\n编辑:孙三木").authors == ["赵一平", "钱二林"])
        #expect(DocumentFacts.read("据了解,工作进展顺利。县融媒体中心记者周七星)").authors == ["周七星"])
        #expect(DocumentFacts.read("(撰稿人:吴八方 审核人:郑九州)").authors == ["吴八方"])
        #expect(DocumentFacts.read("本报讯(通讯员 冯十全)3月2日,全县召开大会。").authors == ["冯十全"])
        #expect(DocumentFacts.read("作者:记者 陈小东 摄影记者 褚大西").authors == ["陈小东", "褚大西"])
    }

    @Test func slashBylines() {
        #expect(DocumentFacts.read("文/褚大西 图/陈小东").authors == ["褚大西", "陈小东"])
    }

    @Test func aRelatedArticleDateBelowIsNoPublicationDate() {
        let lines = (1...12).map { "第\($0)段正文内容。" }.joined(separator: "\n")
        #expect(DocumentFacts.read(lines + "\n相关阅读 2020-01-01").published == nil)
    }

    @Test func closingBracketNameIsTheWriter() {
        #expect(DocumentFacts.read("会议要求各部门抓好落实。(卫天明)").authors == ["卫天明"])
    }

    @Test func editorsAreNotAuthors() {
        #expect(DocumentFacts.read("责任编辑:蒋一帆\n校对:沈二河").authors.isEmpty)
    }

    @Test func aDatelineBracketIsAByline() {
        #expect(DocumentFacts.read("新华社某地3月2日电(卫天明)3月2日,某市召开大会。").authors == ["卫天明"])
        #expect(DocumentFacts.read("某某网讯 (记者 蒋一帆 沈二河)3月2日,全县召开大会。").authors == ["蒋一帆", "沈二河"])
        #expect(DocumentFacts.read("某某日报讯 (记者/韩小北) 3月2日,全区召开大会。").authors == ["韩小北"])
    }

    @Test func aNameRunningIntoTheSourceLabelEndsThere() {
        #expect(DocumentFacts.read("发布时间:2025-01-02 点击数:作者:杨五湖来源:区融媒体中心").authors == ["杨五湖"])
    }

    @Test func aClosingNameBeforeItsSource() {
        #expect(DocumentFacts.read("会议要求各部门抓好落实。(卫天明 某区政务网)").authors == ["卫天明"])
    }

    @Test func namesAfterTheSourceLine() {
        #expect(DocumentFacts.read("正文。\n来源:某市广播电视台  朱大海").authors == ["朱大海"])
        #expect(DocumentFacts.read("正文。\n来源:某市融媒体中心").authors.isEmpty)
    }

    @Test func textAndPictureCredits() {
        #expect(DocumentFacts.read("策划:韩小北\n文字:卫天明、蒋一帆、沈二河").authors == ["卫天明", "蒋一帆", "沈二河"])
        #expect(DocumentFacts.read("文/图 褚大西").authors == ["褚大西"])
    }
}
