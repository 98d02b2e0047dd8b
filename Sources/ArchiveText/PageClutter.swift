import ArchiveMatching

/// Finds the lines of a page that are not the report: navigation, share bars, print and font
/// controls, QR-code prompts, copyright lines. They are marked, not removed, so the text and its
/// offsets stay whole while extraction skips them.
enum PageClutter {
    /// Phrases that make a line page furniture (markup debris left in a saved text counts too).
    private static let markers = ["扫描二维码", "扫一扫", "二维码", "返回首页", "返回顶部", "返回列表", "打印本页",
                                  "【打印】", "[打印]", "打印文章", "分享到", "分享至", "一键分享", "关闭窗口", "【关闭】",
                                  "版权所有", "版权声明", "Copyright", "copyright", "COPYRIGHT", "©", "当前位置",
                                  "当前的位置", "您的位置", "您现在的位置", "上一篇", "下一篇", "相关阅读", "相关新闻",
                                  "网站地图", "联系我们", "ICP备", "公网安备", "打开网易新闻", "查看更多图片", "微信扫",
                                  "收藏本页", "<span", "span id=", "<div", "div class=", "<script", "<a href", "\">", "[纠错]", "【纠错】", "关键词:", "关键词：", "标签:", "标签：", "放大 缩小", "大 中 小", "【大】", "[大]", "标题导航", "下一版", "上一版"]
    /// Words that are furniture only on a very short line (a title may well mention 打印 or 字体).
    private static let shortLineMarkers = ["打印", "字体", "字号", "分享", "收藏", "关闭", "浏览次数"]
    private static let shortLine = 16
    /// A line longer than this is a paragraph of the report even if it mentions a marker.
    private static let longestClutter = 80

    // Word tables find any of their words in one pass over a line, where searching for each
    // word in turn passed over it sixty times.
    private static let markerTable = PhraseTable<Bool>(words: markers)
    private static let shortLineMarkerTable = PhraseTable<Bool>(words: shortLineMarkers)
    private static let keepers = PhraseTable<Bool>(words: ["来源", "來源"])

    /// Scalar ranges of `scalars` (the normalized text) that are clutter lines.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            if index > start, index - start <= longestClutter, isClutter(scalars, start..<index) {
                result.append(start..<index)
            }
            start = index + 1
        }
        return result
    }

    private static func isClutter(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let line = scalars[range]
        // A line stating the date or source is kept for what it says, whatever else is on it.
        if keepers.contains(in: scalars, range: range) { return false }
        if markerTable.contains(in: scalars, range: range) { return !statesDate(line) }
        if line.count <= shortLine, shortLineMarkerTable.contains(in: scalars, range: range) { return !statesDate(line) }
        return isNavigationList(line) && !statesDate(line)
    }

    private static func statesDate(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        PageFacts.isoDate(String(scalars: line)) != nil
    }

    /// Plain search over scalars: it keeps Foundation's locale-aware string search out of the
    /// per-document path.
    private static func contains(_ line: ArraySlice<Unicode.Scalar>, _ needle: [Unicode.Scalar]) -> Bool {
        guard let first = needle.first, needle.count <= line.count else { return false }
        var index = line.startIndex
        let last = line.endIndex - needle.count
        while index <= last {
            if line[index] == first, line[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    private static let breadcrumbMarks: [Unicode.Scalar] = [">", "»", "＞"]
    private static let sentenceMarks: [Unicode.Scalar] = ["，", "。", ","]
    private static let itemSeparators: [Unicode.Scalar] = [" ", "|", "｜", "\u{3000}", "\t"]
    private static let homePage = Array("首页".unicodeScalars)

    /// A breadcrumb (`首页 > 新闻 > 正文`) or a menu: several short items and no sentence.
    private static func isNavigationList(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        if contains(line, homePage), line.contains(where: { breadcrumbMarks.contains($0) }) { return true }
        if line.contains(where: { sentenceMarks.contains($0) }) { return false }
        let items = line.split(whereSeparator: { itemSeparators.contains($0) })
        return items.count >= 5 && items.allSatisfy { $0.count <= 6 }
    }
}
