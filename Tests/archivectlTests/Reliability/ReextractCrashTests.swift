import Archive
import Foundation
import Testing

/// `archivectl reextract` killed with SIGKILL at several points of one run over a changed
/// vocabulary: each time every document is wholly as before or wholly as an uninterrupted
/// reextract makes it, and a rerun completes the archive to exactly that.
@Suite(.serialized) struct ReextractCrashTests {
    static let kills = 5

    @Test(.timeLimit(.minutes(5)))
    func aKilledReextractLeavesWholeDocumentsAndARerunCompletesIt() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appending(path: "corpus")
        let files = try VariedCorpus.make(in: corpus)
        let db = folder.appending(path: "killed.db").path
        let ingest = try CLI.run(["ingest", "--quiet", "--db", db, corpus.path])
        try #require(ingest.status == 0, "\(ingest.stderr)")
        // A change of the rules: an alias the reports use leaves the vocabulary.
        // Closed before the file is copied, which folds its log back.
        try {
            let archive = try ArchiveInspection(db)
            let alias = try archive.connection.scalar(
                "SELECT name FROM indicator_values WHERE name IN (SELECT alias FROM indicator_aliases) AND name <> indicator_code LIMIT 1").stringValue
            try #require(alias != nil)
            try archive.connection.execute("DELETE FROM indicator_aliases WHERE alias = ?", [alias])
        }()
        let before = try ExportedRecords.of(db)

        let referenceDB = folder.appending(path: "reference.db").path
        try FileManager.default.copyItem(atPath: db, toPath: referenceDB)
        let uninterrupted = try CLI.run(["reextract", "--db", referenceDB])
        try #require(uninterrupted.status == 0, "\(uninterrupted.stderr)")
        let reference = try ExportedRecords.of(referenceDB)
        let changedRecords = reference.set.subtracting(before.set).count
        try #require(changedRecords == files, "the reference run changed \(changedRecords) of \(files) records")
        let version = try ArchiveInspection(referenceDB).connection.scalar("SELECT max(rules_version) FROM documents").stringValue ?? ""

        var interruptedMidway = 0
        var previous = 0
        for moment in 0..<Self.kills {
            let run = try BackgroundCommand(["reextract", "--quiet", "--batch-size", "1", "--db", db])
            let target = previous + max(1, (files - previous) / (Self.kills - moment + 1))
            waitForUpdated(db, version: version, atLeast: target, while: run)
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.003))
            let interrupted = run.kill()
            let inspection = try ArchiveInspection(db)
            #expect(try inspection.integrity == "ok", "kill \(moment): integrity_check")
            #expect(try inspection.foreignKeyViolations == 0 && inspection.orphanFacts == 0, "kill \(moment): orphans")
            #expect(try inspection.documentsWithoutMeeting == 0, "kill \(moment): a document without its meeting")
            let records = try ExportedRecords.of(db)
            #expect(records.lines.count == files)
            let strays = records.set.subtracting(reference.set).subtracting(before.set)
            #expect(strays.isEmpty, "kill \(moment): \(strays.count) documents are neither as before nor as after")
            let updated = try inspection.count("SELECT count(*) FROM documents WHERE rules_version = '\(version)'")
            #expect(updated >= previous)
            if interrupted && updated > previous && updated < files { interruptedMidway += 1 }
            previous = updated
        }
        #expect(interruptedMidway >= Self.kills / 2, "only \(interruptedMidway) of \(Self.kills) kills landed mid-run")
        let rerun = try CLI.run(["reextract", "--db", db])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let completed = try ExportedRecords.of(db).set == reference.set
        #expect(completed, "the rerun's archive differs from an uninterrupted reextract's")
        #expect(try CLI.run(["reextract", "--db", db]).stdout.contains("nothing to re-extract"))
    }

    /// Polls the archive until `count` documents carry the new rules version or the run has ended.
    private func waitForUpdated(_ db: String, version: String, atLeast count: Int, while run: BackgroundCommand) {
        let deadline = Date().addingTimeInterval(120)
        let reader = try? Connection(path: db, mode: .readOnly)
        while run.process.isRunning && Date() < deadline {
            if let updated = try? reader?.scalar("SELECT count(*) FROM documents WHERE rules_version = ?", [version]).int64Value,
               updated >= count { return }
            Thread.sleep(forTimeInterval: 0.001)
        }
    }
}
