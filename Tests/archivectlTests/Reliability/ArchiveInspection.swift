import Archive
import Foundation

/// What a test checks of an archive file directly, through SQLite rather than through archivectl.
struct ArchiveInspection {
    let connection: Connection

    init(_ path: String) throws {
        connection = try Connection(path: path, mode: .readWrite)
    }

    var integrity: String {
        get throws { try connection.rows("PRAGMA integrity_check").map { $0[0].stringValue ?? "" }.joined(separator: "; ") }
    }

    /// Rows whose document (or meeting, person …) is missing.
    var foreignKeyViolations: Int {
        get throws { try connection.rows("PRAGMA foreign_key_check").count }
    }

    var hasSchema: Bool {
        get throws { try connection.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'documents'").int64Value == 1 }
    }

    func count(_ sql: String) throws -> Int { Int(try connection.scalar(sql).int64Value ?? -1) }

    /// The CREATE INDEX statements of the archive's own indexes (not those of constraints).
    var indexes: Set<String> {
        get throws { Set(try connection.rows("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").compactMap { $0.string("sql") }) }
    }

    /// The CREATE INDEX statements an ingest dropped and has not built yet (Migrations/0007).
    var deferredIndexes: Set<String> {
        get throws {
            Set(try connection.rows("SELECT sql FROM deferred_indexes WHERE name != 'documents_fts_insert'").compactMap { $0.string("sql") })
        }
    }

    var documents: Int { get throws { try count("SELECT count(*) FROM documents") } }

    /// Documents stored without their meeting row: a half-written document.
    var documentsWithoutMeeting: Int {
        get throws { try count("SELECT count(*) FROM documents WHERE id NOT IN (SELECT document_id FROM meetings)") }
    }

    /// Facts whose document is gone (counted directly as well as through the foreign keys).
    var orphanFacts: Int {
        get throws {
            var total = 0
            for table in ["authors", "meetings", "participations", "indicator_values", "goal_mentions"] {
                total += try count("SELECT count(*) FROM \(table) WHERE document_id NOT IN (SELECT id FROM documents)")
            }
            return total
        }
    }

    /// The full-text index agrees with the documents table. While a large ingest's full-text step
    /// waits (its trigger dropped, Sources/Archive/Ingest/DeferredIndexes.swift), the index must
    /// agree once that step has run: it is run in a savepoint, checked, and rolled back.
    var fullTextIndexIsConsistent: Bool {
        do {
            try connection.execute("SAVEPOINT inspection")
            defer { try? connection.execute("ROLLBACK TO inspection; RELEASE inspection") }
            if let step = fullTextStepWaiting, let last = Int64(step) {
                try connection.execute("INSERT INTO documents_fts(rowid, title, normalized_text) "
                                       + "SELECT id, title, normalized_text FROM documents WHERE id > ?", [last])
            }
            try connection.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
            return true
        } catch { return false }
    }

    /// The waiting full-text step of a large ingest killed before its end, if any: the last
    /// document id the index holds.
    var fullTextStepWaiting: String? {
        try? connection.scalar("SELECT sql FROM deferred_indexes WHERE name = 'documents_fts_insert'").stringValue
    }
}
