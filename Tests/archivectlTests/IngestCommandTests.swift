import Foundation
import Testing

@Suite struct IngestCommandTests {
    /// `--indexes after` builds the fact indexes at the end and says so in verbose mode; the
    /// archive answers queries as one built row by row does.
    @Test func indexesBuiltAfterTheRunAreAnnouncedAndComplete() throws {
        let folder = Paths.temporaryFolder()
        let after = folder.appending(path: "after.db").path, during = folder.appending(path: "during.db").path
        let run = try CLI.run(["ingest", "--verbose", "--indexes", "after", "--db", after, Paths.seeds.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("building the indexes"))
        #expect(try CLI.run(["ingest", "--quiet", "--indexes", "during", "--db", during, Paths.seeds.path]).status == 0)
        let quiet = try CLI.run(["ingest", "--quiet", "--indexes", "after", "--db", folder.appending(path: "q.db").path, Paths.seeds.path])
        #expect(quiet.stderr.isEmpty)
        let indexes = "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"
        #expect(try CLI.run(["sql", "--db", after, indexes]).stdout == CLI.run(["sql", "--db", during, indexes]).stdout)
        #expect(try CLI.run(["query", "goal=双过半", "--db", after]).stdout == CLI.run(["query", "goal=双过半", "--db", during]).stdout)
        let bad = try CLI.run(["ingest", "--indexes", "later", "--db", after, Paths.seeds.path])
        #expect(bad.status == 2 && bad.stderr.contains("later"))
    }

    @Test func ingestingTheSeedsTwiceAddsThenSkips() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "archive.db").path
        let first = try CLI.run(["ingest", "--db", db, Paths.seeds.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("5 added, 0 skipped, 0 failed"))
        let second = try CLI.run(["ingest", "--db", db, Paths.seeds.path])
        #expect(second.status == 0)
        #expect(second.stdout.contains("0 added, 5 skipped, 0 failed"))
        // One file remains: the WAL is folded back at the end of a run.
        #expect(!FileManager.default.fileExists(atPath: db + "-wal"))
    }
}
