import ArchiveExtract
import ArchiveIngest
import ArchiveModel
import ArchiveQuery
import ArchiveResources
import ArchiveStore
import ArchiveText
import ArchiveThreads
/// Resolves document references and removes documents with everything they brought.
public enum DocumentRemoval {
    /// The id of the document an id or a prefix (four or more hex digits) of its sha256 names.
    public static func resolve(_ reference: String, connection: Connection) throws -> Int64 {
        if let number = Int64(reference),
           try !connection.rows("SELECT 1 FROM documents WHERE id = ?", [number]).isEmpty {
            return number
        }
        if reference.count >= 4, reference.allSatisfy(\.isHexDigit) {
            let prefix = reference.lowercased()
            let matches = try connection.rows(
                "SELECT id FROM documents WHERE sha256 >= ? AND sha256 < ? ORDER BY id LIMIT 2", [prefix, prefix + "g"])
            if matches.count > 1 {
                throw DocumentDetail.NotFound(message: "several documents' sha256 start with \(reference); give more digits")
            }
            if let id = matches.first?["id"].int64Value { return id }
        }
        throw DocumentDetail.NotFound(message: "no document \(reference) (give a document id or four or more hex digits of its sha256; `archivectl query` lists meetings with ids)")
    }

    /// Deletes the documents in one transaction; the schema's triggers (Migrations/0010) delete
    /// their facts. Corrections are kept: they apply again if the same bytes are ingested.
    public static func remove(_ ids: [Int64], connection: Connection) throws {
        try connection.transaction {
            for id in ids { try connection.execute("DELETE FROM documents WHERE id = ?", [id]) }
        }
    }
}
