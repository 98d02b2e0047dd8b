import CSQLite

/// Settings of the writer's connection for an ingest run. The archive is already in WAL mode with
/// synchronous=NORMAL (ArchiveDatabase); the run ends with one checkpoint that folds the log back.
package enum BulkLoad {
    /// The writer's page cache, in KiB: the sha256, people and FTS b-trees of a large archive stay
    /// in memory instead of being read again for every batch. With the fact indexes deferred
    /// (DeferredIndexes), the smallest cache that loads a large archive as fast as a larger one.
    static let cacheKiB = 24 * 1024

    /// Pages the log may hold before SQLite copies it into the database (default 1,000, 16 MiB
    /// here). Each batch writes every page it touched to the log; a checkpoint writes each distinct
    /// page once. In a large archive a batch touches pages all over the sha256, name and full-text
    /// b-trees, and the same pages again in the next batches, so checkpointing less often writes
    /// them less often. The log grows to about 128 MiB before it is folded back; the run still ends with one file.
    /// Since BackgroundCheckpoint folds the log back beside the writer, this is the writer's
    /// fallback for when that thread falls behind.
    static let checkpointPages = 8000

    /// Segments of the full-text index merged at a time. FTS5 merges a level once this many segments
    /// gather there (default 4), so every indexed character is written again once per level, and the
    /// levels grow with the log of the archive's size. At 16 that is half as many rewrites as at 4,
    /// which keeps the per-document cost of a 100,000-document archive near that of a small one;
    /// a search reads a few more segments, still a millisecond's work. Stored in the archive.
    static let fullTextAutomerge = 16

    /// Segments of one level at which FTS5 stops merging a little after each write and merges them
    /// all at once (default 16). At the default, equal to `fullTextAutomerge`, the merges of a
    /// large archive came all at once: the writer stopped for up to a second while the workers,
    /// their two batches ready, waited with it. At 64 the same merging is spread over the writes,
    /// and a search reads no more segments than automerge leaves. Stored in the archive.
    static let fullTextCrisisMerge = 64

    /// The page cache, in KiB, while the deferred indexes are built (DeferredIndexes). SQLite sorts
    /// in as much memory as the cache may hold and spills the rest to temporary files; with this
    /// cache the build stays within the load's own peak of resident memory and is no slower.
    static let indexBuildCacheKiB = 8 * 1024

    /// The load's page cache again, after an index build between batches (prepareIndexBuild).
    package static func resumeLoad(_ connection: Connection) {
        try? connection.execute("PRAGMA cache_size = -\(cacheKiB)")
    }

    /// Back to the settings every connection has (Connection.init): references checked.
    package static func finish(_ connection: Connection) {
        try? connection.execute("PRAGMA foreign_keys = ON")
    }

    package static func prepareIndexBuild(_ connection: Connection) {
        try? connection.execute("PRAGMA cache_size = -\(indexBuildCacheKiB)")
        sqlite3_db_release_memory(connection.handle)
    }

    package static func prepare(_ connection: Connection) {
        resumeLoad(connection)
        try? connection.execute("PRAGMA wal_autocheckpoint = \(checkpointPages)")
        // The writer's rows point only at rows it has just written (the document, its meeting, a
        // person) and at reference codes it has checked against their tables (WriterMemo), so
        // SQLite's own check of each reference, a lookup in the parent table for each of the sixty
        // or so a report's rows carry, finds nothing to refuse, and is skipped while loading.
        // On again in `finish`; tests run `PRAGMA foreign_key_check` on what an ingest wrote.
        try? connection.execute("PRAGMA foreign_keys = OFF")
        for (option, value) in [("automerge", fullTextAutomerge), ("crisismerge", fullTextCrisisMerge)] {
            let current = try? connection.scalar("SELECT v FROM documents_fts_config WHERE k = ?", [DatabaseValue.text(option)]).int64Value
            if current != Int64(value) {
                try? connection.transaction {
                    try connection.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES (?, ?)",
                                           [DatabaseValue.text(option), DatabaseValue.integer(Int64(value))])
                }
            }
        }
    }
}
