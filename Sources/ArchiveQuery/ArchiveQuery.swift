import ArchiveOutput
import ArchiveStore

/// `archivectl query`: parse, plan and run a filter; rows or facets as a ResultTable.
public struct ArchiveQuery {
    public let connection: Connection
    public let filter: Filter
    public let planned: PlannedQuery

    /// Throws `FilterError` for a filter that cannot be read or names what the archive does not
    /// know, `QueryOptionError` for a bad --sort.
    public init(connection: Connection, filter text: String, options: QueryOptions = QueryOptions(),
                subject: QuerySubject? = nil) throws {
        self.connection = connection
        self.filter = try FilterParser.parse(text)
        self.planned = try QueryPlanner(connection: connection, filter: filter).plan(options, subject: subject)
    }

    public func rows() throws -> ResultTable {
        let rows = try connection.prepare(planned.sql).rows(planned.allParameters)
        return ResultTable(columns: planned.columns, rows: rows.map(\.values), listColumns: planned.listColumns)
    }

    /// Counts of the matching rows by the value of `column`, most frequent first (Datasette's
    /// facets). A list column (titles, roles) counts each element.
    public func facet(_ column: String) throws -> ResultTable {
        guard planned.columns.contains(column) else {
            throw QueryOptionError.unknownColumn(column, option: "--facet", in: planned.columns)
        }
        let sql: String
        if planned.listColumns.contains(column) {
            sql = "SELECT j.value AS \(column), count(*) AS count FROM (\(planned.body)) q, json_each(q.\(column)) j GROUP BY 1 ORDER BY 2 DESC, 1"
        } else {
            sql = "SELECT q.\(column) AS \(column), count(*) AS count FROM (\(planned.body)) q GROUP BY 1 ORDER BY 2 DESC, 1"
        }
        let rows = try connection.prepare(sql).rows(planned.parameters)
        return ResultTable(columns: [column, "count"], rows: rows.map(\.values))
    }

    /// SQLite's plan for the query, one line per step (for tests and `--explain`).
    public func queryPlan() throws -> [String] {
        try connection.prepare("EXPLAIN QUERY PLAN " + planned.sql).rows(planned.allParameters).compactMap { $0.string("detail") }
    }
}
