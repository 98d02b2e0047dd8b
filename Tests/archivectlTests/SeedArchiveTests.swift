import Foundation
import Testing

/// The seed archive as a user sees it through the `sqlite3` program, not through the library.
@Suite struct SeedArchiveTests {
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

    @Test func theSqlite3ProgramReadsTheArchive() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "archive.db").path
        let result = try CLI.run(["ingest", "--db", db, Paths.seeds.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.sqlite3(db, "SELECT count(*) FROM documents") == "5")
        #expect(try Self.sqlite3(db, "SELECT count(*) FROM regions") == "3213")
        // A three-character word through the trigram index…
        #expect(try Self.sqlite3(db, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '岳阳市'") == "1")
        // …and a two-character word through instr() on the base table (trigram cannot see it).
        #expect(try Self.sqlite3(db, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '渌口'") == "0")
        #expect(try Self.sqlite3(db, "SELECT count(*) FROM documents WHERE instr(normalized_text, '渌口') > 0") == "1")
    }

    @Test func theDefaultArchiveIsInTheCurrentFolderOrArchiveDB() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try Paths.seed("003").path
        #expect(try CLI.run(["ingest", seed], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "archive.db").path))
        let other = folder.appending(path: "env.db").path
        #expect(try CLI.run(["ingest", seed], in: folder, environment: ["ARCHIVE_DB": other]).status == 0)
        #expect(try Self.sqlite3(other, "SELECT count(*) FROM documents") == "1")
    }

    @Test func standardInputIsADocumentNamedDash() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "archive.db").path
        let bytes = try Data(contentsOf: try Paths.seed("000"))
        let result = try CLI.run(["ingest", "--db", db, "-"], stdin: bytes)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.sqlite3(db, "SELECT source FROM documents") == "-")
    }

    @Test func aUsageErrorExitsWithTwo() throws {
        #expect(try CLI.run(["ingest"]).status == 2)
        #expect(try CLI.run(["ingest", "--no-such-flag", "x"]).status == 2)
    }
}
