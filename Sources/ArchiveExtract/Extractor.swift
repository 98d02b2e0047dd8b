import ArchiveMatching
import ArchiveModel
import ArchiveText

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

    /// The Report of a document: its facts with the file's identity (`source`, `sha256`) and what
    /// the text stage recorded (script, repairs, encoding).
    public func report(_ document: DecodedDocument, source: String, sha256: String) -> Report {
        let facts = extract(document)
        let info = DocumentInfo(source: source, sha256: sha256, title: facts.title, published: facts.published,
                                publisher: facts.publisher, authors: facts.authors, script: document.script,
                                repairs: document.repairs, encoding: document.encoding)
        return Report(document: info, meeting: facts.meeting, people: facts.people,
                      indicators: facts.indicators, goals: facts.goals)
    }

    /// Builds the gazetteer, vocabularies and patterns every extraction reads, so the first document
    /// does not wait for them.
    package static func buildTables() {
        _ = HostRegion.builtIn
        _ = People.builtIn
        _ = YearEvidence.builtIn
        _ = MeetingLexicon.builtIn
        _ = IndicatorVocabulary.builtIn
        _ = GoalVocabulary.builtIn
        _ = ScalarBitmap.ideographic
    }
}

/// The meeting stage's result: the extraction so far and the year it established.
struct MeetingStageResult {
    var base: Extraction
    var year: Int?
}
