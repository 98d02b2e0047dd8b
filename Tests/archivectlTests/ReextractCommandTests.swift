import Archive
import Foundation
import Testing

/// Deletion that leaves no orphan, rules versions, `reextract` and corrections, through the CLI
/// and the sqlite3 program as a user runs them.
@Suite struct ReextractCommandTests {
    /// The sqlite3 program, which runs with foreign keys off.
    @discardableResult
    static func sqlite3(_ db: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let factCounts = """
        SELECT (SELECT count(*) FROM meetings) || ' ' || (SELECT count(*) FROM participations) || ' ' ||
               (SELECT count(*) FROM indicator_values) || ' ' || (SELECT count(*) FROM goal_mentions) || ' ' ||
               (SELECT count(*) FROM authors) || ' ' || (SELECT count(*) FROM people)
        """

    static let orphans = """
        SELECT (SELECT count(*) FROM meetings WHERE document_id NOT IN (SELECT id FROM documents))
             + (SELECT count(*) FROM participations WHERE document_id NOT IN (SELECT id FROM documents))
             + (SELECT count(*) FROM indicator_values WHERE document_id NOT IN (SELECT id FROM documents))
             + (SELECT count(*) FROM goal_mentions WHERE document_id NOT IN (SELECT id FROM documents))
             + (SELECT count(*) FROM authors WHERE document_id NOT IN (SELECT id FROM documents))
             + (SELECT count(*) FROM people WHERE id NOT IN (SELECT person_id FROM participations))
        """

    private func seedArchive() throws -> (folder: URL, db: String) {
        let folder = Paths.temporaryFolder()
        let db = folder.appending(path: "archive.db").path
        let ingest = try CLI.run(["ingest", "--quiet", "--db", db, Paths.seeds.path])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        return (folder, db)
    }

    @Test func deletingInTheSqlite3ProgramLeavesNoOrphanAndReingestAddsOnce() throws {
        let (folder, db) = try seedArchive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.sqlite3(db, Self.factCounts)
        let exported = try ExportedRecords.of(db)
        #expect(try Self.sqlite3(db, "PRAGMA foreign_keys") == "0")
        // Every document, each in its own statement, as the README's recipe did for one.
        for id in try Self.sqlite3(db, "SELECT id FROM documents").split(separator: "\n") {
            try Self.sqlite3(db, "DELETE FROM documents WHERE id = \(id)")
        }
        #expect(try Self.sqlite3(db, "PRAGMA foreign_key_check") == "")
        #expect(try Self.sqlite3(db, Self.orphans) == "0")
        #expect(try Self.sqlite3(db, Self.factCounts) == "0 0 0 0 0 0")
        let again = try CLI.run(["ingest", "--db", db, Paths.seeds.path])
        #expect(again.stdout.contains("5 added"), "\(again.stderr)")
        #expect(try Self.sqlite3(db, Self.factCounts) == before)
        #expect(try ExportedRecords.of(db).set == exported.set)
    }

    @Test func removeTakesEverythingADocumentBrought() throws {
        let (folder, db) = try seedArchive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.sqlite3(db, Self.factCounts)
        let sha = try Self.sqlite3(db, "SELECT sha256 FROM documents WHERE id = 2")
        let removed = try CLI.run(["remove", "--db", db, "1", String(sha.prefix(8))])
        #expect(removed.status == 0 && removed.stdout.contains("2 removed"), "\(removed.stderr)")
        #expect(try Self.sqlite3(db, "SELECT count(*) FROM documents") == "3")
        #expect(try Self.sqlite3(db, Self.orphans) == "0")
        let missing = try CLI.run(["remove", "--db", db, "99"])
        #expect(missing.status == 1 && missing.stderr.contains("no document 99"))
        _ = try CLI.run(["ingest", "--db", db, Paths.seeds.path])
        #expect(try Self.sqlite3(db, Self.factCounts) == before)
    }

    @Test func ingestNamesDocumentsOfOtherRulesAndReextractUpdatesThem() throws {
        let (folder, db) = try seedArchive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let version = try Self.sqlite3(db, "SELECT DISTINCT rules_version FROM documents")
        #expect(version.count == 16 && version.allSatisfy(\.isHexDigit))
        let quietIngest = try CLI.run(["ingest", "--db", db, Paths.seeds.path])
        #expect(!quietIngest.stderr.contains("reextract"))
        try Self.sqlite3(db, "UPDATE documents SET rules_version = NULL WHERE id <= 2")
        let notice = try CLI.run(["ingest", "--db", db, Paths.seeds.path])
        #expect(notice.stderr.contains("2 documents") && notice.stderr.contains("archivectl reextract"), "\(notice.stderr)")
        #expect(notice.stderr.split(separator: "\n").count == 1)
        let run = try CLI.run(["reextract", "--db", db])
        #expect(run.stdout.contains("2 re-extracted: 0 changed"), "\(run.stdout) \(run.stderr)")
        #expect(try Self.sqlite3(db, "SELECT count(*) FROM documents WHERE rules_version IS NOT '\(version)'") == "0")
        let nothing = try CLI.run(["reextract", "--db", db])
        #expect(nothing.stdout.contains("nothing to re-extract"))
    }

    /// An alias taken out of the archive's vocabulary and put back: each is a change of the rules,
    /// the dry run shows it and writes nothing, the run changes exactly the facts named by it.
    @Test func aChangedVocabularyChangesExactlyItsFactsAndADryRunWritesNothing() throws {
        let (folder, db) = try seedArchive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try ExportedRecords.of(db)
        let alias = try Self.sqlite3(db, "SELECT name FROM indicator_values WHERE name IN (SELECT alias FROM indicator_aliases) AND name <> indicator_code LIMIT 1")
        try #require(!alias.isEmpty)
        let others = "SELECT document_id, name, kind, value, unit, start_offset FROM indicator_values WHERE name <> '\(alias)' ORDER BY 1, 6, 2, 4"
        let othersBefore = try Self.sqlite3(db, others)
        let affected = try Self.sqlite3(db, "SELECT count(DISTINCT document_id) FROM indicator_values WHERE name = '\(alias)'")
        let code = try Self.sqlite3(db, "SELECT code FROM indicator_aliases WHERE alias = '\(alias)'")
        try Self.sqlite3(db, "DELETE FROM indicator_aliases WHERE alias = '\(alias)'")

        let fileBefore = try Data(contentsOf: URL(fileURLWithPath: db))
        let dry = try CLI.run(["reextract", "--dry-run", "--db", db])
        #expect(dry.stdout.contains("5 would be re-extracted: \(affected) would change"), "\(dry.stdout) \(dry.stderr)")
        #expect(dry.stdout.contains("indicator"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == fileBefore)
        #expect(try ExportedRecords.of(db) == original)

        let run = try CLI.run(["reextract", "--db", db])
        #expect(run.stdout.contains("5 re-extracted: \(affected) changed"), "\(run.stdout) \(run.stderr)")
        #expect(try Self.sqlite3(db, "SELECT count(*) FROM indicator_values WHERE name = '\(alias)' AND indicator_code IS NOT NULL") == "0")
        #expect(try Self.sqlite3(db, others) == othersBefore)
        #expect(try Self.sqlite3(db, Self.orphans) == "0")

        try Self.sqlite3(db, "INSERT INTO indicator_aliases(alias, code) VALUES ('\(alias)', '\(code)')")
        let back = try CLI.run(["reextract", "--db", db])
        #expect(back.status == 0)
        #expect(try ExportedRecords.of(db).set == original.set)
    }

    /// A correction survives reextract with new rules, is shown with its provenance, can be
    /// reverted; one whose fact is gone is reported.
    @Test func correctionsSurviveReextractAndAreReportedWhenTheirFactVanishes() throws {
        let (folder, db) = try seedArchive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fact = try Self.sqlite3(db, "SELECT document_id || '|' || indicator_code || '|' || kind || '|' || value FROM indicator_values WHERE indicator_code IS NOT NULL AND name = indicator_code LIMIT 1")
            .split(separator: "|").map(String.init)
        let (doc, code, kind) = (fact[0], fact[1], fact[2])
        let selector = "indicator=\(code) kind=\(kind) value=\(fact[3])"
        let set = try CLI.run(["correct", "--db", db, doc, "--fact", selector, "--set", "value=4321", "--by", "tester", "--why", "the table says so"])
        #expect(set.status == 0, "\(set.stderr)")
        let corrected = "SELECT count(*) FROM indicator_values WHERE value = 4321 AND correction_id IS NOT NULL"
        #expect(try Self.sqlite3(db, corrected) == "1")
        #expect(try CLI.run(["export", "--db", db, "--format", "jsonl"]).stdout.contains("\"source\":\"correction\""))
        let shown = try CLI.run(["show", "--db", db, "document", doc])
        #expect(shown.stdout.contains("[source: correction"), "\(shown.stdout)")
        let queried = try CLI.run(["query", "--db", db, "indicator=\(code)", "kind=\(kind)", "--source", "--format", "jsonl"])
        #expect(queried.stdout.split(separator: "\n").filter { $0.contains("\"value\":4321") && $0.contains("\"correction\":1") }.count == 1,
                "\(queried.stdout)")

        // New rules (every document outdated) keep it, and so does a removed and re-ingested file.
        try Self.sqlite3(db, "UPDATE documents SET rules_version = 'older'")
        let run = try CLI.run(["reextract", "--db", db])
        #expect(run.stdout.contains("5 re-extracted: 0 changed, 1 facts corrected by hand kept"), "\(run.stdout) \(run.stderr)")
        #expect(try Self.sqlite3(db, corrected) == "1")
        _ = try CLI.run(["remove", "--db", db, doc])
        _ = try CLI.run(["ingest", "--db", db, Paths.seeds.path])
        #expect(try Self.sqlite3(db, corrected) == "1")

        // A correction whose fact the rules no longer find: its evidence moved.
        let goal = try Self.sqlite3(db, "SELECT document_id || '|' || phrase || '|' || start_offset FROM goal_mentions LIMIT 1")
            .split(separator: "|").map(String.init)
        let reject = try CLI.run(["correct", "--db", db, goal[0], "--fact", "goal=\(goal[1]) at=\(goal[2])",
                                  "--reject", "--by", "tester", "--why", "not this meeting's"])
        #expect(reject.status == 0, "\(reject.stderr)")
        try Self.sqlite3(db, "UPDATE corrections SET target = json_set(target, '$.start', 999999) WHERE action = 'reject'")
        try Self.sqlite3(db, "UPDATE documents SET rules_version = 'older' WHERE id = \(goal[0])")
        let vanished = try CLI.run(["reextract", "--db", db])
        #expect(vanished.stderr.contains("is no longer extracted"), "\(vanished.stderr)")
        let list = try CLI.run(["corrections", "--db", db, "--format", "tsv"])
        #expect(list.stdout.contains("vanished") && list.stdout.contains("applied") && list.stdout.contains("tester"), "\(list.stdout)")

        // Reverted, the fact is the rules' again.
        let id = try Self.sqlite3(db, "SELECT id FROM corrections WHERE action = 'set'")
        #expect(try CLI.run(["corrections", "--db", db, "--revert", id]).status == 0)
        #expect(try Self.sqlite3(db, corrected) == "0")
        #expect(try CLI.run(["corrections", "--db", db, "--format", "tsv"]).stdout.contains("reverted"))
    }

    @Test func aBadCorrectionIsRefusedWithAReason() throws {
        let (folder, db) = try seedArchive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let none = try CLI.run(["correct", "--db", db, "1", "--fact", "indicator=NOPE", "--reject", "--why", "x"])
        #expect(none.status == 2 && none.stderr.contains("no indicator value of document 1 matches"), "\(none.stderr)")
        let field = try CLI.run(["correct", "--db", db, "1", "--fact", "indicator=GDP kind=target", "--set", "colour=red", "--why", "x"])
        #expect(field.status == 2 && field.stderr.contains("colour"), "\(field.stderr)")
        #expect(try Self.sqlite3(db, "SELECT count(*) FROM corrections") == "0")
    }
}
