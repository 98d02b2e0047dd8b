import Archive
@testable import ArchiveExtract
@testable import ArchiveIngest
@testable import ArchiveQuery
@testable import ArchiveStore
import Foundation
import Testing

/// A large ingest drops the fact tables' indexes and builds them at its end (DeferredIndexes). The
/// archive must come out as a row-by-row ingest makes it, indexes included, and an index dropped
/// by a run that never ended must be built by the next.
@Suite struct DeferredIndexesTests {
    let folder = Paths.temporaryFolder()
    /// Seeds and the dev set, a duplicate and two files that fail.
    let inputs: InputList

    init() throws {
        inputs = InputFiles.expand([try ParallelIngestTests.inputFolder().path]).sources
    }

    func ingest(_ name: String, _ indexes: IndexTiming, sources: InputList? = nil) throws -> (ArchiveDatabase, IngestSummary) {
        let (archive, summary, _) = try ingestCountingAnnouncements(name, indexes, sources: sources)
        return (archive, summary)
    }

    /// Also how often the run said it was building indexes.
    func ingestCountingAnnouncements(_ name: String, _ indexes: IndexTiming,
                                     sources: InputList? = nil) throws -> (ArchiveDatabase, IngestSummary, Int) {
        let archive = try ArchiveDatabase(path: folder.appending(path: name).path)
        let inputs = sources ?? self.inputs
        var announcements = 0
        let summary = try Ingestor(database: archive, options: IngestOptions(batchSize: 4, indexes: indexes))
            .run(inputs, buildingIndexes: { announcements += 1 })
        return (archive, summary, announcements)
    }

    func indexes(_ archive: ArchiveDatabase) throws -> [String] {
        try archive.connection.rows("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
            .compactMap { $0.string("sql") }
    }

    func triggers(_ archive: ArchiveDatabase) throws -> [String] {
        try archive.connection.rows("SELECT name FROM sqlite_master WHERE type = 'trigger'").compactMap { $0.string("name") }
    }

    func fullTextFinds(_ phrase: String, in archive: ArchiveDatabase) throws -> Int64? {
        try archive.connection.scalar("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?",
                                      [DatabaseValue.text(FullText.query(phrase))]).int64Value
    }

    func schemaVersion(_ archive: ArchiveDatabase) throws -> Int64? {
        try archive.connection.scalar("PRAGMA schema_version").int64Value
    }

    @Test func indexesBuiltAtTheEndAreThoseWrittenRowByRow() throws {
        let (during, _) = try ingest("during.db", .during)
        // Batches of 4, fewer than the indexes: one is built after each batch, the rest after the
        // last, and the building is announced once.
        let (after, summary, announcements) = try ingestCountingAnnouncements("after.db", .after)
        #expect(summary.failed == 2 && summary.added > 10)   // the empty file and the image
        #expect(announcements == 1)
        #expect(try indexes(after) == indexes(during))
        #expect(try indexes(after).count >= DeferredIndexes.tables.count)
        #expect(try DeferredIndexes.pending(after.connection) == false)
        // The full-text index, written batch by batch without its trigger, holds what the trigger wrote row by row.
        #expect(try triggers(after).sorted() == triggers(during).sorted())
        try after.connection.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        for phrase in ["双过半", "经济工作会议", "会议"] {
            let (rows, atEndRows) = (try fullTextFinds(phrase, in: during), try fullTextFinds(phrase, in: after))
            #expect(rows == atEndRows)
        }
        #expect(try fullTextFinds("经济工作会议", in: after) ?? 0 > 0)
        let (rowByRow, atEnd) = (try ParallelIngestTests.contents(during), try ParallelIngestTests.contents(after))
        #expect(atEnd.reports == rowByRow.reports && atEnd.texts == rowByRow.texts)
        #expect(try after.connection.scalar("PRAGMA integrity_check").stringValue == "ok")
    }

    @Test func theFullTextIndexIsWrittenBatchByBatchWhileItsEntryWaits() throws {
        let archive = try ArchiveDatabase(path: folder.appending(path: "batches.db").path)
        let connection = archive.connection
        // Seen at each document's outcome: how many documents the index holds, and how many have
        // an id up to the one the full-text entry records (nil before the entry exists).
        var seen: [(indexed: Int64, recorded: Int64?)] = []
        let summary = try Ingestor(database: archive, options: IngestOptions(batchSize: 4, indexes: .after)).run(inputs, progress: { _, _ in
            let indexed = (try? connection.scalar("SELECT count(*) FROM documents_fts_docsize").int64Value) ?? -1
            guard let entry = try? connection.scalar("SELECT sql FROM deferred_indexes WHERE name = ?",
                                                     [DatabaseValue.text(DeferredIndexes.fullTextTrigger)]).stringValue,
                  let last = Int64(entry)
            else { return seen.append((indexed, nil)) }
            let recorded = (try? connection.scalar("SELECT count(*) FROM documents WHERE id <= ?", [last]).int64Value) ?? -1
            seen.append((indexed, recorded))
        })
        #expect(summary.added > 10)
        let waiting = seen.filter { $0.recorded != nil }
        // While the entry waits, the index holds exactly the documents up to its id, and it grows
        // batch by batch before the run ends.
        #expect(!waiting.isEmpty && waiting.allSatisfy { $0.indexed == $0.recorded })
        #expect(Set(waiting.map(\.indexed)).count > 2)
        #expect(try triggers(archive).contains(DeferredIndexes.fullTextTrigger))
        #expect(try connection.scalar("SELECT count(*) FROM documents_fts_docsize").int64Value
                == connection.scalar("SELECT count(*) FROM documents").int64Value)
        try connection.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
    }

    @Test func indexesLeftByAKilledIngestAreBuiltByTheNext() throws {
        let (archive, _) = try ingest("a.db", .during)
        let complete = try indexes(archive)
        // What a run killed between dropping and building leaves.
        try DeferredIndexes.drop(archive.connection)
        #expect(try indexes(archive).count < complete.count && DeferredIndexes.pending(archive.connection))
        // Queries are still right meanwhile, and stats says why they are slow.
        #expect(try ArchiveQuery(connection: archive.connection, filter: "goal=双过半").rows().rows.isEmpty == false)
        let waiting = try #require(try ArchiveStats.sections(archive.connection).first { $0.title == ArchiveStats.waitingIndexesTitle })
        // The full-text trigger waits too, as one entry.
        #expect(waiting.table.rows.count == complete.count - (try indexes(archive)).count + 1)
        #expect(try triggers(archive).contains(DeferredIndexes.fullTextTrigger) == false)

        // A small run, which writes its indexes row by row, builds the waiting ones first.
        let file = folder.appending(path: "one.txt")
        try Data("某县召开经济运行调度会。会议强调，确保实现双过半。".utf8).write(to: file)
        let one: InputList = [.file(file.path)]
        let before = try fullTextFinds("经济运行调度会", in: archive) ?? 0
        let (again, summary) = try ingest("a.db", .auto, sources: one)
        #expect(summary.added == 1)
        #expect(try indexes(again) == complete && DeferredIndexes.pending(again.connection) == false)
        // The document stored while the trigger was gone is indexed, and so are later ones.
        #expect(try triggers(again).contains(DeferredIndexes.fullTextTrigger))
        #expect(try fullTextFinds("经济运行调度会", in: again) == before + 1)
        try again.connection.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        #expect(try ArchiveStats.sections(again.connection).allSatisfy { $0.title != ArchiveStats.waitingIndexesTitle })
    }

    @Test func aRunOfDuplicatesLeavesTheIndexesAlone() throws {
        let (archive, _) = try ingest("a.db", .during)
        let version = try schemaVersion(archive)
        let (again, summary) = try ingest("a.db", .after)
        #expect(summary.added == 0 && summary.skipped > 10)
        // No index was dropped or made: the schema never changed.
        #expect(try schemaVersion(again) == version)
    }

    @Test func autoBuildsAtTheEndOnlyForALargeRunIntoASmallerArchive() {
        let minimum = IndexTiming.autoMinimum
        #expect(IndexTiming.auto.defers(inputs: minimum, documents: 0))
        #expect(IndexTiming.auto.defers(inputs: 50_000, documents: 50_000))
        #expect(!IndexTiming.auto.defers(inputs: minimum - 1, documents: 0))
        #expect(!IndexTiming.auto.defers(inputs: 5_000, documents: 100_000))
        #expect(IndexTiming.after.defers(inputs: 1, documents: 100_000))
        #expect(!IndexTiming.during.defers(inputs: 1_000_000, documents: 0))
    }
}
