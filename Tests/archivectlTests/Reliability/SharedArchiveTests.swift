import Archive
import Foundation
import Testing

/// An archive passed from one person to another is data: nothing in it is run, a read cannot
/// reach past it, `--output` cannot overwrite it, and `--db` names a file and nothing else.
@Suite struct SharedArchiveTests {
    struct Scratch {
        let folder = Paths.temporaryFolder()
        var db: String { path("shared.db") }
        func path(_ name: String) -> String { folder.appending(path: name).path }
        func remove() { try? FileManager.default.removeItem(at: folder) }

        /// An archive holding the first seed.
        func archive() throws -> Scratch {
            let result = try CLI.run(["ingest", "--db", db, try Paths.seed("001").path])
            #expect(result.status == 0, "\(result.stderr)")
            return self
        }

        func bytes(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path(name))) }
    }

    // MARK: Nothing from the archive is run

    @Test func aCraftedDeferredIndexRowIsNeverRun() throws {
        let scratch = try Scratch().archive()
        defer { scratch.remove() }
        let script = scratch.path("x.sh")
        let crafted = "CREATE INDEX x ON meetings(kind); COMMIT; ATTACH '\(script)' AS p; "
            + "CREATE TABLE p.t(a); DROP TABLE documents_fts; BEGIN"
        try ArchiveInspection(scratch.db).connection.execute("INSERT INTO deferred_indexes VALUES ('x', ?)", [crafted])
        let result = try CLI.run(["ingest", "--db", scratch.db, try Paths.seed("002").path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("\(scratch.db): refused: its table deferred_indexes names \"x\""), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: script))
        let archive = try ArchiveInspection(scratch.db)
        #expect(try archive.count("SELECT count(*) FROM sqlite_master WHERE name = 'documents_fts'") == 1)
        #expect(try archive.count("SELECT count(*) FROM sqlite_master WHERE name = 'x'") == 0)
        #expect(try archive.documents == 1)
    }

    /// A row naming a real index with other SQL beside it: the index is built from the binary's own
    /// definition, the stored text is not run.
    @Test func aKnownIndexIsBuiltFromTheBinarysOwnDefinition() throws {
        let scratch = try Scratch().archive()
        defer { scratch.remove() }
        let connection = try ArchiveInspection(scratch.db).connection
        try connection.execute("DROP INDEX meetings_by_date")
        try connection.execute("INSERT INTO deferred_indexes VALUES ('meetings_by_date', ?)",
                               ["CREATE INDEX meetings_by_date ON meetings(kind); DROP TABLE documents_fts"])
        let result = try CLI.run(["ingest", "--db", scratch.db, try Paths.seed("002").path])
        #expect(result.status == 0, "\(result.stderr)")
        let archive = try ArchiveInspection(scratch.db)
        #expect(try archive.indexes.contains("CREATE INDEX meetings_by_date ON meetings(date)"))
        #expect(try archive.count("SELECT count(*) FROM sqlite_master WHERE name = 'documents_fts'") == 1)
        #expect(try archive.count("SELECT count(*) FROM deferred_indexes") == 0)
    }

    @Test(arguments: [
        "ATTACH 'other.db' AS other",
        "SELECT fts3_tokenizer('simple')",
        "SELECT load_extension('/nonexistent')",
        "PRAGMA query_only = 0",
        "PRAGMA temp_store_directory = '/tmp'",
        "PRAGMA optimize",
    ])
    func theSQLCommandRefusesWhatReachesPastOneRead(statement: String) throws {
        let scratch = try Scratch().archive()
        defer { scratch.remove() }
        let result = try CLI.run(["sql", "--db", scratch.db, statement], in: scratch.folder)
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stderr.hasPrefix("archivectl: refused: the statement uses "), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("other.db")))
    }

    @Test func theSQLCommandStillDescribesTheArchive() throws {
        let scratch = try Scratch().archive()
        defer { scratch.remove() }
        let result = try CLI.run(["sql", "--db", scratch.db, "--format", "tsv", "PRAGMA table_info(documents)"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("sha256"))
    }

    @Test func theSQLCommandStopsAtItsTimeout() throws {
        let scratch = try Scratch().archive()
        defer { scratch.remove() }
        let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
        let start = Date()
        let result = try CLI.run(["sql", "--db", scratch.db, "--timeout", "0.5", endless])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ran longer than the --timeout"), "\(result.stderr)")
        #expect(Date().timeIntervalSince(start) < 30)
    }

    // MARK: --output

    @Test(arguments: [["query"], ["stats"], ["search", "会议"], ["sql", "SELECT 1"], ["compare"]])
    func outputRefusesTheArchiveAndALinkToIt(command: [String]) throws {
        let scratch = try Scratch().archive()
        defer { scratch.remove() }
        let before = try scratch.bytes("shared.db")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.db"), withDestinationPath: scratch.db)
        try FileManager.default.linkItem(atPath: scratch.db, toPath: scratch.path("hard.db"))
        for target in [scratch.db, scratch.path("link.db"), scratch.path("hard.db")] {
            let result = try CLI.run(command + ["--db", scratch.db, "--output", target, "--force"])
            #expect(result.status == 1, "\(command) → \(target)")
            #expect(result.stderr.contains("refused: --output names the archive being read"), "\(result.stderr)")
        }
        #expect(try scratch.bytes("shared.db") == before)
    }

    @Test func outputRefusesAnotherSQLiteDatabaseUnlessForced() throws {
        let scratch = try Scratch().archive()
        defer { scratch.remove() }
        let other = scratch.path("other.db")
        try ArchiveInspection(other).connection.execute("CREATE TABLE notes(text)")
        let refused = try CLI.run(["stats", "--db", scratch.db, "--output", other])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("refused: --output names an SQLite database"), "\(refused.stderr)")
        #expect(try scratch.bytes("other.db").prefix(6) == Data("SQLite".utf8))
        let forced = try CLI.run(["stats", "--db", scratch.db, "--output", other, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try scratch.bytes("other.db").prefix(6) != Data("SQLite".utf8))
    }

    @Test func outputReplacesAFileThroughALinkAndLeavesNoTemporary() throws {
        let scratch = try Scratch().archive()
        defer { scratch.remove() }
        try Data("old".utf8).write(to: URL(fileURLWithPath: scratch.path("out.tsv")))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("out-link.tsv"), withDestinationPath: scratch.path("out.tsv"))
        let result = try CLI.run(["stats", "--db", scratch.db, "--output", scratch.path("out-link.tsv")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("out-link.tsv")).hasSuffix("out.tsv"))
        #expect(try String(decoding: scratch.bytes("out.tsv"), as: UTF8.self).contains("documents"))
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path)
        #expect(!names.contains { $0.contains(".archivectl-") }, "\(names)")
    }

    // MARK: --db

    @Test(arguments: [["--db", ""], ["--db", ":memory:"], ["--db", "file:x?mode=memory"], ["--db", "file:kept.db?vfs=unix-none"]])
    func dbTakesAFilePathOnly(option: [String]) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let result = try CLI.run(["ingest"] + option + [try Paths.seed("001").path], in: scratch.folder)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("added"))
        #expect(result.stderr.contains("--db"), "\(result.stderr)")
    }

    @Test func anEmptyArchiveDBVariableIsAUsageError() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let result = try CLI.run(["ingest", try Paths.seed("001").path], in: scratch.folder, environment: ["ARCHIVE_DB": ""])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("ARCHIVE_DB is empty"), "\(result.stderr)")
    }

    @Test func aFIFOAsTheArchiveIsRefusedNotOpened() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        #expect(mkfifo(scratch.db, 0o644) == 0)
        // A run that opened the FIFO would block here for ever; the test's own limit names it.
        let result = try CLI.run(["ingest", "--db", scratch.db, try Paths.seed("001").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(scratch.db): cannot open the archive: it is a named pipe (FIFO)"), "\(result.stderr)")
    }

    // MARK: Smaller

    @Test func anEmptyForeignSQLiteFileWithAVersionIsLeftByteForByte() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let foreign = scratch.path("foreign.db")
        try ArchiveInspection(foreign).connection.execute("PRAGMA user_version = 3")
        let before = try scratch.bytes("foreign.db")
        let result = try CLI.run(["ingest", "--db", foreign, try Paths.seed("001").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(foreign): an SQLite database, but not an archivectl archive"), "\(result.stderr)")
        #expect(try scratch.bytes("foreign.db") == before)
        #expect(!FileManager.default.fileExists(atPath: foreign + "-wal"))
    }

    @Test func aSearchOf999WordsIsAUsageErrorNotSQLitesMessage() throws {
        let scratch = try Scratch().archive()
        defer { scratch.remove() }
        let words = (0..<999).map { String(UnicodeScalar(0x4E00 + $0)!) + String(UnicodeScalar(0x4E01 + $0)!) }
        let result = try CLI.run(["search", "--db", scratch.db] + words)
        #expect(result.status == 2)
        #expect(result.stderr.contains("at most 300 words"), "\(result.stderr)")
        #expect(!result.stderr.contains("Expression tree"))
        let most = try CLI.run(["search", "--db", scratch.db] + words.prefix(300))
        #expect(most.status == 0, "\(most.stderr)")
    }

    @Test func aDamagedArchiveIsRefusedBeforeAnythingIsWritten() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ingest = try CLI.run(["ingest", "--db", scratch.db, Paths.seeds.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        // The headers of three b-tree pages a third of the way in overwritten.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: scratch.db))
        let pages = Int(try handle.seekToEnd()) / 16_384
        for page in pages / 3..<pages / 3 + 3 {
            try handle.seek(toOffset: UInt64(page * 16_384))
            handle.write(Data(repeating: 0xFF, count: 16))
        }
        try handle.close()
        let before = try scratch.bytes("shared.db")
        try Data("某县召开经济运行调度会，县长主持。".utf8).write(to: URL(fileURLWithPath: scratch.path("new.txt")))
        let result = try CLI.run(["ingest", "--db", scratch.db, scratch.path("new.txt")])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("\(scratch.db): the archive is damaged"), "\(result.stderr)")
        #expect(result.stderr.contains(".recover"))
        #expect(try scratch.bytes("shared.db") == before)
    }
}
