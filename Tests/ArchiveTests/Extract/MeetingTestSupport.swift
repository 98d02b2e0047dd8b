import Archive
@testable import ArchiveExtract
@testable import ArchiveModel
@testable import ArchiveText

/// Runs the meeting stage on reports written for the tests (already normalized simplified text).
enum Meetings {
    static let extractor = Extractor()

    static func extract(_ text: String) -> Extraction {
        let document = DecodedDocument(original: text, normalized: NormalizedText(identity: text), encoding: "UTF-8")
        return extractor.extractMeetingAndPeople(document, text: ReportText(text), sentences: Sentences.split(text)).base
    }

    static func year(_ text: String) -> Int? {
        let document = DecodedDocument(original: text, normalized: NormalizedText(identity: text), encoding: "UTF-8")
        return extractor.extractMeetingAndPeople(document, text: ReportText(text), sentences: Sentences.split(text)).year
    }

    static func people(_ text: String) -> [String: Person] {
        Dictionary(extract(text).people.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
