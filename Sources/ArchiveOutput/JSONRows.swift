import ArchiveStore

/// Rows as JSON objects keyed by column name, in column order; Chinese written as is (JSONValue).
enum JSONRows {
    static func objects(_ table: ResultTable) -> [JSONValue] {
        table.rows.indices.map { row in
            .object(table.columns.indices.map { (table.columns[$0], table.json(row: row, column: $0)) })
        }
    }

    static func value(_ table: ResultTable) -> JSONValue { .array(objects(table)) }

    /// One array, one object per line inside it (readable and still valid JSON).
    static func array(_ table: ResultTable) -> String {
        let lines = objects(table).map { $0.rendered }
        return lines.isEmpty ? "[]" : "[\n" + lines.joined(separator: ",\n") + "\n]"
    }

    static func lines(_ table: ResultTable) -> String {
        objects(table).map { $0.rendered + "\n" }.joined()
    }
}
