import Archive
import Foundation
import Testing

/// `archivectl ingest` killed with SIGKILL at 20 moments over the life of one archive — inside the
/// migrations of a new file, then at ever later points of the ingest, each run resuming what the
/// killed one left — and each time the archive is intact and holds only whole documents. Each
/// moment is exact: the run holds there (`ARCHIVECTL_TEST_PAUSE`, PausePoint) until it is killed,
/// alternately after a document committed and inside a document's transaction before its commit. Every other
/// run builds the fact indexes at its end (`--indexes after`), so kills also land while they are
/// dropped; none is ever lost. A last run completes the archive to exactly what an uninterrupted run
/// makes, indexes included.
@Suite(.serialized) struct CrashSafetyTests {
    static let kills = 20
    /// Kills on a new archive: inside the first migration (with the reference data), inside the
    /// second once the first committed, inside the third, inside the first document's transaction.
    static let earlyMoments = ["migrating:1", "migrating:2", "migrating:2", "writing:1"]

    @Test(.timeLimit(.minutes(5)))
    func aKilledIngestLeavesWholeDocumentsAndARerunCompletesTheArchive() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appending(path: "corpus")
        let files = try VariedCorpus.make(in: corpus)

        let referenceDB = folder.appending(path: "reference.db").path
        let uninterrupted = try CLI.run(["ingest", "--quiet", "--db", referenceDB, corpus.path])
        try #require(uninterrupted.status == 0, "\(uninterrupted.stderr)")
        let reference = try ExportedRecords.of(referenceDB)
        try #require(reference.lines.count == files && reference.set.count == files)
        let referenceIndexes = try ArchiveInspection(referenceDB).indexes

        let db = folder.appending(path: "killed.db").path
        var interruptedMidway = 0
        var killedWithIndexesWaiting = 0
        var previous = 0
        let pause = PausePoint(in: folder)
        for moment in 0..<Self.kills {
            // One document per transaction, so each moment names a document; the reference run
            // above used the default batches, so the comparison also shows both ways archive the same.
            let where_: String
            var expected: Int?
            if moment < Self.earlyMoments.count {
                where_ = Self.earlyMoments[moment]
            } else {
                // A share of the documents still missing, at least two: after the k-th document
                // committed, or inside its transaction (k - 1 committed).
                let killsLeft = Self.kills - moment
                let share = max(2, (files - previous) / (killsLeft + 1))
                let inside = moment % 2 == 1
                where_ = (inside ? "writing:" : "stored:") + String(share)
                expected = previous + (inside ? share - 1 : share)
            }
            let parts = where_.split(separator: ":")
            let ingest = try BackgroundCommand(["ingest", "--quiet", "--batch-size", "1", "--indexes", moment % 2 == 1 ? "after" : "during",
                                                "--db", db, corpus.path],
                                               environment: pause.environment(String(parts[0]), Int(parts[1])!))
            let reached = pause.waitUntilReached(by: ingest)
            #expect(reached, "kill \(moment): the run ended before \(where_)")
            let interrupted = ingest.kill()
            pause.release()
            let (archived, indexesWaiting) = try checkWholeDocuments(db, reference: reference, indexes: referenceIndexes, moment: moment)
            if indexesWaiting { killedWithIndexesWaiting += 1 }
            #expect(archived >= previous, "kill \(moment): documents were lost (\(previous) → \(archived))")
            if let expected { #expect(archived == expected, "kill \(moment) at \(where_): \(archived) documents, not \(expected)") }
            if interrupted && archived > previous && archived < files { interruptedMidway += 1 }
            previous = archived
        }
        // The kills must really fall while documents were being written, not all before or after.
        #expect(interruptedMidway >= Self.kills / 2, "only \(interruptedMidway) of \(Self.kills) kills landed mid-ingest")
        #expect(killedWithIndexesWaiting >= 2, "only \(killedWithIndexesWaiting) kills landed while indexes waited")

        let rerun = try CLI.run(["ingest", "--quiet", "--db", db, corpus.path])
        #expect(rerun.status == 0, "rerun failed: \(rerun.stderr)")
        let completed = try ExportedRecords.of(db)
        #expect(completed.lines.count == files, "the rerun left \(completed.lines.count) of \(files) documents")
        #expect(completed.set == reference.set, "the completed archive's export differs from an uninterrupted run's")
        let archive = try ArchiveInspection(db)
        #expect(try archive.integrity == "ok")
        #expect(try archive.indexes == referenceIndexes && archive.deferredIndexes.isEmpty, "the rerun left indexes unbuilt")
    }

    /// Checks the archive a kill left behind; returns how many documents it holds and whether
    /// indexes wait to be built.
    private func checkWholeDocuments(_ db: String, reference: ExportedRecords, indexes: Set<String>,
                                     moment: Int) throws -> (documents: Int, indexesWaiting: Bool) {
        // Killed before the file was created: nothing to check, nothing lost.
        guard FileManager.default.fileExists(atPath: db) else { return (0, false) }
        let archive = try ArchiveInspection(db)
        #expect(try archive.integrity == "ok", "kill \(moment): integrity_check")
        // Killed before the first migration committed: an empty file, which the next run migrates.
        guard try archive.hasSchema else { return (0, false) }
        #expect(try archive.foreignKeyViolations == 0, "kill \(moment): foreign key violations")
        #expect(try archive.orphanFacts == 0, "kill \(moment): facts without their document")
        #expect(try archive.documentsWithoutMeeting == 0, "kill \(moment): a document without its meeting row")
        #expect(archive.fullTextIndexIsConsistent, "kill \(moment): full-text index out of step")
        #expect(try archive.count("SELECT count(*) FROM regions") > 3000, "kill \(moment): reference data half-loaded")
        // Each index is in the archive or waits, recorded, for the next ingest to build it.
        var waiting: Set<String> = []
        if try archive.count("SELECT count(*) FROM sqlite_master WHERE name = 'deferred_indexes'") == 1 {
            let built = try archive.indexes
            waiting = try archive.deferredIndexes
            #expect(built.union(waiting) == indexes && built.isDisjoint(with: waiting), "kill \(moment): an index was lost")
            // The full-text trigger is there, or waits with the step that indexes what it missed.
            let trigger = try archive.count("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'documents_fts_insert'")
            #expect((trigger == 1) != (archive.fullTextStepWaiting != nil), "kill \(moment): the full-text trigger was lost")
            if archive.fullTextStepWaiting != nil { waiting.insert("documents_fts_insert") }
        }
        let documents = try archive.documents
        // Every archived document has all its facts: its record is one an uninterrupted run wrote.
        let partial = try ExportedRecords.of(db)
        #expect(partial.lines.count == documents)
        let strays = partial.set.subtracting(reference.set)
        #expect(strays.isEmpty, "kill \(moment): \(strays.count) archived records differ from an uninterrupted run's: \(strays.first?.prefix(300) ?? "")")
        return (documents, !waiting.isEmpty)
    }
}
