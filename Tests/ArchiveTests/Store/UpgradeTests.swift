import Archive
@testable import ArchiveExtract
@testable import ArchiveModel
@testable import ArchiveOutput
@testable import ArchiveQuery
@testable import ArchiveResources
@testable import ArchiveStore
@testable import ArchiveText
import Foundation
import Testing

/// An archive made by an earlier version is brought up to date when opened for writing, and keeps
/// every document and fact it held.
@Suite struct UpgradeTests {
    /// Before 0004 and 0005: a full-text index with positions, narrower fact indexes. Its documents
    /// are indexed again and still found.
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
            try Self.writeOld(connection, id: 1, original: "今年確保實現雙過半目標。", text: text, meeting: ("会议", "2023-07-01"),
                              person: nil, goal: "双过半")
            #expect(try connection.scalar("PRAGMA user_version").int64Value == 3)
        }

        let archive = try ArchiveDatabase(path: path)
        let c = archive.connection
        #expect(archive.schemaVersion == EmbeddedResources.migrations.last?.version)
        let fts = try #require(try c.scalar("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").stringValue)
        #expect(!fts.contains("detail") && fts.contains("content=\"documents\""))
        try c.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        #expect(try FullTextSearch(connection: c, words: ["双过半目标"]).run().rows.count == 1)
        #expect(try FullTextSearch(connection: c, words: ["双过半"]).run().rows.count == 1)
        let columns = try c.prepare("SELECT name FROM pragma_index_info('goal_mentions_by_phrase')").rows([]).map { $0.string("name") ?? "" }
        #expect(columns == ["phrase", "stance", "meeting_id"])
        #expect(try ArchiveQuery(connection: c, filter: "goal=双过半").rows().rows.count == 1)
    }

    /// Before 0006 every document stored its original text, also when no repair changed it. The
    /// table is made again: those copies go, a repaired document keeps its original, and every
    /// fact, the full-text index, its triggers and the cascades are as before.
    @Test func anArchiveOfSchema5StoresOnlyOriginalsThatDiffer() throws {
        let folder = Paths.temporaryFolder()
        let path = folder.appending(path: "old.db").path
        let repaired = ("今年確保實現雙過半目標。", "今年确保实现双过半目标。")
        let plain = "上半年全市地区生产总值增长6%，实现双过半。"
        var before: [String] = []
        do {
            let connection = try Connection(path: path)
            let old = EmbeddedResources.migrations.filter { $0.version <= 5 }
            try Migrator(connection: connection, migrations: old).migrate(afterFirst: ReferenceData.load)
            for (index, (original, text)) in [repaired, ("（草稿）", plain)].enumerated() {
                try Self.writeOld(connection, id: Int64(index + 1), original: original, text: text,
                                  meeting: ("会议\(index)", "2023-07-0\(index + 1)"), person: ("张三", "[\"市长\"]", "[\"讲话\"]"), goal: "双过半")
            }
            // What version 5 stored for a report no repair changed: its text twice.
            try connection.execute("UPDATE documents SET original_text = normalized_text WHERE sha256 = '01'")
            before = try connection.rows(Self.facts).map { row in (0..<row.values.count).map { row[$0].stringValue ?? "-" }.joined(separator: "|") }
        }

        let archive = try ArchiveDatabase(path: path)
        let c = archive.connection
        #expect(archive.schemaVersion == EmbeddedResources.migrations.last?.version)
        let originals = try c.rows("SELECT original_text FROM documents ORDER BY id").map { $0["original_text"] }
        #expect(originals == [.text(repaired.0), .null])
        let after = try c.rows(Self.facts).map { row in (0..<row.values.count).map { row[$0].stringValue ?? "-" }.joined(separator: "|") }
        #expect(after == before && after.count == 2)
        #expect(try DocumentDetail(connection: c, documentID: 2).original == plain)
        #expect(try c.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(try c.scalar("PRAGMA foreign_keys").int64Value == 1)
        #expect(try c.scalar("PRAGMA integrity_check").stringValue == "ok")
        try c.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        #expect(try FullTextSearch(connection: c, words: ["双过半"]).run().rows.count == 2)

        // The triggers write the index for new documents, and deleting a document still takes its facts.
        let text = "下半年确保满堂彩。"
        _ = try c.transaction {
            try ReportWriter(connection: c).write(Report(document: DocumentInfo(source: "2.txt", sha256: "02")),
                                                  decoded: DecodedDocument(original: text, normalized: NormalizedText(identity: text),
                                                                           encoding: "UTF-8"))
        }
        #expect(try FullTextSearch(connection: c, words: ["满堂彩"]).run().rows.count == 1)
        try c.execute("DELETE FROM documents WHERE sha256 = '00'")
        #expect(try c.scalar("SELECT count(*) FROM goal_mentions").int64Value == 1)
        #expect(try c.scalar("SELECT count(*) FROM meetings").int64Value == 2)
        #expect(try FullTextSearch(connection: c, words: ["双过半"]).run().rows.count == 1)
    }

    /// Each document's facts as one line, read with the columns every schema version has.
    static let facts = """
        SELECT d.sha256, m.title, m.date,
               (SELECT group_concat(p.name || x.titles || x.roles || x.evidence, ';') FROM participations x
                JOIN people p ON p.id = x.person_id WHERE x.document_id = d.id) AS people,
               (SELECT group_concat(g.phrase || g.stance || g.evidence || g.start_offset || '-' || g.end_offset, ';')
                FROM goal_mentions g WHERE g.document_id = d.id) AS goals
        FROM documents d JOIN meetings m ON m.document_id = d.id ORDER BY d.id
        """

    /// A document and its facts as an archivectl of an earlier schema stored them: only the
    /// columns that schema had (today's ReportWriter writes columns later migrations added).
    static func writeOld(_ c: Connection, id: Int64, original: String, text: String, meeting: (String, String),
                         person: (String, String, String)?, goal: String) throws {
        let end = text.unicodeScalars.count
        try c.transaction {
            try c.execute("""
                INSERT INTO documents(id, sha256, source, encoding, script, repairs, original_text, normalized_text, ingested_at)
                VALUES (?, ?, ?, 'UTF-8', 'hans', '[]', ?, ?, '2023-01-01T00:00:00Z')
                """, [id, "0\(id - 1)", "\(id - 1).txt", original, text])
            try c.execute("INSERT INTO meetings(document_id, title, date) VALUES (?, ?, ?)", [id, meeting.0, meeting.1])
            let meetingID = c.lastInsertRowID
            if let (name, titles, roles) = person {
                try c.execute("INSERT OR IGNORE INTO people(name) VALUES (?)", [name])
                try c.execute("""
                    INSERT INTO participations(meeting_id, document_id, person_id, position, titles, roles, evidence, start_offset, end_offset)
                    VALUES (?, ?, (SELECT id FROM people WHERE name = ?), 0, ?, ?, ?, 0, ?)
                    """, [meetingID, id, name, titles, roles, text, end])
            }
            try c.execute("""
                INSERT INTO goal_mentions(meeting_id, document_id, phrase, surface, stance, evidence, start_offset, end_offset)
                VALUES (?, ?, ?, ?, 'goal', ?, 0, ?)
                """, [meetingID, id, goal, goal, text, end])
        }
    }
}
