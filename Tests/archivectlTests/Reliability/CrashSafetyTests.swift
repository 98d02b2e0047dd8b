import Foundation
import Testing

/// `archivectl ingest` killed with SIGKILL at 20 moments spread over a whole run (from opening a new
/// archive to the last checkpoint): each time the archive is intact, holds only whole documents, and
/// a rerun completes it to exactly what an uninterrupted run makes.
@Suite(.serialized) struct CrashSafetyTests {
    static let kills = 20

    @Test(.timeLimit(.minutes(5)))
    func aKilledIngestLeavesWholeDocumentsAndARerunCompletesTheArchive() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appending(path: "corpus")
        let files = try VariedCorpus.make(in: corpus)

        let referenceDB = folder.appending(path: "reference.db").path
        let started = Date()
        let uninterrupted = try CLI.run(["ingest", "--quiet", "--db", referenceDB, corpus.path])
        let runTime = Date().timeIntervalSince(started)
        try #require(uninterrupted.status == 0, "\(uninterrupted.stderr)")
        let reference = try ExportedRecords.of(referenceDB)
        try #require(reference.lines.count == files && reference.set.count == files)

        var interruptedMidway = 0
        for moment in 0..<Self.kills {
            let db = folder.appending(path: "killed-\(moment).db").path
            // From just after start (opening and migrating a new archive) to just before the end.
            let delay = runTime * (0.02 + 0.96 * Double(moment) / Double(Self.kills - 1))
            let ingest = try BackgroundCommand(["ingest", "--quiet", "--db", db, corpus.path])
            Thread.sleep(forTimeInterval: delay)
            let interrupted = ingest.kill()

            let archived = try checkWholeDocuments(db, reference: reference, moment: moment)
            if interrupted && archived > 0 && archived < files { interruptedMidway += 1 }

            let rerun = try CLI.run(["ingest", "--quiet", "--db", db, corpus.path])
            #expect(rerun.status == 0, "kill \(moment): rerun failed: \(rerun.stderr)")
            let completed = try ExportedRecords.of(db)
            #expect(completed.lines.count == files, "kill \(moment): rerun archived \(completed.lines.count) of \(files)")
            #expect(completed.set == reference.set, "kill \(moment): rerun's export differs from an uninterrupted run's")
            #expect(try ArchiveInspection(db).integrity == "ok")
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        }
        // The moments must really fall while documents were being written, not all before or after.
        #expect(interruptedMidway >= Self.kills / 4,
                "only \(interruptedMidway) of \(Self.kills) kills landed mid-ingest (run time \(runTime) s)")
    }

    /// Checks the archive a kill left behind; returns how many documents it holds.
    private func checkWholeDocuments(_ db: String, reference: ExportedRecords, moment: Int) throws -> Int {
        // Killed before the file was created: nothing to check, nothing lost.
        guard FileManager.default.fileExists(atPath: db) else { return 0 }
        let archive = try ArchiveInspection(db)
        #expect(try archive.integrity == "ok", "kill \(moment): integrity_check")
        // Killed before the first migration committed: an empty file, which the rerun migrates.
        guard try archive.hasSchema else { return 0 }
        #expect(try archive.foreignKeyViolations == 0, "kill \(moment): foreign key violations")
        #expect(try archive.orphanFacts == 0, "kill \(moment): facts without their document")
        #expect(try archive.documentsWithoutMeeting == 0, "kill \(moment): a document without its meeting row")
        #expect(archive.fullTextIndexIsConsistent, "kill \(moment): full-text index out of step")
        #expect(try archive.count("SELECT count(*) FROM regions") > 3000, "kill \(moment): reference data half-loaded")
        let documents = try archive.documents
        // Every archived document has all its facts: its record is one an uninterrupted run wrote.
        let partial = try ExportedRecords.of(db)
        #expect(partial.lines.count == documents)
        let strays = partial.set.subtracting(reference.set)
        #expect(strays.isEmpty, "kill \(moment): \(strays.count) archived records differ from an uninterrupted run's: \(strays.first?.prefix(300) ?? "")")
        return documents
    }
}
