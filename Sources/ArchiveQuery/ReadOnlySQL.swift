import ArchiveOutput
import ArchiveStore
import CSQLite

/// `archivectl sql`: one statement of the user's SQL, on a connection opened read-only, refused
/// before it runs when it would write (SQLite's own judgement, sqlite3_stmt_readonly) or reach
/// beyond the archive (ReadOnlySQLGuard), and stopped at `timeoutSeconds` when given.
public enum ReadOnlySQL {
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func run(_ sql: String, on connection: Connection, parameters: [DatabaseValueConvertible?] = [],
                           timeoutSeconds: Double? = nil) throws -> ResultTable {
        let guarded = ReadOnlySQLGuard(connection: connection, timeoutSeconds: timeoutSeconds)
        do {
            return try guarded.guarding {
                try checkSingleStatement(sql, connection: connection)
                let statement = try connection.prepare(sql)
                guard statement.isReadOnly else {
                    throw Refusal(message: "refused: the statement would change the archive, and `archivectl sql` only reads (use sqlite3 on a copy to experiment with writes)")
                }
                let rows = try statement.rows(parameters)
                return ResultTable(columns: statement.columnNames, rows: rows.map(\.values))
            }
        } catch is DatabaseError where guarded.refused != nil {
            throw Refusal(message: "refused: the statement uses \(guarded.refused!), and `archivectl sql` only reads the archive")
        } catch let error as DatabaseError where error.primaryCode == SQLITE_INTERRUPT && guarded.timedOut {
            throw Refusal(message: "stopped: the statement ran longer than the --timeout of \(timeoutSeconds!) s")
        }
    }

    /// A second statement after the first would be silently ignored; say so instead.
    static func checkSingleStatement(_ sql: String, connection: Connection) throws {
        var handle: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        try sql.withCString { start in
            let code = sqlite3_prepare_v2(connection.handle, start, -1, &handle, &tail)
            defer { sqlite3_finalize(handle) }
            guard code == SQLITE_OK else { throw DatabaseError(code: code, message: connection.lastMessage, sql: sql) }
            guard handle != nil else { throw Refusal(message: "no SQL statement given") }
            guard let tail, tail.pointee != 0 else { return }
            var next: OpaquePointer?
            let nextCode = sqlite3_prepare_v2(connection.handle, tail, -1, &next, nil)
            defer { sqlite3_finalize(next) }
            if nextCode != SQLITE_OK || next != nil {
                throw Refusal(message: "give one statement at a time (found more after the first ';')")
            }
        }
    }
}
