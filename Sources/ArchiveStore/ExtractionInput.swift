import ArchiveModel
import ArchiveText
import FoundationEssentials

/// What decoding knew beyond the normalized text (markup title, date and publisher; the page
/// clutter's scalar ranges), stored as documents.extraction_input so a document can be extracted
/// again without its file. Stored as NULL when decoding knew nothing more.
package struct ExtractionInput: Codable, Equatable {
    package var title: String?
    package var published: String?
    package var publisher: String?
    package var clutter: [[Int]]

    package init(_ decoded: DecodedDocument) {
        title = decoded.title
        published = decoded.published
        publisher = decoded.publisher
        clutter = decoded.clutter.map { [$0.lowerBound, $0.upperBound] }
    }

    package init(title: String?, published: String?, publisher: String?) {
        self.title = title
        self.published = published
        self.publisher = publisher
        clutter = []
    }

    package var isEmpty: Bool { title == nil && published == nil && publisher == nil && clutter.isEmpty }

    /// The column's value: JSON, or nil when empty.
    package var stored: String? {
        guard !isEmpty, let data = try? JSONEncoder().encode(self) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The column's value read back; nil for NULL or text that is not this JSON.
    package static func read(_ text: String?) -> ExtractionInput? {
        guard let text, let input = try? JSONDecoder().decode(ExtractionInput.self, from: Data(text.utf8)) else { return nil }
        return input
    }

    /// A decoded document over an archived normalized text, as decoding handed it to extraction.
    package func document(normalized: String) -> DecodedDocument {
        DecodedDocument(original: normalized, normalized: NormalizedText(identity: normalized), encoding: "",
                        title: title, published: published, publisher: publisher,
                        clutter: clutter.compactMap { $0.count == 2 && $0[0] <= $0[1] ? $0[0]..<$0[1] : nil })
    }
}
