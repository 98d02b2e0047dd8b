import Archive
import Foundation

/// A small archive filled through ReportWriter from Tests/Fixtures/query-archive.json (six reports
/// modelled on the seeds: 岳阳市, 渌口区 and its city 株洲市, 大观区 in traditional script, 湖南省,
/// and a development zone that is no division), so query tests do not depend on extraction.
public enum QueryFixture {
    public struct Document: Decodable {
        let report: Report
        let text: String
        let original: String?
    }

    public static let file = Paths.repoRoot.appending(path: "Tests/Fixtures/query-archive.json")

    /// A new archive in `folder` holding the fixture's documents, in file order (ids 1…6).
    public static func archive(in folder: URL) throws -> ArchiveDatabase {
        let archive = try ArchiveDatabase(path: folder.appending(path: "query.db").path)
        let documents = try JSONDecoder().decode([Document].self, from: Data(contentsOf: file))
        let writer = ReportWriter(connection: archive.connection)
        try archive.connection.transaction {
            for document in documents {
                let decoded = DecodedDocument(original: document.original ?? document.text,
                                              normalized: NormalizedText(identity: document.text), encoding: "UTF-8",
                                              script: document.report.document.script, repairs: document.report.document.repairs)
                try writer.write(document.report, decoded: decoded)
            }
        }
        return archive
    }
}

extension QueryFixture {
    /// The fixture archive's path, for running the binary on it.
    public static func path(in folder: URL) throws -> String {
        let archive = try archive(in: folder)
        archive.checkpoint()
        return archive.path
    }
}
