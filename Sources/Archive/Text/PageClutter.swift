/// Finds the lines of a page that are not the report: navigation, share bars, print and font
/// controls, QR-code prompts, copyright lines. They are marked, not removed, so the text and its
/// offsets stay whole while extraction skips them.
enum PageClutter {
    /// Phrases that make a line page furniture.
    private static let markers = ["扫描二维码", "扫一扫", "二维码", "返回首页", "返回顶部", "返回列表", "打印本页",
                                  "【打印】", "[打印]", "打印文章", "分享到", "分享至", "一键分享", "关闭窗口", "【关闭】",
                                  "版权所有", "版权声明", "Copyright", "copyright", "COPYRIGHT", "©", "当前位置",
                                  "当前的位置", "您的位置", "您现在的位置", "上一篇", "下一篇", "相关阅读", "相关新闻",
                                  "网站地图", "联系我们", "ICP备", "公网安备", "打开网易新闻", "查看更多图片", "微信扫",
                                  "收藏本页", "[纠错]", "【纠错】", "关键词:", "关键词：", "标签:", "标签：", "放大 缩小", "大 中 小", "【大】", "[大]", "标题导航", "下一版", "上一版"]
    /// Words that are furniture only on a very short line (a title may well mention 打印 or 字体).
    private static let shortLineMarkers = ["打印", "字体", "字号", "分享", "收藏", "关闭", "浏览次数"]
    private static let shortLine = 16
    /// A line this long is a paragraph of the report even if it mentions a marker.
    private static let longestClutter = 80

    /// Scalar ranges of `scalars` (the normalized text) that are clutter lines.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            if index > start, isClutter(scalars[start..<index]) { result.append(start..<index) }
            start = index + 1
        }
        return result
    }

    private static func isClutter(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= longestClutter else { return false }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: line)
        let text = String(view)
        // A line stating the date or source is kept for what it says, whatever else is on it.
        if text.contains("来源") || PageFacts.isoDate(text) != nil { return false }
        if markers.contains(where: { text.contains($0) }) { return true }
        if line.count <= shortLine, shortLineMarkers.contains(where: { text.contains($0) }) { return true }
        return isNavigationList(text)
    }

    /// A breadcrumb (`首页 > 新闻 > 正文`) or a menu: several short items and no sentence.
    private static func isNavigationList(_ text: String) -> Bool {
        if text.contains("首页") && (text.contains(">") || text.contains("»") || text.contains("＞")) { return true }
        if text.contains("，") || text.contains("。") || text.contains(",") { return false }
        let items = text.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "｜" || $0 == "\u{3000}" || $0 == "\t" })
        return items.count >= 5 && items.allSatisfy { $0.count <= 6 }
    }
}
