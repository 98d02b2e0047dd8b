import ArchiveResources
import CSQLite
import FoundationEssentials

/// Applies the embedded migrations in order, each in its own transaction, and records each one in
/// `schema_migrations`. An archive is recognised by its `application_id`.
struct Migrator {
    /// "ARCV" as a big-endian 32-bit number: marks the file as an archivectl archive.
    static let applicationID: Int64 = 0x4152_4356

    let connection: Connection
    let migrations: [EmbeddedResources.Migration]

    var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Checks that the file is an archive this binary can use, without writing anything.
    /// Returns the schema version found (0 for a new, empty database).
    func inspect() throws -> Int {
        let applicationID: Int64
        let tableCount: Int64
        do {
            applicationID = try connection.scalar("PRAGMA application_id").int64Value ?? 0
            tableCount = try connection.scalar("SELECT count(*) FROM sqlite_master").int64Value ?? 0
        } catch let error as DatabaseError where error.primaryCode == SQLITE_NOTADB {
            throw ArchiveError.notSQLite(path: connection.path)
        }
        if applicationID == 0 && tableCount == 0 {
            // An empty file another program stamped with a version of its own is not ours to take.
            guard try connection.scalar("PRAGMA user_version").int64Value ?? 0 == 0 else {
                throw ArchiveError.notAnArchive(path: connection.path)
            }
            return 0
        }
        guard applicationID == Self.applicationID else { throw ArchiveError.notAnArchive(path: connection.path) }
        let version = Int(try connection.scalar("PRAGMA user_version").int64Value ?? 0)
        if version > latestVersion {
            throw ArchiveError.newerSchema(path: connection.path, found: version, known: latestVersion)
        }
        return version
    }

    /// A migration that makes a table again says so on a line of its own. Foreign keys are off
    /// while it runs, or dropping the old table would delete every row that refers to it, and are
    /// checked before it commits.
    static let foreignKeysOffMarker = "-- archivectl: foreign keys off"

    /// Brings the schema up to date. `afterFirst` fills reference data inside the first
    /// migration's transaction, so a new archive is never seen half-filled.
    func migrate(afterFirst: (Connection) throws -> Void) throws {
        var current = try inspect()
        for migration in migrations where migration.version > current {
            // The pragma is a no-op inside a transaction, so it goes before.
            let foreignKeysOff = migration.sql.contains(Self.foreignKeysOffMarker)
            if foreignKeysOff { try connection.execute("PRAGMA foreign_keys = OFF") }
            defer { if foreignKeysOff { try? connection.execute("PRAGMA foreign_keys = ON") } }
            try connection.transaction {
                // Another process may have migrated while we waited for the lock.
                let now = Int(try connection.scalar("PRAGMA user_version").int64Value ?? 0)
                guard now < migration.version else { return }
                if now == 0 {
                    try connection.execute("PRAGMA application_id = \(Self.applicationID)")
                    try connection.execute("""
                        -- Bookkeeping of applied migrations, one row each.
                        CREATE TABLE IF NOT EXISTS schema_migrations (
                            version    INTEGER PRIMARY KEY,  -- NNNN of Migrations/NNNN_name.sql
                            name       TEXT NOT NULL,
                            applied_at TEXT NOT NULL         -- UTC, ISO 8601
                        )
                        """)
                }
                try connection.execute(migration.sql)
                if foreignKeysOff, let broken = try connection.rows("PRAGMA foreign_key_check").first {
                    throw DatabaseError(code: SQLITE_CONSTRAINT, message: "migration \(migration.version) leaves a row of "
                                        + "\(broken["table"].stringValue ?? "?") referring to nothing", sql: migration.sql)
                }
                try connection.execute(
                    "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                    [migration.version, migration.name, ReportWriter.timestamp(Date())])
                if migration.version == 1 { try afterFirst(connection) }
                // PRAGMA takes no bound values; the version is an integer from our own file name.
                try connection.execute("PRAGMA user_version = \(migration.version)")
                TestPause.reach(.migrating)
            }
            current = migration.version
        }
    }
}
