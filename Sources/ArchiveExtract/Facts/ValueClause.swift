import ArchiveMatching

/// What the words around a number say about it: a growth or a level, a share (占, 比重) or a
/// multi-year average (两年平均, 年均) that is no indicator value, and whether the number is a value at
/// all rather than part of a noun (`超100亿元的县域`, `百亿园区`).
enum ValueClause {
    static let boundaries: ScalarSet = [",", "，", ";", "；", ":", "：", "。", "!", "！", "?", "？", "\n"]
    static let separators: ScalarSet = ["、", ",", "，", " ", "\u{3000}", "和", "及", "与", "或"]

    enum Change: Sendable { case rise, fall, noun }

    /// Verbs of change; 增加值 (value added) is a noun that only looks like one.
    static let changeWords = PhraseTable<Change>([
        ("增长", .rise), ("增速", .rise), ("增幅", .rise), ("上涨", .rise), ("涨幅", .rise), ("增加", .rise),
        ("提高", .rise), ("下降", .fall), ("减少", .fall), ("回落", .fall), ("下滑", .fall), ("降低", .fall),
        ("增加值", .noun),
    ])
    /// 回落至6.5%: the rate fell to a value, it did not fall by it.
    static let toWords: ScalarSet = ["至", "到"]
    /// A share of a whole, or progress against a plan (完成年度计划的78%).
    static let shareWords = PhraseTable<Bool>(words: [
        "占", "比重", "占比", "计划的", "任务的", "目标的", "预算的", "完成率", "进度",
    ])
    static let averageWords = PhraseTable<Bool>(words: ["平均", "年均"])
    static let rateWords = PhraseTable<Bool>(words: ["率"])
    static let listWord = Array("分别".unicodeScalars)
    static let andAlso = Array("以及".unicodeScalars)

    /// Words a value may be followed by. Any other word right after the unit makes the number part
    /// of a noun phrase (`超100亿元的县域达60个`).
    static let followers = PhraseTable<Bool>(words: [
        "大关", "关口", "台阶", "新台阶", "目标", "的好成绩", "的好", "的佳绩", "的较快", "的高速", "的速度", "的预期目标", "的目标", "的年度目标", "的发展目标", "的奋斗目标", "的增长",
        "的增速", "的增幅", "的水平", "同比", "比上年", "比去年", "较", "增长", "增速", "增幅", "和", "与", "及",
        "或", "至", "到", "分别", "为", "是", "也", "均", "都", "居", "位居", "位列", "排名", "列", "占", "其中",
        "下降", "提高", "回落", "高于", "低于", "快于", "慢于", "实现", "完成", "以", "预计", "了", "、", "左右",
        "以上", "以内", "以下",
    ])

    /// The start of the clause that `index` lies in (after the last comma, semicolon, colon or stop).
    static func clauseStart(_ text: [Unicode.Scalar], before index: Int, from lowerBound: Int) -> Int {
        var cursor = index
        while cursor > lowerBound, !boundaries.contains(text[cursor - 1]) { cursor -= 1 }
        return cursor
    }

    static func clauseEnd(_ text: [Unicode.Scalar], after index: Int) -> Int {
        var cursor = index
        while cursor < text.count, !boundaries.contains(text[cursor]) { cursor += 1 }
        return cursor
    }

    /// Whether the number ending at `end` stands as a value: followed by punctuation, the end, or a word
    /// that goes with values.
    static func standsAlone(_ text: [Unicode.Scalar], after end: Int) -> Bool {
        guard end < text.count else { return true }
        let next = text[end]
        if !next.isIdeograph { return true }
        return followers.match(in: text, at: end) != nil
    }

    static func isShare(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        shareWords.contains(in: text, range: range)
    }

    static func isAverage(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        averageWords.contains(in: text, range: range)
    }

    static func hasGrowthWord(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        changeWords.matches(in: text, range: range).contains { $0.value != .noun }
    }

    /// Whether the verb nearest before the value says it fell by the value (下降3.5%).
    static func isFall(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard let nearest = changeWords.matches(in: text, range: range).last(where: { $0.value != .noun }),
              nearest.value == .fall else { return false }
        return !(nearest.end < text.count && toWords.contains(text[nearest.end]))
    }

    static func mentionsRate(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        rateWords.contains(in: text, range: range)
    }

    /// Whether the text between two numbers only separates them (`5.9%、4.8%和2.2%`).
    static func onlySeparates(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if QuantityScanner.matches(text, andAlso, at: index) {
                index += 2
                continue
            }
            guard separators.contains(text[index]) else { return false }
            index += 1
        }
        return true
    }

    /// The index of 分别 in the range, if the range holds it.
    static func listMarker(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index + listWord.count <= range.upperBound {
            if QuantityScanner.matches(text, listWord, at: index) { return index }
            index += 1
        }
        return nil
    }
}
