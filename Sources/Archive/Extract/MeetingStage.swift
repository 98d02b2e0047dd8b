extension Extractor {
    /// Document title, publication date, publisher, authors, the meeting and its people.
    func extractMeetingAndPeople(_ document: DecodedDocument, sentences: [Sentence]) -> MeetingStageResult {
        let lexicon = MeetingLexicon.builtIn
        let text = document.normalized.text
        let facts = DocumentFacts.read(text, lexicon: lexicon)
        let published = document.published ?? facts.published
        let publisher = document.publisher ?? facts.publisher
        var base = Extraction(title: document.title ?? facts.title, published: published, publisher: publisher,
                              authors: facts.authors)
        let clause = MeetingClause.find(in: sentences, lexicon: lexicon)
        let dates = DateResolution(lexicon: lexicon)
            .resolve(meeting: clause, published: published.flatMap(CalendarDate.init(iso:)), text: text)
        if let clause {
            let header = String(text.unicodeScalars.prefix(sentences[clause.sentenceIndex].start))
            let host = HostRegion(lookup: GazetteerLookup(gazetteer: gazetteer, lexicon: lexicon), lexicon: lexicon)
                .resolve(meeting: clause, publisher: publisher, header: header, text: text)
            base.meeting = Meeting(title: clause.title, date: dates.date?.iso, region: host,
                                   kind: MeetingKind.of(clause.title, lexicon: lexicon))
        }
        base.people = People(lexicon: lexicon).extract(from: sentences, excluding: Set(facts.authors))
        return MeetingStageResult(base: base, year: dates.year)
    }
}
