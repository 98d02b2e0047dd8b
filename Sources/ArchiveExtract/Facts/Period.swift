import ArchiveMatching

/// The period a value refers to: `2023`, `2023Q1`, `2023H1`, `2023-01..05` (1-5月), `2023-09`.
enum Period: Equatable {
    case year(Int?)
    case quarter(Int)
    case half(Int)
    case months(Int, Int)

    /// The period written with a year; nil when the year is unknown.
    func formatted(year: Int?) -> String? {
        let explicitYear: Int? = if case .year(let y) = self { y } else { year }
        guard let y = explicitYear else { return nil }
        switch self {
        case .year: return String(y)
        case .quarter(let q): return "\(y)Q\(q)"
        case .half(let h): return "\(y)H\(h)"
        case .months(1, 3): return "\(y)Q1"
        case .months(1, 6): return "\(y)H1"
        case .months(1, 12): return String(y)
        case .months(let from, let to):
            return from == to ? "\(y)-\(twoDigits(from))" : "\(y)-\(twoDigits(from))..\(twoDigits(to))"
        }
    }

    /// A period as data/fact-words.tsv writes it: Q1…Q4, H1, H2, or M1-9 (months 1 to 9).
    init?(code: String) {
        let kind = code.first
        let rest = code.dropFirst()
        switch kind {
        case "Q": guard let q = Int(rest), (1...4).contains(q) else { return nil }; self = .quarter(q)
        case "H": guard let h = Int(rest), (1...2).contains(h) else { return nil }; self = .half(h)
        case "M":
            let bounds = rest.split(separator: "-").compactMap { Int($0) }
            guard bounds.count == 2, (1...12).contains(bounds[0]), bounds[0] <= bounds[1], bounds[1] <= 12 else { return nil }
            self = .months(bounds[0], bounds[1])
        default: return nil
        }
    }

    private func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}

/// A period expression found in a sentence, ending at `end`.
struct PeriodMark {
    var end: Int
    var period: Period
    /// The year written with it (`2024年一季度`), if any.
    var year: Int?
}

/// Finds period expressions in one linear pass: 2023年, 今年, 全年, 明年, 一季度, 首季, 前三季度,
/// 上半年, 1-5月, 元至五月, 9月份.
enum PeriodScanner {
    static let words = FactLexicon.builtIn.table(.periodWord, Period.init(code:))
    /// Words for the report's own year (offset 0) and the next (offset 1). 全年 and 年度 are the year
    /// the text is speaking of (`2018年，……。全年地区生产总值……`), 今年 the report's own.
    static let relativeYears = FactLexicon.builtIn.table(.relativeYear) { Int($0) }
    /// 比上年, 较去年同期: last year as the base of a comparison, not the period of the value.
    static let comparisonMarks = ScalarSet(FactLexicon.builtIn.scalars(.comparisonMark))
    /// 比一季度: a period right after these is the base of a comparison.
    static let comparisonBaseMarks = ScalarSet(FactLexicon.builtIn.scalars(.comparisonBaseMark))
    static let sameTimeWord = FactLexicon.builtIn.word(.sameTime)
    static let yearInView = FactLexicon.builtIn.table(.yearInView)
    /// 今年以来 is the year so far, not the year: it leaves the period to what the text said before.
    static let sinceWord = FactLexicon.builtIn.word(.since)
    static let monthNumerals = FactLexicon.builtIn.numbers(.monthNumeral)
    /// 元 is a first month only: 十元 is no month.
    static let monthFirst = FactLexicon.builtIn.scalars(.monthFirst)[0]
    static let yearMark = FactLexicon.builtIn.scalars(.yearMark)[0]
    static let monthMark = FactLexicon.builtIn.scalars(.monthMark)[0]
    static let monthCountMark = FactLexicon.builtIn.scalars(.monthCountMark)[0]
    static let rangeMarks = ScalarSet(Punctuation.rangeDash.scalars + FactLexicon.builtIn.scalars(.rangeMark))
    /// What a period expression other than digits may begin with: most positions begin none, and
    /// one test passes them instead of one per kind of expression.
    static let starters = ScalarSet(words.firstScalars + relativeYears.firstScalars + yearInView.firstScalars
                                    + monthNumerals.keys)

    static func scan(_ text: [Unicode.Scalar], year: Int?, yearInView: Int? = nil) -> [PeriodMark] {
        var marks: [PeriodMark] = []
        var lastYear: (end: Int, year: Int)?
        var index = 0
        // Read once: a static read in the loop asks the runtime at every character whether it is initialized.
        let starters = Self.starters
        while index < text.count {
            if QuantityScanner.arabicDigit(text[index]) == nil, !starters.contains(text[index]) {
                index += 1
                continue
            }
            // 2023年
            if let (value, end) = digits(text, index), end < text.count, text[end] == yearMark,
               (1990...2100).contains(value) {
                let y = value
                marks.append(PeriodMark(end: end + 1, period: .year(y), year: y))
                lastYear = (end + 1, y)
                index = end + 1
                continue
            }
            if let hit = words.match(in: text, at: index) {
                let stated = lastYear.flatMap { hit.start - $0.end <= 1 ? $0.year : nil }
                if !isComparisonBase(text, index) {
                    marks.append(PeriodMark(end: hit.end, period: hit.value, year: stated))
                }
                index = hit.end
                continue
            }
            if let hit = relativeYears.match(in: text, at: index) {
                let y = year.map { $0 + hit.value }
                let comparison = hit.value < 0 && ((index > 0 && comparisonMarks.contains(text[index - 1]))
                    || QuantityScanner.matches(text, sameTimeWord, at: hit.end))
                if !comparison, !QuantityScanner.matches(text, sinceWord, at: hit.end) {
                    marks.append(PeriodMark(end: hit.end, period: .year(y), year: y))
                    if let y { lastYear = (hit.end, y) }
                }
                index = hit.end
                continue
            }
            if let hit = Self.yearInView.match(in: text, at: index) {
                let y = lastYear?.year ?? yearInView ?? year
                marks.append(PeriodMark(end: hit.end, period: .year(y), year: y))
                index = hit.end
                continue
            }
            if let (months, end) = monthRange(text, index) {
                let stated = lastYear.flatMap { index - $0.end <= 1 ? $0.year : nil }
                if !isComparisonBase(text, index) {
                    marks.append(PeriodMark(end: end, period: .months(months.0, months.1), year: stated))
                }
                index = end
                continue
            }
            index += 1
        }
        return marks
    }

    /// 增速比1—9月提高, 较一季度回升: a period after 比 or 较 is the base of a comparison.
    static func isComparisonBase(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        index > 0 && comparisonBaseMarks.contains(text[index - 1])
    }

    /// Words of a clause about work ahead (奋战二季度, 安排部署下半年工作): its period is not the one the
    /// report's figures are for. 主要, 重要 and 需要 hold 要 without looking ahead.
    static let aheadWords = FactLexicon.builtIn.table(.aheadWord) { value -> Bool? in
        switch value {
        case "ahead": true
        case "neutral": false
        default: nil
        }
    }

    /// The last mark of the sentence that dates what was reported rather than work ahead.
    static func reportMark(_ marks: [PeriodMark], in text: [Unicode.Scalar]) -> PeriodMark? {
        marks.last { mark in
            let start = ValueClause.clauseStart(text, before: mark.end, from: 0)
            let end = ValueClause.clauseEnd(text, after: mark.end)
            return !aheadWords.matches(in: text, range: start..<end).contains { $0.value }
        }
    }

    /// The period in force at `position`: the last mark before it, else `carried`.
    static func period(at position: Int, marks: [PeriodMark], carried: PeriodMark?, year: Int?) -> String? {
        let mark = marks.last { $0.end <= position } ?? carried
        guard let mark else { return nil }
        return mark.period.formatted(year: mark.year ?? year)
    }

    /// 1-5月, 1至5月份, 元至五月, 9月份: a range of months or a single month written with 份.
    static func monthRange(_ text: [Unicode.Scalar], _ index: Int) -> ((Int, Int), Int)? {
        guard let (from, afterFrom) = month(text, index) else { return nil }
        var cursor = afterFrom
        if cursor < text.count, text[cursor] == monthMark { cursor += 1 }
        if cursor < text.count, text[cursor] == monthCountMark { cursor += 1 }
        if cursor < text.count, rangeMarks.contains(text[cursor]), let (to, afterTo) = month(text, cursor + 1),
           afterTo < text.count, text[afterTo] == monthMark, from < to {
            var end = afterTo + 1
            if end < text.count, text[end] == monthCountMark { end += 1 }
            return ((from, to), end)
        }
        // A single month only with 份 (9月份): 4月21日 is a date, not a period.
        if afterFrom + 1 < text.count, text[afterFrom] == monthMark, text[afterFrom + 1] == monthCountMark {
            return ((from, from), afterFrom + 2)
        }
        return nil
    }

    static func month(_ text: [Unicode.Scalar], _ index: Int) -> (Int, Int)? {
        guard index < text.count else { return nil }
        if let (value, end) = digits(text, index), end - index <= 2, (1...12).contains(value) {
            if index > 0, QuantityScanner.arabicDigit(text[index - 1]) != nil { return nil }
            return (value, end)
        }
        guard let first = monthNumerals[text[index]] else { return nil }
        if first == 10, index + 1 < text.count, let second = monthNumerals[text[index + 1]], second <= 2, text[index + 1] != monthFirst {
            return (10 + second, index + 2)
        }
        return (first, index + 1)
    }

    static func digits(_ text: [Unicode.Scalar], _ index: Int) -> (Int, Int)? {
        guard index < text.count, QuantityScanner.arabicDigit(text[index]) != nil else { return nil }
        if index > 0, QuantityScanner.arabicDigit(text[index - 1]) != nil { return nil }
        var value = 0
        var end = index
        while end < text.count, let d = QuantityScanner.arabicDigit(text[end]), end - index < 6 {
            value = value * 10 + d
            end += 1
        }
        return (value, end)
    }
}
