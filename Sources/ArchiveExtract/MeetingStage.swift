import ArchiveModel
import ArchiveText

extension Extractor {
    /// Document title, publication date, publisher, authors, the meeting and its people.
    func extractMeetingAndPeople(_ document: DecodedDocument, text: ReportText, sentences: [Sentence]) -> MeetingStageResult {
        let lexicon = MeetingLexicon.builtIn
        let facts = DocumentFacts.read(text, lexicon: lexicon)
        let published = document.published ?? facts.published ?? PublicationLine.date(in: text, lexicon: lexicon)?.iso
        let publisher = document.publisher ?? facts.publisher
        var base = Extraction(title: document.title ?? facts.title, published: published, publisher: publisher,
                              authors: facts.authors)
        // A session the report names no later than any other meeting is the meeting.
        let ordinary = MeetingClause.find(in: sentences, lexicon: lexicon)
            ?? MeetingClause.namedAsSetting(in: sentences, lexicon: lexicon)
        let session = MeetingClause.congressSession(in: sentences, text: text, lexicon: lexicon)
        var clause = ordinary
        if let session, (ordinary?.sentenceIndex ?? Int.max) >= session.sentenceIndex { clause = session }
        let dates = DateResolution(lexicon: lexicon)
            .resolve(meeting: clause, published: published.flatMap(CalendarDate.init(iso:)), text: text)
        base.people = People.builtIn.extract(from: sentences, excluding: Set(facts.authors))
        if let clause {
            let host = HostRegion.over(gazetteer)
                .resolve(meeting: clause, publisher: publisher, headerLength: sentences[clause.sentenceIndex].start, text: text,
                         personNames: base.people.map(\.name) + facts.authors)
            base.meeting = Meeting(title: clause.title, date: dates.date?.iso, region: host,
                                   kind: clause.isCongressSession ? MeetingClause.congressKind : MeetingKind.of(clause.title, lexicon: lexicon),
                                   yearRule: dates.yearEvidence?.rule, yearEvidence: dates.yearEvidence?.evidence)
        }
        return MeetingStageResult(base: base, year: dates.year)
    }
}
