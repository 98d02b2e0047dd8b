@testable import Archive
import Foundation
import Testing

/// An archive made before 0004 and 0005 (a full-text index with positions, narrower fact indexes)
/// is brought up to date when opened for writing: its documents are indexed again and still found.
@Suite struct UpgradeTests {
    @Test func anArchiveOfSchema3IsIndexedAgainAndFindsItsDocuments() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "old.db").path
        do {
            // What an archivectl that knew migrations 1–3 made.
            let connection = try Connection(path: path)
            let old = EmbeddedResources.migrations.filter { $0.version <= 3 }
            try Migrator(connection: connection, migrations: old).migrate(afterFirst: ReferenceData.load)
            let text = "今年确保实现双过半目标。"
            let report = Report(document: DocumentInfo(source: "old.txt", sha256: "0a"),
                                meeting: Meeting(title: "会议", date: "2023-07-01"),
                                goals: [GoalMention(phrase: "双过半", surface: "双过半", stance: "goal",
                                                    evidence: Evidence(sentence: text, start: 0, end: 12))])
            _ = try connection.transaction {
                try ReportWriter(connection: connection).write(
                    report, decoded: DecodedDocument(original: text, normalized: NormalizedText(identity: text), encoding: "UTF-8"))
            }
            #expect(try connection.scalar("PRAGMA user_version").int64Value == 3)
        }

        let archive = try ArchiveDatabase(path: path)
        let c = archive.connection
        #expect(archive.schemaVersion == EmbeddedResources.migrations.last?.version)
        let fts = try #require(try c.scalar("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").stringValue)
        #expect(fts.contains("detail = 'none'"))
        try c.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        #expect(try FullTextSearch(connection: c, words: ["双过半目标"]).run().rows.count == 1)
        #expect(try FullTextSearch(connection: c, words: ["双过半"]).run().rows.count == 1)
        let columns = try c.prepare("SELECT name FROM pragma_index_info('goal_mentions_by_phrase')").rows([]).map { $0.string("name") ?? "" }
        #expect(columns == ["phrase", "stance", "meeting_id"])
        #expect(try ArchiveQuery(connection: c, filter: "goal=双过半").rows().rows.count == 1)
    }
}
