/// Turns a document's normalized text into facts. Pure: the gazetteer and vocabularies are in
/// memory, nothing touches the database.
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer
    public let indicators: IndicatorVocabulary
    public let goals: GoalVocabulary

    public init(gazetteer: Gazetteer = .builtIn, indicators: IndicatorVocabulary = .builtIn,
                goals: GoalVocabulary = .builtIn) {
        self.gazetteer = gazetteer
        self.indicators = indicators
        self.goals = goals
    }

    public func extract(_ document: DecodedDocument) -> Extraction {
        let scalars = document.normalizedScalars ?? [Unicode.Scalar](scalarsOf: document.normalized.text)
        let sentences = Sentences.split(document.normalized.text, scalars: scalars, skipping: document.clutter)
        // Document facts, meeting and people first: they fix the year and the host the values refer to.
        var extraction = extractMeetingAndPeople(document, text: ReportText(document.normalized.text, scalars: scalars),
                                                 sentences: sentences)
        let context = ExtractionContext(year: extraction.year, host: extraction.base.meeting.region)
        extraction.base.indicators = extractIndicators(from: sentences, context: context)
        extraction.base.goals = extractGoals(from: sentences, context: context)
        return extraction.base
    }
}

/// The meeting stage's result: the extraction so far and the year it established.
struct MeetingStageResult {
    var base: Extraction
    var year: Int?
}
