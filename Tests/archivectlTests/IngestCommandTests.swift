import Foundation
import Testing

@Suite struct IngestCommandTests {
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
