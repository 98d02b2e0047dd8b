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
        // The extractors of the Extract stage fill this in.
        Extraction(title: document.title, published: document.published, publisher: document.publisher)
    }
}
