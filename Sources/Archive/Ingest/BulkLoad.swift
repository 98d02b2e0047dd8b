/// Settings of the writer's connection for an ingest run. The archive is already in WAL mode with
/// synchronous=NORMAL (ArchiveDatabase); the run ends with one checkpoint that folds the log back.
enum BulkLoad {
    /// The writer's page cache, in KiB: the sha256, people and FTS b-trees of a large archive stay
    /// in memory instead of being read again for every batch.
    static let cacheKiB = 32 * 1024

    /// Segments of the full-text index merged at a time. FTS5 merges a level once this many segments
    /// gather there (default 4), so every indexed character is written again once per level, and the
    /// levels grow with the log of the archive's size. At 16 that is half as many rewrites as at 4,
    /// which keeps the per-document cost of a 100,000-document archive near that of a small one;
    /// a search reads a few more segments, still a millisecond's work. Stored in the archive.
    static let fullTextAutomerge = 16

    static func prepare(_ connection: Connection) {
        try? connection.execute("PRAGMA cache_size = -\(cacheKiB)")
        let current = try? connection.scalar("SELECT v FROM documents_fts_config WHERE k = 'automerge'").int64Value
        if current != Int64(fullTextAutomerge) {
            try? connection.transaction {
                try connection.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', ?)",
                                       [fullTextAutomerge])
            }
        }
    }
}
