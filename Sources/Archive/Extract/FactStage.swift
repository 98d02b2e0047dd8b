extension Extractor {
    /// Every stated indicator value.
    func extractIndicators(from sentences: [Sentence], context: ExtractionContext) -> [IndicatorValue] {
        []
    }

    /// Every mention of a goal phrase with its stance.
    func extractGoals(from sentences: [Sentence], context: ExtractionContext) -> [GoalMention] {
        []
    }
}
