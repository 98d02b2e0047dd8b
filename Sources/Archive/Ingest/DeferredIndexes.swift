/// The fact tables' own indexes, dropped while a large ingest loads and built once at its end.
///
/// Storing a fact is mostly one b-tree insert per index, and in a large archive each lands on a
/// page no longer in memory: 100,000 generated reports loaded in 80 s with the indexes and in 51 s
/// without, and building them afterwards, each by one sort of its table, took 4 s. The
/// definitions go into `deferred_indexes` (Migrations/0007) in the transaction that drops them,
/// so an ingest killed midway leaves them there and the next ingest builds them; until then
/// queries are right but read whole tables.
///
/// An archive is data: the `sql` stored beside a name is never run. An index is built from this
/// binary's own definition of that name (`definitions`), and a name it does not define makes the
/// archive refused (`check`) before anything is written.
enum DeferredIndexes {
    /// Tables whose indexes wait. Not the indexes of UNIQUE and PRIMARY KEY constraints (SQLite
    /// makes those, without a statement), which the writer's own lookups use.
    /// Listed in the order their indexes are built: the tables with the fewest rows per report
    /// first, whose indexes cost least to write row by row for the batches stored after them.
    static let tables = ["meetings", "authors", "goal_mentions", "participations", "indicator_values"]

    /// Records and drops the tables' indexes, in one transaction.
    static func drop(_ connection: Connection) throws {
        try connection.transaction {
            var indexes: [Row] = []
            for table in tables {
                indexes += try connection.rows("""
                    SELECT name, sql FROM sqlite_master
                    WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ? ORDER BY rowid
                    """, [DatabaseValue.text(table)])
            }
            for index in indexes {
                guard let name = index.string("name"), let sql = index.string("sql") else { continue }
                try connection.execute("INSERT OR REPLACE INTO deferred_indexes(name, sql) VALUES (?, ?)", [name, sql])
                try connection.execute("DROP INDEX " + Connection.quotedIdentifier(name))
            }
        }
    }

    /// Builds every index recorded and forgets it, in one transaction. Another ingest may have
    /// built one already.
    static func build(_ connection: Connection) throws {
        try connection.transaction {
            for index in try connection.rows("SELECT name, sql FROM deferred_indexes ORDER BY rowid") {
                try make(index, connection)
            }
            try connection.execute("DELETE FROM deferred_indexes")
        }
    }

    /// Builds the first index recorded and forgets it, in one transaction; false when none waits.
    static func buildNext(_ connection: Connection) throws -> Bool {
        try connection.transaction {
            guard let index = try connection.rows("SELECT rowid, name, sql FROM deferred_indexes ORDER BY rowid LIMIT 1").first
            else { return false }
            try make(index, connection)
            try connection.execute("DELETE FROM deferred_indexes WHERE rowid = ?", [index["rowid"]])
            return true
        }
    }

    private static func make(_ index: Row, _ connection: Connection) throws {
        guard let name = index.string("name") else { return }
        guard let sql = definitions[name] else { throw unknown(name, connection) }
        let built = try connection.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?", [name])
        if built.int64Value == 0 { try connection.execute(sql) }
    }

    /// Refuses an archive whose `deferred_indexes` names an index this binary does not define on
    /// the tables whose indexes wait: such a row was not written by archivectl.
    static func check(_ connection: Connection) throws {
        guard try connection.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'deferred_indexes'").int64Value == 1
        else { return }
        for row in try connection.rows("SELECT name FROM deferred_indexes ORDER BY rowid") {
            let name = row.string("name") ?? ""
            if definitions[name] == nil { throw unknown(name, connection) }
        }
    }

    private static func unknown(_ name: String, _ connection: Connection) -> ArchiveError {
        let quoted = name.replacing("'", with: "''")
        return .untrusted(path: connection.path, reason: "its table deferred_indexes names \"\(name)\", which is no index "
                          + "archivectl makes, and nothing in it was run; remove the row (sqlite3 \(connection.path) "
                          + "\"DELETE FROM deferred_indexes WHERE name = '\(quoted)'\") or ingest into a new archive")
    }

    /// Name → CREATE INDEX statement of every index this binary's migrations leave on `tables`:
    /// read from an in-memory database the embedded migrations are applied to.
    static let definitions: [String: String] = {
        guard let memory = try? Connection(path: ":memory:") else { return [:] }
        let migrator = Migrator(connection: memory, migrations: EmbeddedResources.migrations)
        guard (try? migrator.migrate(afterFirst: { _ in })) != nil else { return [:] }
        var found: [String: String] = [:]
        for table in tables {
            let rows = (try? memory.rows("""
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?
                """, [DatabaseValue.text(table)])) ?? []
            for row in rows {
                if let name = row.string("name"), let sql = row.string("sql") { found[name] = sql }
            }
        }
        return found
    }()

    /// How many indexes wait.
    static func waiting(_ connection: Connection) throws -> Int {
        Int(try connection.scalar("SELECT count(*) FROM deferred_indexes").int64Value ?? 0)
    }

    /// True when indexes wait to be built. False for an archive from before Migrations/0007, which
    /// a read-only command (stats) may open.
    static func pending(_ connection: Connection) throws -> Bool {
        guard try connection.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'deferred_indexes'").int64Value == 1
        else { return false }
        return try waiting(connection) > 0
    }
}
