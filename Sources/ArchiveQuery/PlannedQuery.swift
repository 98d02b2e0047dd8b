import ArchiveStore

/// A planned SELECT. `source` is a subquery of the matching rows with all the view's columns;
/// `body` selects the output columns from it (no order, no limit) and is reused for facets.
public struct PlannedQuery: Sendable {
    public let subject: QuerySubject
    public let columns: [String]
    public let source: String
    public let parameters: [DatabaseValue]
    public let order: String
    public let limit: Int?

    public var body: String { "SELECT " + columns.map { "f.\($0)" }.joined(separator: ", ") + " FROM " + source + " f" }

    public var sql: String { body + " ORDER BY " + order + " LIMIT ?" }
    public var allParameters: [DatabaseValue] { parameters + [.integer(Int64(limit ?? -1))] }
    public var listColumns: Set<String> { subject.listColumns }
}
