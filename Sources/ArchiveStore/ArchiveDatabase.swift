import ArchiveResources
import CSQLite
import FoundationEssentials
import Glibc

/// An archive file: a connection whose schema is known to be this binary's (migrated on open).
public final class ArchiveDatabase {
    public let connection: Connection
    public var path: String { connection.path }

    /// Opens (and for `.readWrite` creates or migrates) the archive at `path`.
    /// Fails with an `ArchiveError` for a file that is no SQLite database, no archive,
    /// a newer archive, or read-only when writing was asked for; nothing is written then.
    public init(path: String, mode: Connection.Mode = .readWrite) throws {
        let fileManager = FileManager.default
        var isDirectory = false
        let exists = fileManager.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory { throw ArchiveError.cannotOpen(path: path, reason: "it is a folder") }
        if let kind = Self.irregularKind(path) {
            throw ArchiveError.cannotOpen(path: path, reason: "it is \(kind), not a regular file")
        }
        if mode == .readOnly && !exists {
            throw ArchiveError.cannotOpen(path: path, reason: "no such file; create it with `archivectl ingest --db \(path) …`")
        }
        if mode == .readWrite && exists && !fileManager.isWritableFile(atPath: path) {
            // Still refuse a foreign file first: that is the more useful message.
            let probe = try ArchiveDatabase.openConnection(path: path, mode: .readOnly)
            _ = try Migrator(connection: probe, migrations: EmbeddedResources.migrations).inspect()
            throw ArchiveError.readOnly(path: path)
        }
        var connection = try ArchiveDatabase.openConnection(path: path, mode: mode)
        var migrator = Migrator(connection: connection, migrations: EmbeddedResources.migrations)
        let version: Int
        do {
            version = try migrator.inspect()
        } catch let error as DatabaseError where mode == .readOnly && Self.cannotIndexLog(error) {
            // A reader of a WAL archive creates the log's index beside it (PATH-shm) and cannot in
            // a folder it may not write: a shared, read-only archive. With no log beside it (an
            // ingest ends by folding it back and removing it) the file alone is the whole archive,
            // and is read as it is.
            guard Self.logIsEmpty(path) else {
                throw ArchiveError.cannotOpen(path: path, reason: "its log (\(path)-wal) holds writes not yet in it, and reading them needs write access to its folder; try again once the ingest writing it has ended")
            }
            connection = try ArchiveDatabase.openConnection(path: path, mode: mode, immutable: true)
            migrator = Migrator(connection: connection, migrations: EmbeddedResources.migrations)
            version = try migrator.inspect()
        }
        if mode == .readWrite {
            if sqlite3_db_readonly(connection.handle, "main") == 1 { throw ArchiveError.readOnly(path: path) }
            do {
                // A new archive gets 16 KiB pages (a no-op on an existing one): the full-text index
                // and the stored texts fill fewer, larger pages, which load faster.
                if version == 0 { try connection.execute("PRAGMA page_size = 16384") }
                try connection.withBusyRetry { try connection.execute("PRAGMA journal_mode = WAL") }
                try connection.execute("PRAGMA synchronous = NORMAL")
                try migrator.migrate(afterFirst: ReferenceData.load)
            } catch let error as DatabaseError where error.primaryCode == SQLITE_READONLY {
                throw ArchiveError.readOnly(path: path)
            }
        } else if version == 0 {
            throw ArchiveError.cannotOpen(path: path, reason: "the file is empty, not an archive yet")
        } else {
            // A query reads the archive through a memory map, not a read() per page, so pages are
            // not copied out of the kernel. Only here: a map counts toward the resident memory of
            // an ingest.
            try? connection.execute("PRAGMA mmap_size = \(Self.queryMapBytes)")
        }
        self.connection = connection
    }

    /// What the file at `path` is when it exists and is neither a regular file nor a folder (a FIFO
    /// would block the open forever), found without opening it; links are followed.
    static func irregularKind(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "no regular file"
        }
    }

    /// SQLite's default ceiling for a map (SQLITE_MAX_MMAP_SIZE); larger archives map this much.
    static let queryMapBytes = 0x7FFF_0000

    /// SQLite could not create or open the log's index (PATH-shm) for a reader.
    private static func cannotIndexLog(_ error: DatabaseError) -> Bool {
        error.primaryCode == SQLITE_READONLY || error.primaryCode == SQLITE_CANTOPEN
    }

    private static func logIsEmpty(_ path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int
        return (size ?? 0) == 0
    }

    private static func openConnection(path: String, mode: Connection.Mode, immutable: Bool = false) throws -> Connection {
        do {
            return try Connection(path: path, mode: mode, immutable: immutable)
        } catch let error as DatabaseError {
            if error.primaryCode == SQLITE_NOTADB { throw ArchiveError.notSQLite(path: path) }
            throw ArchiveError.cannotOpen(path: path, reason: error.message)
        }
    }

    /// Settings for a command that reads most pages once, as a search does: pages with read()
    /// rather than through the memory map, since for lookups scattered over the whole archive (a
    /// search's thousands of hits) a page fault per page costs more than the copies; and a small
    /// page cache, since every page the cache grows by is fresh memory the kernel must fault in
    /// and clear, which costs more than reading the few pages a second statement needs again.
    public func readForScan() {
        try? connection.execute("PRAGMA mmap_size = 0")
        try? connection.execute("PRAGMA cache_size = -\(Self.scanCacheKiB)")
    }

    static let scanCacheKiB = 512

    /// Refuses a damaged archive before anything is written into it: SQLite's `quick_check` of
    /// every page and b-tree (not the indexes' agreement with their tables). It reads the whole
    /// file, so its time grows with the archive's size.
    public func requireIntact() throws {
        do {
            let problems = try connection.rows("PRAGMA quick_check(3)").compactMap { $0[0].stringValue }
            guard problems != ["ok"] else { return }
            // One line: SQLite's report has a heading line and one line per page.
            let lines = problems.flatMap { $0.split(separator: "\n") }.filter { !$0.hasPrefix("***") }
            throw ArchiveError.damaged(path: path, problem: lines.prefix(3).joined(separator: "; "))
        } catch let error as DatabaseError where error.isCorrupt {
            throw ArchiveError.damaged(path: path, problem: error.message)
        }
    }

    /// Folds the write-ahead log back into the main file so one file remains.
    public func checkpoint() {
        try? connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// The archive's indicator aliases (alias → code), rows users added included.
    package func indicatorAliases() throws -> [String: String] {
        var aliases: [String: String] = [:]
        for row in try connection.rows("SELECT alias, code FROM indicator_aliases") {
            if let alias = row.string("alias"), let code = row.string("code") { aliases[alias] = code }
        }
        return aliases
    }

    public var schemaVersion: Int {
        Int((try? connection.scalar("PRAGMA user_version").int64Value) ?? 0)
    }
}
