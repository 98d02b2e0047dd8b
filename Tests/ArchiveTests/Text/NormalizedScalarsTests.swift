import Archive
@testable import ArchiveExtract
@testable import ArchiveText
import Foundation
import Testing

/// The pipeline hands extraction the normalized text's scalars (DecodedDocument.normalizedScalars)
/// so it need not decode the text again: they must be that text's, whatever repairs made it.
@Suite struct NormalizedScalarsTests {
    static func documents() throws -> [(name: String, document: DecodedDocument)] {
        var out: [(String, DecodedDocument)] = []
        for seed in ["000", "001", "002", "003", "004"] {
            let bytes = try TextFixtures.seedBytes(seed)
            out.append((seed, try TextPipeline().process(bytes)))
            let text = String(decoding: bytes, as: UTF8.self)
            out.append(("\(seed) in GB18030", try TextPipeline().process(try TextFixtures.encoded(text, as: "GB18030"))))
        }
        let page = "<html><head><title>某县召开经济工作会议</title></head><body><p>会议强调，确保实现“双过半”。</p></body></html>"
        out.append(("an HTML page", try TextPipeline().process(Array(page.utf8))))
        // A scalar outside the BMP takes two UTF-16 units.
        out.append(("a text with 𠀋", try TextFixtures.process("某县𠀋镇召开经济运行调度会。会议强调，确保实现双过半。")))
        return out
    }

    @Test func theScalarsAreThoseOfTheNormalizedText() throws {
        for (name, document) in try Self.documents() {
            let scalars = try #require(document.normalizedScalars, "\(name)")
            #expect(scalars == Array(document.normalized.text.unicodeScalars), "\(name)")
            let text = ReportText(document.normalized.text, scalars: scalars)
            #expect(text.utf16 == Array(document.normalized.text.utf16), "\(name)")
        }
    }

    @Test func extractionReadsTheSameFactsWithOrWithoutThem() throws {
        let extractor = Extractor()
        for (name, document) in try Self.documents() {
            var decodedAgain = document
            decodedAgain.normalizedScalars = nil
            #expect(extractor.extract(document) == extractor.extract(decodedAgain), "\(name)")
        }
    }
}
