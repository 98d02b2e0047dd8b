import ArchiveModel

extension Extractor {
    /// Every stated indicator value. The period a sentence does not state is the one last stated
    /// with values, else the last one stated of what was reported (`总结讲评一季度工作`, not
    /// `安排部署二季度工作`); a list of targets cut into sentences at ； stays a list of targets.
    func extractIndicators(from sentences: [Sentence], context: ExtractionContext) -> [IndicatorValue] {
        let matcher = IndicatorMatcher(vocabulary: indicators)
        var reportMark: PeriodMark?
        var valueMark: PeriodMark?
        var inTargetList = false
        var yearInView: Int?
        var values: [IndicatorValue] = []
        for sentence in sentences {
            let text = sentence.scalars
            let marks = PeriodScanner.scan(text, year: context.year, yearInView: yearInView)
            if let stated = marks.last(where: { if case .year = $0.period { true } else { false } })?.year {
                yearInView = stated
            }
            let found = SentenceIndicators(text: text, sentence: sentence, matcher: matcher, context: context,
                                           marks: marks, carried: valueMark ?? reportMark,
                                           inTargetList: inTargetList).values()
            values += found
            if let mark = PeriodScanner.reportMark(marks, in: text) { reportMark = mark }
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
