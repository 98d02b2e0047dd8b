import Archive
@testable import ArchiveIngest
@testable import ArchiveModel
@testable import ArchiveStore
import Foundation
import Testing

/// The parallel ingest (worker threads, batched transactions) must archive exactly what a
/// one-document-at-a-time ingest of the same inputs archives.
@Suite struct ParallelIngestTests {
    /// Seeds and the dev set, plus a duplicate, an empty file and bytes that are no text.
    static func inputFolder() throws -> URL {
        let folder = Paths.temporaryFolder().appending(path: "inputs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var names: [URL] = try FileManager.default.contentsOfDirectory(at: Paths.seeds, includingPropertiesForKeys: nil)
        if let dev = try? FileManager.default.contentsOfDirectory(at: Paths.devSet, includingPropertiesForKeys: nil) {
            names += dev.filter { $0.pathExtension == "txt" }
        }
        for url in names where url.pathExtension == "txt" {
            try FileManager.default.copyItem(at: url, to: folder.appending(path: url.lastPathComponent))
        }
        // Each seed again with one, two and three more line breaks at its end: other bytes, so other
        // documents, and enough of them for batches and deferred indexes without ../shared.
        for url in try FileManager.default.contentsOfDirectory(at: Paths.seeds, includingPropertiesForKeys: nil)
        where url.pathExtension == "txt" {
            let bytes = try Data(contentsOf: url)
            for extra in 1...3 {
                try (bytes + Data(repeating: 0x0A, count: extra))
                    .write(to: folder.appending(path: url.deletingPathExtension().lastPathComponent + "_\(extra).txt"))
            }
        }
        try FileManager.default.copyItem(at: try Paths.seed("002"), to: folder.appending(path: "002_again.txt"))
        try Data().write(to: folder.appending(path: "empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]).write(to: folder.appending(path: "image.txt"))
        return folder
    }

    static func contents(_ archive: ArchiveDatabase) throws -> (reports: [Report], texts: [[DatabaseValue]]) {
        var reports: [Report] = []
        try ReportReader(connection: archive.connection).forEachReport { reports.append($0) }
        let texts = try archive.connection.rows(
            "SELECT id, sha256, original_text, normalized_text, offset_map FROM documents ORDER BY id"
        ).map { row in (0..<5).map { row[$0] } }
        return (reports, texts)
    }

    @Test func parallelIngestArchivesWhatAOneByOneIngestArchives() throws {
        let inputs = try Self.inputFolder()
        let folder = inputs.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sources = InputFiles.expand([inputs.path]).sources
        // The five seeds and 15 variants, a duplicate, an empty file and an image; the dev set's
        // reports too with ../shared.
        #expect(sources.count >= 23 + (Paths.sharedAvailable ? 100 : 0), "inputs found: \(sources.count)")

        let one = try ArchiveDatabase(path: folder.appending(path: "one.db").path)
        let sequential = try Ingestor(database: one, options: IngestOptions(workers: 1, batchSize: 1))
        let expected = sources.map { sequential.ingest($0) }

        let many = try ArchiveDatabase(path: folder.appending(path: "many.db").path)
        // Small batches so the run crosses several of them, more workers than cores to shuffle timing.
        let parallel = try Ingestor(database: many, options: IngestOptions(workers: 4, batchSize: 3))
        var outcomes: [IngestOutcome] = []
        var names: [String] = []
        let caller = pthread_self()
        var sameThread = true
        var journalModes: Set<String> = []
        let summary = parallel.run(sources) { source, outcome in
            sameThread = sameThread && pthread_equal(pthread_self(), caller) != 0
            journalModes.insert((try? many.connection.scalar("PRAGMA journal_mode").stringValue) ?? "?")
            names.append(source.name)
            outcomes.append(outcome)
        }

        #expect(names == sources.map(\.name), "progress comes in input order")
        #expect(sameThread, "progress is told on the calling thread")
        #expect(outcomes == expected)
        #expect(summary.skipped == 1 && summary.failed == 2)
        #expect(summary.added == expected.filter { if case .added = $0 { return true } else { return false } }.count)
        let (oneReports, oneTexts) = try Self.contents(one)
        let (manyReports, manyTexts) = try Self.contents(many)
        #expect(manyReports == oneReports)
        #expect(manyTexts == oneTexts)
        // Every reference the run wrote points at a row (SQLite did not check them: BulkLoad), and
        // the connection checks references again afterwards.
        #expect(try many.connection.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(try many.connection.scalar("PRAGMA foreign_keys").int64Value == 1)
        // The full-text index holds every document, consistent with the table.
        try many.connection.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        #expect(try many.connection.scalar("SELECT count(*) FROM documents_fts").int64Value == Int64(oneReports.count))
        // The archive stays in WAL mode throughout, so readers never wait for the writer, and the run
        // ends with the log folded back: one file remains.
        #expect(journalModes == ["wal"])
        #expect(!FileManager.default.fileExists(atPath: many.path + "-journal"))
        #expect(!FileManager.default.fileExists(atPath: many.path + "-wal")
                || ((try? FileManager.default.attributesOfItem(atPath: many.path + "-wal")[.size] as? Int) ?? 0) == 0)

        // A second run, into an archive that holds documents: the workers look digests up beside
        // the writer, and the log is folded back beside it (BackgroundCheckpoint).
        let again = try Ingestor(database: many, options: IngestOptions(workers: 2, batchSize: 3))
        let rerun = again.run(sources)
        #expect(rerun.added == 0 && rerun.skipped == summary.added + summary.skipped)
        #expect(!FileManager.default.fileExists(atPath: many.path + "-wal")
                || ((try? FileManager.default.attributesOfItem(atPath: many.path + "-wal")[.size] as? Int) ?? 0) == 0)
    }

    @Test func aDocumentThatCannotBeStoredFailsAloneInItsBatch() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try ArchiveDatabase(path: folder.appending(path: "a.db").path)
        let decoded = ReportWriterTests.decoded()
        // The middle document breaks a CHECK constraint after its document row and meeting are written.
        let batch = [ReportWriterTests.sampleReport(sha: "first"), ReportWriterTests.sampleReport(sha: "broken", kind: "guess"),
                     ReportWriterTests.sampleReport(sha: "third"), ReportWriterTests.sampleReport(sha: "first")]
            .map { (report: $0, decoded: decoded) }
        let outcomes = BatchStore(connection: archive.connection).store(batch)

        #expect(outcomes.count == 4)
        #expect(outcomes[0] == .added(documentID: 1))
        if case .failed = outcomes[1] {} else { Issue.record("the broken document should fail, not \(outcomes[1])") }
        #expect(outcomes[2] == .added(documentID: 2))
        #expect(outcomes[3] == .skipped, "the same bytes twice in one batch are stored once")
        let c = archive.connection
        #expect(try c.scalar("SELECT group_concat(sha256) FROM (SELECT sha256 FROM documents ORDER BY id)").stringValue == "first,third")
        for table in ["authors", "meetings", "participations", "indicator_values", "goal_mentions"] {
            #expect(try c.scalar("SELECT count(*) FROM \(table)").int64Value == 2, "\(table)")
        }
        #expect(try c.scalar("SELECT count(*) FROM documents_fts").int64Value == 2)
    }

    @Test func aBatchStoresEachDocumentWithItsOwnFacts() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try ArchiveDatabase(path: folder.appending(path: "a.db").path)
        let reports = (0..<70).map { ReportWriterTests.sampleReport(sha: "doc\($0)") }
        let outcomes = BatchStore(connection: archive.connection).store(reports.map { ($0, ReportWriterTests.decoded()) })
        #expect(outcomes == (1...70).map { .added(documentID: Int64($0)) })
        let reader = ReportReader(connection: archive.connection)
        for (offset, report) in reports.enumerated() {
            #expect(try reader.report(documentID: Int64(offset + 1)) == report)
        }
    }

    @Test func aGoalTheArchiveDoesNotKnowFailsItsDocumentInABulkRun() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try ArchiveDatabase(path: folder.appending(path: "a.db").path)
        // As an archive made with a goals.tsv that lacked the phrase would be.
        try archive.connection.execute("DELETE FROM goals WHERE phrase = '双过半'")
        BulkLoad.prepare(archive.connection)
        defer { BulkLoad.finish(archive.connection) }
        let reports = [ReportWriterTests.sampleReport(sha: "with-goal"),
                       ReportWriterTests.sampleReport(sha: "without-goal").withoutGoals()]
        let outcomes = BatchStore(connection: archive.connection).store(reports.map { ($0, ReportWriterTests.decoded()) })

        guard case .failed(let reason) = outcomes[0] else {
            Issue.record("a goal outside the goals table should fail its document, not \(outcomes[0])")
            return
        }
        #expect(reason.contains("双过半") && reason.contains("goals table"))
        #expect(outcomes[1] == .added(documentID: 1))
        #expect(try archive.connection.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(try archive.connection.scalar("SELECT count(*) FROM goal_mentions").int64Value == 0)
    }
}

private extension Report {
    func withoutGoals() -> Report {
        var report = self
        report.goals = []
        return report
    }
}
