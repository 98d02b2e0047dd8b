/// Asks the archive whether a digest is stored, on a read-only connection of the worker's own
/// (connections are not shared between threads). In WAL mode it reads beside the writer.
package final class ArchivedDigests {
    private let connection: Connection?

    /// With no path, or an in-memory or temporary archive (private to its connection), the writer
    /// checks alone.
    package init(path: String?) {
        guard let path, !Connection.isPrivate(path) else { connection = nil; return }
        connection = try? Connection(path: path, mode: .readOnly)
    }

    package func contains(_ sha256: String) -> Bool {
        guard let connection else { return false }
        return (try? !connection.rows("SELECT 1 FROM documents WHERE sha256 = ?", [sha256]).isEmpty) ?? false
    }
}
