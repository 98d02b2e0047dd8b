import CSQLite
import FoundationEssentials
import Glibc

/// One connection to an SQLite file, with its prepared statements cached for reuse.
/// Not shared between threads: each thread that needs the database opens its own.
public final class Connection {
    public enum Mode: Sendable { case readWrite, readOnly }

    package let handle: OpaquePointer
    public let path: String
    public let mode: Mode
    private var cache: [String: Statement] = [:]

    /// `immutable`: read the file as one nobody changes (SQLite's `immutable=1`): no locks and no
    /// write-ahead-log index, which a reader in a folder it cannot write has no way to create.
    public init(path: String, mode: Mode = .readWrite, immutable: Bool = false, busyTimeoutMilliseconds: Int32 = 10_000) throws {
        _ = Self.configured
        var handle: OpaquePointer?
        var flags = (mode == .readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        if immutable { flags |= SQLITE_OPEN_URI }
        let code = sqlite3_open_v2(immutable ? Self.immutableURI(path) : path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let handle { sqlite3_close_v2(handle) }
            throw DatabaseError(code: code, message: message)
        }
        self.handle = handle
        self.path = path
        self.mode = mode
        if mode == .readOnly || !TestPause.installBusyHandler(handle, timeoutMilliseconds: busyTimeoutMilliseconds) {
            sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        }
        try execute("PRAGMA foreign_keys = ON")
    }

    /// `path` as a URI naming it immutable; the characters a URI gives a meaning (%, ?, #) escaped.
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for character in path.unicodeScalars {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3F"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return "file:" + escaped + "?immutable=1"
    }

    /// Whether a database at `path` is private to the connection that opens it: a temporary
    /// (empty path) or an in-memory one, which no second connection can share.
    package static func isPrivate(_ path: String) -> Bool { path.isEmpty || path == ":memory:" }

    /// Process-wide settings, made before SQLite's first use (see CSQLite's shim.h).
    private static let configured: Void = {
        _ = csqlite_disable_memory_statistics()
    }()

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    package var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// A statement prepared once per connection and reused.
    public func cached(_ sql: String) throws -> Statement {
        if let statement = cache[sql] { return statement }
        let statement = try Statement(connection: self, sql: sql)
        cache[sql] = statement
        return statement
    }

    /// A statement prepared for one use (user-written SQL, for instance).
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// Runs one or more statements that take no values (schema, pragmas).
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(message)
            throw DatabaseError(code: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// Copies what it can of the write-ahead log into the main file without waiting for readers or
    /// the writer; a failure leaves the log for the next checkpoint.
    package func checkpointPassively() {
        try? execute("PRAGMA wal_checkpoint(PASSIVE)")
    }

    /// Runs one statement with bound values.
    public func execute(_ sql: String, _ values: [DatabaseValueConvertible?]) throws {
        try cached(sql).execute(values)
    }

    public func rows(_ sql: String, _ values: [DatabaseValueConvertible?] = []) throws -> [Row] {
        try cached(sql).rows(values)
    }

    public func scalar(_ sql: String, _ values: [DatabaseValueConvertible?] = []) throws -> DatabaseValue {
        try cached(sql).rows(values).first?[0] ?? .null
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in a write transaction. `BEGIN IMMEDIATE` takes the write lock up front, so a
    /// busy database is noticed (and waited for, up to the busy timeout) before any work is done.
    /// Any error rolls everything back.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try withBusyRetry { try execute("BEGIN IMMEDIATE") }
        do {
            let result = try body()
            try withBusyRetry { try execute("COMMIT") }
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// A name as an SQL identifier: in double quotes, inner ones doubled.
    static func quotedIdentifier(_ name: String) -> String {
        "\"" + name.replacing("\"", with: "\"\"") + "\""
    }

    /// Runs `body` inside a savepoint: an error undoes only what the body did.
    @discardableResult
    public func savepoint<T>(_ name: String = "archive", _ body: () throws -> T) throws -> T {
        let quoted = Self.quotedIdentifier(name)
        try execute("SAVEPOINT \(quoted)")
        do {
            let result = try body()
            try execute("RELEASE \(quoted)")
            return result
        } catch {
            try? execute("ROLLBACK TO \(quoted)")
            try? execute("RELEASE \(quoted)")
            throw error
        }
    }

    /// Retries an operation that failed only because another process held the lock beyond the
    /// busy timeout; other errors pass through at once.
    func withBusyRetry<T>(attempts: Int = 30, _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do { return try body() } catch let error as DatabaseError where error.isBusy && attempt < attempts {
                attempt += 1
                usleep(useconds_t(50_000 * min(attempt, 10)))
            }
        }
    }
}
