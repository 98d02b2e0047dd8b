import ArchiveText

/// The meeting's date and the year the report's 今年, 一季度… refer to. Years come from the text only:
/// a full date, the publication date, or a year the text states for the work at hand; never the clock.
struct DateResolution: Sendable {
    let lexicon: MeetingLexicon
    let years: YearEvidence

    init(lexicon: MeetingLexicon = .builtIn, years: YearEvidence = .builtIn) {
        self.lexicon = lexicon
        self.years = years
    }

    struct Result: Equatable {
        var date: CalendarDate?
        /// The year of the work the report is about.
        var year: Int?
        /// How the content fixed the date's year, when no date or publication line did.
        var yearEvidence: YearInference? = nil
    }

    func resolve(meeting: MeetingClause?, published: CalendarDate?, text: ReportText) -> Result {
        guard let meeting else { return Result(date: nil, year: published?.year) }
        let prefix = meeting.prefix
        // The dateline's month-day (…2月14日讯) is the report's, not the meeting's.
        let datelines = Set(prefix.matches(lexicon.regex("dateline-month-day")).map(\.range.lowerBound))
        // The date nearest the verb is the meeting's (为落实3月5日…会议精神,3月8日,…召开).
        var found: (offset: Int, date: CalendarDate?, relative: Int?)?
        func consider(_ offset: Int, _ date: CalendarDate?, _ relative: Int?) {
            if found == nil || offset > found!.offset { found = (offset, date, relative) }
        }
        let fullDates = prefix.matches(lexicon.regex("full-date"))
        for m in fullDates {
            consider(m.range.lowerBound, CalendarDate(groups: Array(m.groups.dropFirst())), nil)
        }
        let fullStarts = fullDates.map(\.range)
        // A day without its month after the dateline (1月14日电…会议14日开幕), when no other date
        // follows it, is in the dateline's month.
        let dateline = prefix.firstMatch(lexicon.regex("dateline-month-day"))
        let datedAfter = fullDates.contains { $0.range.lowerBound >= (dateline?.range.upperBound ?? 0) }
            || prefix.matches(lexicon.regex("month-day")).contains { $0.range.lowerBound >= (dateline?.range.upperBound ?? 0) }
        if let dateline, !datedAfter, let month = dateline.groups[1].flatMap({ Int($0) }), let last = dateline.groups[2].flatMap({ Int($0) }) {
            for m in prefix.matches(lexicon.regex("day-only")) where m.range.lowerBound >= dateline.range.upperBound {
                guard let day = m.groups[1].flatMap({ Int($0) }), day <= last else { continue }
                consider(m.range.lowerBound, CalendarDate(year: nil, month: month, day: day), nil)
            }
        }
        for m in prefix.matches(lexicon.regex("month-day")) where !datelines.contains(m.range.lowerBound) {
            if fullStarts.contains(where: { $0.overlaps(m.range) }) { continue }
            guard let month = m.groups[1].flatMap({ Int($0) }), let day = m.groups[2].flatMap({ Int($0) }) else { continue }
            consider(m.range.lowerBound, CalendarDate(year: nil, month: month, day: day), nil)
        }
        let t = ScalarText(prefix)
        for word in lexicon.list("relative-day") {
            for offset in t.occurrences(of: word) {
                consider(offset, nil, Int(lexicon.value("relative-day", word) ?? "0"))
            }
        }
        let stated = statedYear(meeting: meeting.sentence, text: text, month: nil)
        guard let found else { return Result(date: nil, year: stated ?? published?.year) }
        if let relative = found.relative {
            let date = published.flatMap { $0.adding(days: relative) }
            return Result(date: date, year: date?.year ?? stated)
        }
        guard var date = found.date else { return Result(date: nil, year: stated ?? published?.year) }
        if date.year == nil {
            if let published, let year = published.year {
                // A meeting cannot follow its report: a November meeting published in January is last year's.
                date.year = date > published ? year - 1 : year
            } else {
                date.year = statedYear(meeting: meeting.sentence, text: text, month: date.month)
                if date.year == nil, let inferred = years.infer(text: text, month: date.month) {
                    date.year = inferred.year
                    return Result(date: date, year: inferred.year, yearEvidence: inferred)
                }
            }
        }
        return Result(date: date, year: date.year ?? stated)
    }

    /// A year the text states for the work at hand: the period the meeting reviews (2019年三季度),
    /// the year it plans (部署2022年经济工作) or the year it sums up (2018年度工作总结大会).
    func statedYear(meeting sentence: String, text: ReportText, month: Int?) -> Int? {
        let lateInYear = (month ?? 0) >= 10, early = (month ?? 12) <= 6
        let s = ScalarText(sentence)
        if let m = lexicon.firstMatch("period-year", in: sentence, scalars: s), let y = m.groups[1].flatMap({ Int($0) }) {
            let leading = lexicon.firstMatch("leading-period", in: sentence, scalars: s) != nil
            return leading && lateInYear ? y - 1 : y
        }
        if let m = lexicon.firstMatch("plan-year", in: sentence, scalars: s), let y = m.groups[1].flatMap({ Int($0) }) {
            return lateInYear ? y - 1 : y
        }
        if let m = lexicon.firstMatch("summary-year", in: sentence, scalars: s),
           let y = (m.groups[1] ?? m.groups[2]).flatMap({ Int($0) }) {
            return early ? y + 1 : y
        }
        if let m = lexicon.firstMatch("reported-period-year", in: text.string, scalars: text.scalars, utf16: text.utf16),
           let y = m.groups[1].flatMap({ Int($0) }) {
            return y
        }
        return nil
    }
}
