/// A GitHub-flavoured Markdown table; | and line breaks inside cells are escaped.
enum MarkdownTable {
    static func render(_ table: ResultTable) -> String {
        guard !table.columns.isEmpty else { return "" }
        let numeric = table.isNumeric
        var out = "| " + table.columns.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows.indices {
            let cells = table.columns.indices.map { column -> String in
                let text = table.text(row: row, column: column)
                let marked = table.markedColumns.contains(table.columns[column])
                    ? text.replacing(MatchMarker.open, with: "**").replacing(MatchMarker.close, with: "**")
                    : text
                return escape(marked)
            }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    static func escape(_ text: String) -> String {
        text.replacing("|", with: "\\|").replacing("\r\n", with: "<br>")
            .replacing("\n", with: "<br>")
    }
}
