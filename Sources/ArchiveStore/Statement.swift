import CSQLite
import Glibc

/// SQLite's way to say "copy this buffer now": the bound value may not outlive the call.
let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// A prepared statement. Values are always bound as parameters, never spliced into SQL.
public final class Statement {
    let handle: OpaquePointer
    public let sql: String
    unowned let connection: Connection

    init(connection: Connection, sql: String) throws {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(connection.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw DatabaseError(code: code, message: connection.lastMessage, sql: sql)
        }
        self.handle = handle
        self.sql = sql
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    public var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// True when the statement does not write (SELECT, some PRAGMAs).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    public func bind(_ values: [DatabaseValueConvertible?]) throws {
        try bind(row: values.map { $0?.databaseValue ?? .null })
    }

    func bind(row values: [DatabaseValue]) throws {
        // Every parameter is bound below (the count is checked), so none keeps an old value and
        // sqlite3_clear_bindings would only be a second pass over them.
        sqlite3_reset(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw DatabaseError(code: SQLITE_RANGE, message: "statement takes \(expected) values, got \(values.count)", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let v): code = sqlite3_bind_int64(handle, index, v)
            case .real(let v): code = sqlite3_bind_double(handle, index, v)
            case .text(let s):
                // The string's own UTF-8, with no copy made only to add a NUL; SQLite copies it
                // (SQLITE_TRANSIENT). Cut at a NUL, as SQLite does when given no length.
                code = s.utf8.withContiguousStorageIfAvailable { bytes -> Int32 in
                    guard let base = bytes.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, SQLITE_TRANSIENT) }
                    let length = memchr(base, 0, bytes.count).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
                    return sqlite3_bind_text(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                             Int32(length), SQLITE_TRANSIENT)
                } ?? sqlite3_bind_text(handle, index, s, -1, SQLITE_TRANSIENT)
            case .blob(let b):
                code = b.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), SQLITE_TRANSIENT) }
            }
            guard code == SQLITE_OK else {
                throw DatabaseError(code: code, message: connection.lastMessage, sql: sql)
            }
        }
    }

    /// Steps once; returns false when done.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = DatabaseError(code: sqlite3_extended_errcode(connection.handle), message: connection.lastMessage, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    func currentRow(columns: [String]) -> Row {
        var values: [DatabaseValue] = []
        values.reserveCapacity(columns.count)
        for i in 0..<Int32(columns.count) {
            switch sqlite3_column_type(handle, i) {
            case SQLITE_INTEGER: values.append(.integer(sqlite3_column_int64(handle, i)))
            case SQLITE_FLOAT: values.append(.real(sqlite3_column_double(handle, i)))
            case SQLITE_TEXT: values.append(.text(String(cString: sqlite3_column_text(handle, i))))
            case SQLITE_BLOB:
                let count = Int(sqlite3_column_bytes(handle, i))
                if let base = sqlite3_column_blob(handle, i) {
                    values.append(.blob(Array(UnsafeRawBufferPointer(start: base, count: count))))
                } else {
                    values.append(.blob([]))
                }
            default: values.append(.null)
            }
        }
        return Row(columns: columns, values: values)
    }

    /// Runs with the given values and discards rows.
    public func execute(_ values: [DatabaseValueConvertible?] = []) throws {
        try execute(row: values.map { $0?.databaseValue ?? .null })
    }

    /// Runs with values already made DatabaseValues and discards rows.
    func execute(row values: [DatabaseValue]) throws {
        try bind(row: values)
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// The first column of the first row as an integer, or nil when there is no row or it is NULL;
    /// without the column names and row a `rows` call builds.
    public func firstInteger(_ values: [DatabaseValueConvertible?] = []) throws -> Int64? {
        try bind(values)
        defer { sqlite3_reset(handle) }
        guard try step(), sqlite3_column_type(handle, 0) != SQLITE_NULL else { return nil }
        return sqlite3_column_int64(handle, 0)
    }

    /// Whether the query returns any row, without reading it.
    public func exists(_ values: [DatabaseValueConvertible?] = []) throws -> Bool {
        try bind(values)
        defer { sqlite3_reset(handle) }
        return try step()
    }

    /// Runs with the given values and returns every row.
    public func rows(_ values: [DatabaseValueConvertible?] = []) throws -> [Row] {
        try bind(values)
        defer { sqlite3_reset(handle) }
        let columns = columnNames
        var result: [Row] = []
        while try step() { result.append(currentRow(columns: columns)) }
        return result
    }

    /// Calls `body` for each row until it returns false, without collecting them.
    public func forEachRow(_ values: [DatabaseValueConvertible?] = [], while body: (Row) throws -> Bool) throws {
        try bind(values)
        defer { sqlite3_reset(handle) }
        let columns = columnNames
        while try step() {
            guard try body(currentRow(columns: columns)) else { return }
        }
    }

    /// Calls `body` for each row without collecting them.
    public func forEachRow(_ values: [DatabaseValueConvertible?] = [], _ body: (Row) throws -> Void) throws {
        try forEachRow(values, while: { try body($0); return true })
    }
}
