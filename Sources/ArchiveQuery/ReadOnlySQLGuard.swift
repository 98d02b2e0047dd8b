import ArchiveStore
import CSQLite
import FoundationEssentials

/// What `archivectl sql` lets one statement do beyond reading the archive: nothing. An SQLite
/// authorizer refuses, while the statement is prepared, every action that reaches outside the
/// archive or changes the connection (ATTACH, DETACH, a PRAGMA that sets a value,
/// `load_extension`, `fts3_tokenizer`); a progress handler stops a statement past its deadline.
final class ReadOnlySQLGuard {
    /// The first action refused, in words, for the message.
    private(set) var refused: String?
    /// Set when the statement ran past `deadline` and was interrupted.
    private(set) var timedOut = false
    private let deadline: Date?
    private let connection: Connection

    /// Pragmas that only describe the archive, allowed with an argument (a table's name, a
    /// schema's); any other pragma is allowed only without one, as a read of its setting.
    static let describingPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check", "collation_list", "function_list", "module_list",
        "pragma_list", "database_list", "compile_options",
    ]

    /// Pragmas refused even without a value: they write, or act beyond one read.
    static let actingPragmas: Set<String> = ["optimize", "wal_checkpoint", "incremental_vacuum", "shrink_memory"]

    /// Functions refused: they load code or reach into SQLite's own state.
    static let refusedFunctions: Set<String> = ["load_extension", "fts3_tokenizer", "readfile", "writefile", "edit"]

    /// Progress is checked every this many virtual-machine steps (about a millisecond's work).
    static let progressSteps: Int32 = 10_000

    init(connection: Connection, timeoutSeconds: Double?) {
        self.connection = connection
        self.deadline = timeoutSeconds.map { Date().addingTimeInterval($0) }
    }

    /// Runs `body` with the authorizer and the deadline in force; both are removed after.
    func guarding<T>(_ body: () throws -> T) throws -> T {
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_set_authorizer(connection.handle, { context, action, first, second, _, _ in
            let this = Unmanaged<ReadOnlySQLGuard>.fromOpaque(context!).takeUnretainedValue()
            return this.decide(action, first.map { String(cString: $0) }, second.map { String(cString: $0) })
        }, context)
        if deadline != nil {
            sqlite3_progress_handler(connection.handle, Self.progressSteps, { context in
                let this = Unmanaged<ReadOnlySQLGuard>.fromOpaque(context!).takeUnretainedValue()
                guard let deadline = this.deadline, Date() >= deadline else { return 0 }
                this.timedOut = true
                return 1
            }, context)
        }
        defer {
            sqlite3_set_authorizer(connection.handle, nil, nil)
            sqlite3_progress_handler(connection.handle, 0, nil, nil)
        }
        return try body()
    }

    private func decide(_ action: Int32, _ first: String?, _ second: String?) -> Int32 {
        let reason: String?
        switch action {
        case SQLITE_ATTACH: reason = "ATTACH, which opens another file"
        case SQLITE_DETACH: reason = "DETACH"
        case SQLITE_PRAGMA:
            let name = (first ?? "").lowercased()
            if Self.actingPragmas.contains(name) {
                reason = "PRAGMA \(name), which acts on the archive"
            } else if second != nil && !Self.describingPragmas.contains(name) {
                reason = "PRAGMA \(name) with a value, which changes the connection"
            } else {
                reason = nil
            }
        case SQLITE_FUNCTION:
            let name = (second ?? "").lowercased()
            reason = Self.refusedFunctions.contains(name) ? "the function \(name)()" : nil
        default: reason = nil
        }
        guard let reason else { return SQLITE_OK }
        if refused == nil { refused = reason }
        return SQLITE_DENY
    }
}
