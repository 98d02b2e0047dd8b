import ArchiveResources

/// The fact tables' own indexes, dropped while a large ingest loads and built once at its end.
///
/// Storing a fact is mostly one b-tree insert per index, and in a large archive each lands on a
/// page no longer in memory; building an index afterwards is one sort of its table. The
/// definitions go into `deferred_indexes` (Migrations/0007) in the transaction that drops them,
/// so an ingest killed midway leaves them there and the next ingest builds them; until then
/// queries are right but read whole tables.
///
/// The full-text index waits too: its insert trigger is dropped, the documents of each stored
/// batch are indexed by one statement after it (`indexFullTextSoFar`), and the entry's build
/// indexes the rest and puts the trigger back. Until then `search` and `text=` miss the
/// documents not yet indexed.
///
/// An archive is data: the `sql` stored beside a name is never run. An index or the trigger is
/// built from this binary's own definition of that name (`definitions`), the full-text entry's
/// first document id is read as an integer and bound, and a name this binary does not define makes
/// the archive refused (`check`) before anything is written.
package enum DeferredIndexes {
    /// Tables whose indexes wait. Not the indexes of UNIQUE and PRIMARY KEY constraints (SQLite
    /// makes those, without a statement), which the writer's own lookups use.
    /// Listed in the order their indexes are built: the tables with the fewest rows per report
    /// first, whose indexes cost least to write row by row for the batches stored after them.
    package static let tables = ["meetings", "authors", "goal_mentions", "participations", "indicator_values"]

    /// Records and drops the tables' indexes, in one transaction.
    package static func drop(_ connection: Connection) throws {
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
            try deferFullText(connection)
        }
    }

    /// The trigger that indexes each stored document, and what stands in for it.
    static let fullTextTrigger = "documents_fts_insert"

    /// Records, as one entry built last, that the documents stored from now on wait for the
    /// full-text index (the entry's `sql` is the last document id already indexed, as text), and
    /// drops the trigger. Built in one step, so no document stored after the entry is built is left out.
    private static func deferFullText(_ connection: Connection) throws {
        guard try connection.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                    [DatabaseValue.text(fullTextTrigger)]).int64Value == 1
        else { return }
        let last = try connection.scalar("SELECT coalesce(max(id), 0) FROM documents").int64Value ?? 0
        try connection.execute("INSERT OR REPLACE INTO deferred_indexes(name, sql) VALUES (?, ?)", [fullTextTrigger, String(last)])
        try connection.execute("DROP TRIGGER " + Connection.quotedIdentifier(fullTextTrigger))
    }

    /// Indexes the documents stored since the full-text entry's recorded id and records the newest
    /// as indexed, in one transaction; the entry and the dropped trigger stay for the final build.
    /// A large ingest calls it after each batch, so the index is written while the workers prepare
    /// the next batches rather than by one statement after them with a core idle.
    package static func indexFullTextSoFar(_ connection: Connection) throws {
        try connection.transaction {
            guard let entry = try connection.rows("SELECT sql FROM deferred_indexes WHERE name = ?",
                                                  [DatabaseValue.text(fullTextTrigger)]).first
            else { return }
            guard let last = entry.string("sql").flatMap({ Int64($0) }) else { throw unknown(fullTextTrigger, connection) }
            let newest = try connection.scalar("SELECT coalesce(max(id), 0) FROM documents").int64Value ?? 0
            guard newest > last else { return }
            try connection.execute("INSERT INTO documents_fts(rowid, title, normalized_text) "
                                   + "SELECT id, title, normalized_text FROM documents WHERE id > ? AND id <= ?", [last, newest])
            try connection.execute("UPDATE deferred_indexes SET sql = ? WHERE name = ?", [String(newest), fullTextTrigger])
        }
    }

    /// Indexes the documents after the recorded id and puts this binary's trigger back. The
    /// recorded text must be a whole number, else the archive is refused.
    private static func makeFullText(_ recorded: String?, _ connection: Connection) throws {
        guard let recorded, let last = Int64(recorded), let trigger = definitions[fullTextTrigger] else {
            throw unknown(fullTextTrigger, connection)
        }
        try connection.execute("INSERT INTO documents_fts(rowid, title, normalized_text) "
                               + "SELECT id, title, normalized_text FROM documents WHERE id > ?", [last])
        let built = try connection.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                          [DatabaseValue.text(fullTextTrigger)])
        if built.int64Value == 0 { try connection.execute(trigger) }
    }

    /// Builds every index recorded and forgets it, in one transaction. Another ingest may have
    /// built one already.
    package static func build(_ connection: Connection) throws {
        try connection.transaction {
            for index in try connection.rows("SELECT name, sql FROM deferred_indexes ORDER BY rowid") {
                try make(index, connection)
            }
            try connection.execute("DELETE FROM deferred_indexes")
        }
    }

    /// Builds the first index recorded and forgets it, in one transaction; false when none waits.
    package static func buildNext(_ connection: Connection) throws -> Bool {
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
        if name == fullTextTrigger {
            try makeFullText(index.string("sql"), connection)
            return
        }
        guard let sql = definitions[name] else { throw unknown(name, connection) }
        let built = try connection.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?", [name])
        if built.int64Value == 0 { try connection.execute(sql) }
    }

    /// Refuses an archive whose `deferred_indexes` names an index this binary does not define on
    /// the tables whose indexes wait: such a row was not written by archivectl.
    package static func check(_ connection: Connection) throws {
        guard try connection.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'deferred_indexes'").int64Value == 1
        else { return }
        for row in try connection.rows("SELECT name FROM deferred_indexes ORDER BY rowid") {
            let name = row.string("name") ?? ""
            if definitions[name] == nil { throw unknown(name, connection) }
            if name == fullTextTrigger, Int64(try connection.scalar("SELECT sql FROM deferred_indexes WHERE name = ?",
                                                                    [DatabaseValue.text(name)]).stringValue ?? "") == nil {
                throw unknown(name, connection)
            }
        }
    }

    private static func unknown(_ name: String, _ connection: Connection) -> ArchiveError {
        let quoted = name.replacing("'", with: "''")
        return .untrusted(path: connection.path, reason: "its table deferred_indexes names \"\(name)\", which is no index "
                          + "archivectl makes, and nothing in it was run; remove the row (sqlite3 \(connection.path) "
                          + "\"DELETE FROM deferred_indexes WHERE name = '\(quoted)'\") or ingest into a new archive")
    }

    /// Name → CREATE statement of every index this binary's migrations leave on `tables`, and of the
    /// full-text insert trigger: read from an in-memory database the embedded migrations are applied to.
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
        found[fullTextTrigger] = try? memory.scalar("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                                    [DatabaseValue.text(fullTextTrigger)]).stringValue
        return found
    }()

    /// How many indexes wait.
    package static func waiting(_ connection: Connection) throws -> Int {
        Int(try connection.scalar("SELECT count(*) FROM deferred_indexes").int64Value ?? 0)
    }

    /// True when indexes wait to be built. False for an archive from before Migrations/0007, which
    /// a read-only command (stats) may open.
    package static func pending(_ connection: Connection) throws -> Bool {
        guard try connection.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'deferred_indexes'").int64Value == 1
        else { return false }
        return try waiting(connection) > 0
    }
}
