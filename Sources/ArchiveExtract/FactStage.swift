import ArchiveModel

extension Extractor {
    /// Every stated indicator value. The period a sentence does not state is the one last stated
    /// with values, else the last one stated of what was reported (`总结讲评一季度工作`, not
    /// `安排部署二季度工作`); a list of targets cut into sentences at ； stays a list of targets. A
    /// heading line (`2023年主要预期目标`, `2022年工作回顾`) dates the lines under it, and when it
    /// names targets they are targets, up to the next heading.
    func extractIndicators(from sentences: [Sentence], context: ExtractionContext) -> [IndicatorValue] {
        let matcher = IndicatorMatcher(vocabulary: indicators)
        var reportMark: PeriodMark?
        var valueMark: PeriodMark?
        var inTargetList = false
        var yearInView: Int?
        var underTargetHeading = false
        var values: [IndicatorValue] = []
        for sentence in sentences {
            let text = sentence.scalars
            let marks = PeriodScanner.scan(text, year: context.year, yearInView: yearInView)
            if ValueKind.isHeading(text) {
                underTargetHeading = ValueKind.listHeaders.contains(in: text)
                if let dated = marks.last(where: { if case .year(let y) = $0.period { y != nil } else { false } }) {
                    valueMark = dated
                    reportMark = dated
                }
            }
            if let stated = marks.last(where: { if case .year = $0.period { true } else { false } })?.year {
                yearInView = stated
            }
            let found = SentenceIndicators(text: text, sentence: sentence, matcher: matcher, context: context,
                                           marks: marks, carried: valueMark ?? reportMark,
                                           inTargetList: inTargetList || underTargetHeading).values()
            values += found
            if let mark = PeriodScanner.reportMark(marks, in: text) {
                reportMark = mark
                // 2022年一季度，经济运行逆势上扬。初步预计，…增长7%: a period of what is reported,
                // stated after the last values, is the one the next values are for.
                if found.isEmpty { valueMark = nil }
            }
            if !found.isEmpty, let last = marks.last { valueMark = last }
            inTargetList = ValueKind.continuesTargetList(text, inList: inTargetList)
        }
        return values
    }

    /// Every mention of a goal phrase with its stance.
    func extractGoals(from sentences: [Sentence], context: ExtractionContext) -> [GoalMention] {
        sentences.flatMap { GoalExtraction.mentions(in: $0, vocabulary: goals) }
    }
}
