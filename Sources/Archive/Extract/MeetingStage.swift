extension Extractor {
    /// Document title, publication date, publisher, authors, the meeting and its people.
    func extractMeetingAndPeople(_ document: DecodedDocument, sentences: [Sentence]) -> MeetingStageResult {
        MeetingStageResult(
            base: Extraction(title: document.title, published: document.published, publisher: document.publisher),
            year: nil)
    }
}
