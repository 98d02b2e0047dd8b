/// A plain-text table whose columns line up in a terminal even with Chinese in them: widths are
/// display columns (DisplayWidth), numbers are right-aligned.
enum TableText {
    static func render(_ table: ResultTable, bold: Bool) -> String {
        guard !table.columns.isEmpty else { return "" }
        let numeric = table.isNumeric
        let cells: [[String]] = table.rows.indices.map { row in
            table.columns.indices.map { column in
                let text = oneLine(table.text(row: row, column: column))
                return table.markedColumns.contains(table.columns[column]) ? MatchMarker.render(text, bold: bold) : text
            }
        }
        var widths = table.columns.map(DisplayWidth.of)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        func line(_ items: [String], header: Bool) -> String {
            var parts: [String] = []
            for (index, item) in items.enumerated() {
                parts.append(DisplayWidth.pad(item, to: widths[index], right: numeric[index] && !header))
            }
            // No trailing spaces when the last columns are left-aligned or empty.
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var out = line(table.columns, header: true) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row, header: false) + "\n" }
        return out
    }

    /// Line breaks and tabs inside a cell would break the grid.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) else { return text }
        return text.replacing("\r\n", with: " ").replacing("\n", with: " ")
            .replacing("\r", with: " ").replacing("\t", with: " ")
    }
}
