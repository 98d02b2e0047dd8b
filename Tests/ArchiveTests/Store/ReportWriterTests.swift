import Archive
@testable import ArchiveExtract
@testable import ArchiveModel
@testable import ArchiveQuery
@testable import ArchiveStore
@testable import ArchiveText
import Foundation
import Testing

@Suite struct ReportWriterTests {
    static func sampleReport(sha: String, kind: String = "target") -> Report {
        let evidence = Evidence(sentence: "全年GDP增长8%。", start: 0, end: 10)
        return Report(
            document: DocumentInfo(source: "sample.txt", sha256: sha, title: "某市召开经济工作会议", authors: ["王某"]),
            meeting: Meeting(title: "经济工作会议", date: "2023-02-01", region: RegionRef(name: "岳阳市", code: "430600", level: "prefecture")),
            people: [Person(name: "张三", titles: ["市委书记"], roles: ["主持"], evidence: evidence)],
            indicators: [IndicatorValue(indicator: "GDP", name: "GDP", kind: kind, measure: "growth", value: 8, unit: "%",
                                        period: "2023", region: RegionRef(name: "岳阳市", code: "430600", level: "prefecture"), evidence: evidence)],
            goals: [GoalMention(phrase: "双过半", surface: "双过半", stance: "goal", evidence: evidence)])
    }

    static func decoded() -> DecodedDocument {
        DecodedDocument(original: "全年GDP增长8%。", normalized: NormalizedText(identity: "全年GDP增长8%。"), encoding: "UTF-8")
    }

    @Test func writesAndReadsBackAReport() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try ArchiveDatabase(path: folder.appending(path: "a.db").path)
        let report = Self.sampleReport(sha: "abc")
        let id = try archive.connection.transaction { try ReportWriter(connection: archive.connection).write(report, decoded: Self.decoded()) }
        let back = try #require(try ReportReader(connection: archive.connection).report(documentID: id))
        #expect(back == report)
    }

    /// A person is one row however many reports name them; a new name gets a new row, and each
    /// participation points at its own person.
    @Test func aNameMentionedAgainIsTheSamePerson() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try ArchiveDatabase(path: folder.appending(path: "a.db").path)
        let writer = ReportWriter(connection: archive.connection)
        var third = Self.sampleReport(sha: "3")
        third.people.append(Person(name: "李四", titles: ["市长"], roles: ["讲话"], evidence: third.people[0].evidence))
        third.people.swapAt(0, 1)
        for report in [Self.sampleReport(sha: "1"), Self.sampleReport(sha: "2"), third] {
            try archive.connection.transaction { _ = try writer.write(report, decoded: Self.decoded()) }
        }
        let people = try archive.connection.rows("SELECT id, name FROM people ORDER BY id").map { "\($0["id"].int64Value ?? 0) \($0.string("name") ?? "")" }
        #expect(people == ["1 张三", "2 李四"])
        let named = try archive.connection.rows("""
            SELECT p.document_id, n.name FROM participations p JOIN people n ON n.id = p.person_id ORDER BY p.document_id, p.position
            """).map { "\($0["document_id"].int64Value ?? 0) \($0.string("name") ?? "")" }
        #expect(named == ["1 张三", "2 张三", "3 李四", "3 张三"])
    }

    /// The offset map is stored as NULL when every character is where it was (however the map was
    /// made) and as four bytes an entry otherwise, read back the same.
    @Test func theOffsetMapIsStoredOnlyWhenItIsNotTheIdentity() {
        let identity = NormalizedText(text: "稳中求进", originalOffsets: [0, 1, 2, 3, 4])
        #expect(identity == NormalizedText(identity: "稳中求进") && identity.isIdentity)
        #expect(OffsetMapCoding.encode(identity) == .null)
        #expect(OffsetMapCoding.decode(.null, text: "稳中求进") == identity)

        // 穩(wěn)中求進(jìn) → 稳中求进: each annotation folded into the character before it.
        let repaired = NormalizedText(text: "稳中求进", originalOffsets: [0, 5, 6, 7, 12])
        #expect(!repaired.isIdentity && repaired.originalRange(of: 1..<3) == 5..<7)
        let stored = OffsetMapCoding.encode(repaired)
        guard case .blob(let bytes) = stored else { Issue.record("an explicit map is stored as a BLOB, not \(stored)"); return }
        #expect(bytes.count == 5 * 4)
        #expect(OffsetMapCoding.decode(stored, text: "稳中求进") == repaired)
        #expect(OffsetMapCoding.decode(stored, text: "稳中求进").originalOffsets == [0, 5, 6, 7, 12])
    }

    /// The original text is kept only when it is not the normalized text byte for byte; a text
    /// that differs only in Unicode normalization (é composed or not) is another text.
    @Test func storesTheOriginalOnlyWhenItDiffers() throws {
        let folder = Paths.temporaryFolder()
        let archive = try ArchiveDatabase(path: folder.appending(path: "a.db").path)
        let writer = ReportWriter(connection: archive.connection)
        let texts = [("全年GDP增长8%。", "全年GDP增长8%。"), ("全年增長8%。", "全年增长8%。"), ("Pe\u{301}rez", "P\u{E9}rez")]
        for (index, (original, normalized)) in texts.enumerated() {
            try archive.connection.transaction {
                _ = try writer.write(Self.sampleReport(sha: "\(index)"),
                                     decoded: DecodedDocument(original: original, normalized: NormalizedText(identity: normalized),
                                                              encoding: "UTF-8"))
            }
        }
        let stored = try archive.connection.rows("SELECT original_text FROM documents ORDER BY id").map { $0["original_text"] }
        #expect(stored == [.null, .text("全年增長8%。"), .text("Pe\u{301}rez")])
        #expect(try DocumentDetail(connection: archive.connection, documentID: 1).original == "全年GDP增长8%。")
        #expect(try DocumentDetail(connection: archive.connection, documentID: 3).original.unicodeScalars.count == 6)
    }

    @Test func aFailureWhileStoringLeavesNoTraceOfTheDocument() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try ArchiveDatabase(path: folder.appending(path: "a.db").path)
        let writer = ReportWriter(connection: archive.connection)
        try archive.connection.transaction { _ = try writer.write(Self.sampleReport(sha: "kept"), decoded: Self.decoded()) }
        // The document row, its author, meeting and person are written before the bad value
        // (its kind breaks a CHECK constraint), so the failure lands in the middle of the document.
        #expect(throws: DatabaseError.self) {
            try archive.connection.transaction { _ = try writer.write(Self.sampleReport(sha: "broken", kind: "guess"), decoded: Self.decoded()) }
        }
        let c = archive.connection
        #expect(try c.scalar("SELECT count(*) FROM documents").int64Value == 1)
        #expect(try c.scalar("SELECT count(*) FROM documents WHERE sha256 = 'broken'").int64Value == 0)
        for table in ["authors", "meetings", "participations", "indicator_values", "goal_mentions"] {
            #expect(try c.scalar("SELECT count(*) FROM \(table)").int64Value == 1, "\(table)")
        }
        #expect(try c.scalar("SELECT count(*) FROM documents_fts").int64Value == 1)
    }

    @Test func deletingADocumentRemovesEverythingItBrought() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try ArchiveDatabase(path: folder.appending(path: "a.db").path)
        let writer = ReportWriter(connection: archive.connection)
        let id = try archive.connection.transaction { try writer.write(Self.sampleReport(sha: "x"), decoded: Self.decoded()) }
        try archive.connection.execute("DELETE FROM documents WHERE id = ?", [id])
        for table in ["authors", "meetings", "people", "participations", "indicator_values", "goal_mentions", "documents_fts"] {
            #expect(try archive.connection.scalar("SELECT count(*) FROM \(table)").int64Value == 0, "\(table)")
        }
    }
}
