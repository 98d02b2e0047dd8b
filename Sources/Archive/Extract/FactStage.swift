extension Extractor {
    /// Every stated indicator value. The period a sentence does not state is the last one stated
    /// before it (`第一季度，……。预计全县完成地区生产总值30.6亿元`).
    func extractIndicators(from sentences: [Sentence], context: ExtractionContext) -> [IndicatorValue] {
        let matcher = IndicatorMatcher(vocabulary: indicators)
        var carried: PeriodMark?
        var values: [IndicatorValue] = []
        for sentence in sentences {
            let text = Array(sentence.text.unicodeScalars)
            let marks = PeriodScanner.scan(text, year: context.year)
            values += SentenceIndicators(text: text, sentence: sentence, matcher: matcher, context: context,
                                         marks: marks, carried: carried).values()
            if let last = marks.last { carried = last }
        }
        return values
    }

    /// Every mention of a goal phrase with its stance.
    func extractGoals(from sentences: [Sentence], context: ExtractionContext) -> [GoalMention] {
        sentences.flatMap { GoalExtraction.mentions(in: $0, vocabulary: goals) }
    }
}
