import Archive
import Foundation
import Testing

/// Several archivectl processes on one archive: writers wait their turn (busy timeout and retry on
/// the write transaction), readers never block or fail, and no document is archived twice.
@Suite struct ConcurrencyTests {
    /// What a user must never see from two runs sharing an archive.
    static func showsLockFailure(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.contains("locked") || lowered.contains("busy") || lowered.contains("sqlite error")
    }

    static func added(_ summary: String) -> Int? {
        guard let match = summary.firstMatch(of: /(\d+) added, (\d+) skipped, (\d+) failed/) else { return nil }
        return Int(match.1)
    }

    @Test(.timeLimit(.minutes(3)))
    func twoIngestsAtOnceOnANewArchiveStoreEachDocumentOnce() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appending(path: "corpus")
        let files = try VariedCorpus.make(in: corpus, variantsPerSeed: 12)
        let referenceDB = folder.appending(path: "reference.db").path
        try #require(try CLI.run(["ingest", "--quiet", "--db", referenceDB, corpus.path]).status == 0)
        let reference = try ExportedRecords.of(referenceDB)

        // Both start on a file that does not exist yet, so they also race to create and migrate it.
        let db = folder.appending(path: "shared.db").path
        let first = try BackgroundCommand(["ingest", "--db", db, corpus.path])
        let second = try BackgroundCommand(["ingest", "--db", db, corpus.path])
        let results = [try first.wait(), try second.wait()]
        for result in results {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!Self.showsLockFailure(result.stderr + result.stdout), "\(result.stderr)")
        }
        let added = results.compactMap { Self.added($0.stdout) }
        #expect(added.count == 2 && added.reduce(0, +) == files, "\(results.map(\.stdout))")

        let archive = try ArchiveInspection(db)
        #expect(try archive.integrity == "ok")
        #expect(try archive.documents == files)
        // Each migration once (their numbers need not be consecutive), the last one included.
        #expect(try archive.count("SELECT count(*) FROM schema_migrations") == EmbeddedResources.migrations.count)
        #expect(try archive.count("SELECT max(version) FROM schema_migrations") == EmbeddedResources.migrations.last?.version)
        #expect(try archive.count("SELECT count(*) FROM regions") == ArchiveInspection(referenceDB).count("SELECT count(*) FROM regions"))
        let exported = try ExportedRecords.of(db)
        #expect(exported.lines.count == files)
        #expect(exported.set == reference.set)
    }

    @Test(.timeLimit(.minutes(3)))
    func readsDuringAnIngestSucceedAndSeeWholeDocuments() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appending(path: "corpus")
        let files = try VariedCorpus.make(in: corpus, variantsPerSeed: 12)
        let db = folder.appending(path: "archive.db").path
        // The archive exists before the readers start (a reader of a missing file is a user error).
        try #require(try CLI.run(["ingest", "--quiet", "--db", db, try Paths.seed("000").path]).status == 0)

        let ingest = try BackgroundCommand(["ingest", "--quiet", "--db", db, corpus.path])
        var reads: [ExportedRecords] = []
        var queries = 0
        while ingest.process.isRunning {
            let result = try CLI.run(["export", "--db", db])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!Self.showsLockFailure(result.stderr), "\(result.stderr)")
            reads.append(ExportedRecords(lines: result.stdout.split(separator: "\n").map(String.init)))
            if QueryLanguage.available {
                let query = try CLI.run(["query", "--db", db, "--format", "jsonl", "year>=2000"])
                #expect(query.status == 0, "\(query.stderr)")
                #expect(!Self.showsLockFailure(query.stderr), "\(query.stderr)")
                queries += 1
            }
        }
        let ingested = try ingest.wait()
        #expect(ingested.status == 0, "\(ingested.stderr)")
        #expect(!Self.showsLockFailure(ingested.stderr), "\(ingested.stderr)")

        let final = try ExportedRecords.of(db)
        #expect(final.lines.count == files)
        #expect(reads.count >= 2, "the ingest finished before the readers could overlap it")
        // Every read saw a consistent prefix: whole records that the finished archive holds, never fewer than before.
        var previous = 0
        for read in reads {
            #expect(read.set.isSubset(of: final.set))
            #expect(read.lines.count >= previous)
            previous = read.lines.count
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func anIngestWaitsForAnotherWriterInsteadOfFailing() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "archive.db").path
        try #require(try CLI.run(["ingest", "--quiet", "--db", db, try Paths.seed("000").path]).status == 0)

        // Another program holds the write lock; the ingest is held at the moment it finds the
        // archive locked (ARCHIVECTL_TEST_PAUSE=busy), so it has met the lock for certain before
        // the holder lets go, and must then wait and go on rather than fail.
        let holder = try Connection(path: db)
        try holder.execute("BEGIN IMMEDIATE")
        let pause = PausePoint(in: folder)
        let ingest = try BackgroundCommand(["ingest", "--db", db, Paths.seeds.path], environment: pause.environment("busy", 1))
        #expect(pause.waitUntilReached(by: ingest), "the ingest should have found the archive locked")
        #expect(ingest.process.isRunning, "the ingest should be waiting for the lock")
        pause.release()
        try holder.execute("COMMIT")
        let result = try ingest.wait()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!Self.showsLockFailure(result.stderr))
        #expect(result.stdout.contains("4 added, 1 skipped, 0 failed"), "\(result.stdout)")
    }
}
