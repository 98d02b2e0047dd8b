/// Why an archive file cannot be used, in words a user can act on.
public enum ArchiveError: Error, CustomStringConvertible, Sendable {
    case notSQLite(path: String)
    case notAnArchive(path: String)
    case newerSchema(path: String, found: Int, known: Int)
    case readOnly(path: String)
    case cannotOpen(path: String, reason: String)
    /// The archive holds something archivectl never writes; nothing of it was run or changed.
    case untrusted(path: String, reason: String)
    /// SQLite's own check found the file damaged; nothing was written into it.
    case damaged(path: String, problem: String)

    public var description: String {
        switch self {
        case .notSQLite(let path):
            return "\(path): not an SQLite database; choose another file with --db"
        case .notAnArchive(let path):
            return "\(path): an SQLite database, but not an archivectl archive (it has other tables, or another program's version number); choose another file with --db"
        case .newerSchema(let path, let found, let known):
            return "\(path): written by a newer archivectl (schema version \(found); this one knows up to \(known)); upgrade archivectl to use it"
        case .readOnly(let path):
            return "\(path): the archive is read-only; make it writable or choose another file with --db"
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the archive: \(reason)"
        case .untrusted(let path, let reason):
            return "\(path): refused: \(reason)"
        case .damaged(let path, let problem):
            return "\(path): the archive is damaged (\(problem)); nothing was written to it. Recover what it holds with "
                + "`sqlite3 \(path) .recover | sqlite3 recovered.db` and ingest into that, or into a new archive"
        }
    }
}
