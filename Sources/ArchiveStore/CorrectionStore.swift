import ArchiveModel
import ArchiveText
import FoundationEssentials

/// The corrections table: making, listing and reverting corrections.
public struct CorrectionStore {
    package let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// A document's corrections still in force, in the order they were made.
    public func active(sha256: String) throws -> [Correction] {
        try connection.rows("SELECT * FROM corrections WHERE document_sha256 = ? AND reverted_at IS NULL ORDER BY id", [sha256])
            .map(Self.correction)
    }

    /// Every correction (reverted ones too), in the order made; `document` limits them to one sha256.
    public func all(sha256: String? = nil) throws -> [Correction] {
        if let sha256 {
            return try connection.rows("SELECT * FROM corrections WHERE document_sha256 = ? ORDER BY id", [sha256]).map(Self.correction)
        }
        return try connection.rows("SELECT * FROM corrections ORDER BY id").map(Self.correction)
    }

    public func correction(id: Int64) throws -> Correction? {
        try connection.rows("SELECT * FROM corrections WHERE id = ?", [id]).first.map(Self.correction)
    }

    /// Records a correction; returns its id. The caller applies it (extracts the document again).
    public func insert(sha256: String, action: Correction.Action, kind: Correction.FactKind, target: FactTarget?,
                       field: String?, value: String?, fact: AddedFact?, author: String, reason: String,
                       at date: Date = Date()) throws -> Int64 {
        try connection.execute("""
            INSERT INTO corrections(document_sha256, action, fact_kind, target, field, value, fact, author, reason, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [sha256, action.rawValue, kind.rawValue, target?.json, field, value, fact?.json, author, reason,
                  date.formatted(Date.ISO8601FormatStyle())])
        return connection.lastInsertRowID
    }

    /// Marks a correction reverted; false when it was already.
    public func revert(id: Int64, at date: Date = Date()) throws -> Bool {
        try connection.execute("UPDATE corrections SET reverted_at = ? WHERE id = ? AND reverted_at IS NULL",
                               [date.formatted(Date.ISO8601FormatStyle()), id])
        return connection.changes == 1
    }

    package static func correction(_ row: Row) -> Correction {
        Correction(id: row["id"].int64Value ?? 0, documentSHA256: row.string("document_sha256") ?? "",
                   action: Correction.Action(rawValue: row.string("action") ?? "") ?? .set,
                   factKind: Correction.FactKind(rawValue: row.string("fact_kind") ?? "") ?? .indicator,
                   target: FactTarget.read(row.string("target")), field: row.string("field"), value: row.string("value"),
                   fact: AddedFact.read(row.string("fact")), author: row.string("author") ?? "",
                   reason: row.string("reason") ?? "", createdAt: row.string("created_at") ?? "",
                   revertedAt: row.string("reverted_at"), status: row.string("status"))
    }
}
