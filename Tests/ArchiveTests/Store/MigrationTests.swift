import Archive
import Foundation
import Testing

@Suite struct MigrationTests {
    @Test func migratesAnEmptyFileAndReopensWithoutChange() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "a.db").path
        let latest = try #require(EmbeddedResources.migrations.last?.version)

        let first = try ArchiveDatabase(path: path)
        #expect(first.schemaVersion == latest)
        let applied = try first.connection.rows("SELECT version FROM schema_migrations ORDER BY version").compactMap { $0.int("version") }
        #expect(applied == EmbeddedResources.migrations.map(\.version))
        #expect(try first.connection.scalar("SELECT count(*) FROM regions").int64Value == 3213)
        #expect(try first.connection.scalar("SELECT code FROM indicator_aliases WHERE alias = '固投'").stringValue == "FAI")

        let again = try ArchiveDatabase(path: path)
        #expect(again.schemaVersion == latest)
        #expect(try again.connection.scalar("SELECT count(*) FROM schema_migrations").int64Value == Int64(applied.count))
    }

    @Test func refusesAnArchiveFromANewerSchemaAndWritesNothing() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "a.db").path
        let archive = try ArchiveDatabase(path: path)
        try archive.connection.execute("PRAGMA user_version = 999")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        #expect {
            _ = try ArchiveDatabase(path: path)
        } throws: { error in
            guard case ArchiveError.newerSchema(_, let found, _) = error else { return false }
            return found == 999 && "\(error)".contains("newer archivectl")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func refusesAnSQLiteFileThatIsNotAnArchive() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "other.db").path
        try Connection(path: path).execute("CREATE TABLE notes(body TEXT)")
        #expect {
            _ = try ArchiveDatabase(path: path)
        } throws: { error in
            guard case ArchiveError.notAnArchive = error else { return false }
            return true
        }
        // Nothing was added to the foreign file.
        let tables = try Connection(path: path, mode: .readOnly).rows("SELECT name FROM sqlite_master").compactMap { $0.string("name") }
        #expect(tables == ["notes"])
    }

    @Test func refusesAFileThatIsNotSQLite() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "notes.txt").path
        try Data(String(repeating: "这不是数据库。", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try ArchiveDatabase(path: path)
        } throws: { error in
            guard case ArchiveError.notSQLite = error else { return false }
            return true
        }
    }
}
