import ArchiveMatching

/// The words between an indicator and its value that name nothing: verbs of reporting, comparisons
/// with last year, periods and the host (全市). A span of only these inherits the clause's indicator
/// (`实现地区生产总值1998.22亿元，同比增长8.7%`); anything more names another quantity.
enum Filler {
    static let words = PhraseTable<Bool>(words: [
        "同比", "比上年同期", "比上年", "比去年同期", "比去年", "较上年同期", "较上年", "较去年同期", "较去年",
        "较同期", "上年同期", "去年同期", "同期", "增长", "增速", "增幅", "增加", "下降", "减少", "回落", "提高",
        "提升", "上涨", "涨幅", "为", "达", "达到", "实现", "完成", "总量", "分别", "预计", "累计", "约", "突破",
        "超过", "以上", "了", "的", "也", "均", "和", "仍", "继续", "保持", "共", "共计", "合计", "是", "在", "已",
        "将", "力争", "确保", "争取", "计划", "目标", "预期", "主要", "全年", "今年", "全市", "全县", "全区",
        "全省", "全州", "全盟", "全旗", "我市", "我县", "我区", "我省", "本市", "本县", "本区", "全域",
        "一季度", "首季", "上半年", "下半年", "前三季度", "季度", "月份", "年", "月", "份", "至", "元至",
        "按可比价格计算", "按可比价计算", "按可比口径计算", "可比价", "扣除价格因素", "剔除价格因素", "实际",
        "名义", "同口径", "加快", "回升", "大关", "关口", "台阶", "新台阶", "经济", "左右", "规模", "其", "额", "数", "再", "又", "要", "需", "可", "有望", "以",
    ])

    static func isEmpty(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        var substantive = 0
        while index < range.upperBound {
            if let hit = words.match(in: text, at: index, limit: range.upperBound) {
                index = hit.end
                continue
            }
            let scalar = text[index]
            if scalar.isIdeograph { substantive += 1 }
            index += 1
        }
        return substantive < 2
    }
}
