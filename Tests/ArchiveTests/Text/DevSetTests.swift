import Archive
import Foundation
import Testing

/// The dev set's real reports, traditional and annotated ones included, come out as clean
/// simplified text: normalizing the result again changes nothing.
@Suite(.enabled(if: Paths.sharedAvailable, Comment(rawValue: Paths.sharedMissingNotice)))
struct DevSetTests {
    private static func reports() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: Paths.devSet.path)
            .filter { $0.hasPrefix("r") && $0.hasSuffix(".txt") }.sorted()
            .map { Paths.devSet.appending(path: $0) }
    }

    @Test func everyReportNormalizesToAFixedPoint() throws {
        let files = try Self.reports()
        try #require(!files.isEmpty)
        var converted = 0
        for file in files {
            let document = try TextPipeline().process([UInt8](try Data(contentsOf: file)))
            let again = try TextFixtures.process(document.normalized.text)
            #expect(again.repairs.isEmpty, "\(file.lastPathComponent): \(again.repairs)")
            #expect(again.normalized.text == document.normalized.text, "\(file.lastPathComponent)")
            if document.repairs.contains("traditional-to-simplified") { converted += 1 }
        }
        #expect(converted >= 5, "the dev set has traditional reports")
    }
}
