import Archive
import Foundation
import Testing

/// A saved article page around a seed: the article text, title, date and source come out; the
/// menus, scripts and footer do not.
@Suite struct HTMLPageTests {
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func page(around text: String, charset: String, title: String) -> String {
        let paragraphs = lines(text).map { "<p>\(escaped($0))</p>" }.joined(separator: "\n      ")
        return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
          <meta http-equiv="Content-Type" content="text/html; charset=\(charset)">
          <title>\(escaped(title))</title>
          <meta name="PubDate" content="2023-04-21 17:30">
          <meta name="ContentSource" content="岳阳日报">
          <style>p { margin: 0 }</style>
          <script>var note = "确保 should not appear"; if (a < b) { go(); }</script>
        </head>
        <body>
          <nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li></ul></nav>
          <div class="article">
              \(paragraphs)
          </div>
          <footer>版权所有 © 岳阳市人民政府</footer>
          <script>track();</script>
        </body>
        </html>
        """
    }

    @Test func aGBKPageAroundASeedGivesItsTextTitleAndDate() throws {
        let text = try TextFixtures.seedText("000")
        let html = Self.page(around: text, charset: "gb2312", title: "岳阳市召开一季度经济工作分析点评会")
        let bytes = try TextFixtures.encoded(html, as: "GBK")
        // GBK lacks a few symbols of the seed (•); iconv drops them, so compare with what it kept.
        let kept = String(decoding: try TextFixtures.encodedBack(try TextFixtures.encoded(text, as: "GBK"), from: "GBK"), as: UTF8.self)
        let document = try TextPipeline().process(bytes)
        #expect(document.encoding == "GB18030")
        #expect(Self.lines(document.original) == Self.lines(kept))
        #expect(document.title == "岳阳市召开一季度经济工作分析点评会")
        #expect(document.published == "2023-04-21")
        #expect(document.publisher == "岳阳日报")
        #expect(!document.original.contains("should not appear"))
        #expect(!document.original.contains("版权所有"))
        #expect(!document.original.contains("新闻中心"))
    }

    @Test func aDamagedTraditionalPageIsRepairedLikeTheTextFile() throws {
        let text = try TextFixtures.seedText("004")
        let html = Self.page(around: text, charset: "utf-8", title: "大觀區舉行區委常委會擴大會議")
        let document = try TextPipeline().process(Array(html.utf8))
        let plain = try TextPipeline().process(Array(text.utf8))
        #expect(Self.lines(document.normalized.text) == Self.lines(plain.normalized.text))
        #expect(document.repairs == plain.repairs)
        #expect(document.title == "大观区举行区委常委会扩大会议")
    }

    @Test func aStatedDateLineServesWhenNoMetaTagDoes() throws {
        let html = "<html><head><title>会议召开</title></head><body><div>发布时间：2023年07月24日 来源：天门市融媒体中心</div><p>会议强调,要确保完成任务。</p></body></html>"
        let document = try TextPipeline().process(Array(html.utf8))
        #expect(document.published == "2023-07-24")
        #expect(document.publisher == "天门市融媒体中心")
        #expect(document.original == "发布时间：2023年07月24日 来源：天门市融媒体中心\n会议强调,要确保完成任务。")
    }

    @Test func aPlainTextFileMentioningATagIsNotHTML() throws {
        let text = "打印 <span id=\"printapp\">\n会议强调,要确保完成任务。"
        let document = try TextFixtures.process(text)
        #expect(document.original == text)
        #expect(document.title == nil)
    }
}
