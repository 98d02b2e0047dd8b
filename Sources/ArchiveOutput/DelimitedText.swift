/// CSV (RFC 4180: quoted when needed, CRLF-free so Unix tools read it) and TSV (tabs and line
/// breaks inside a cell written as \t and \n, the convention of sqlite3 and PostgreSQL's COPY).
enum DelimitedText {
    static func csv(_ table: ResultTable) -> String {
        var out = table.columns.map(csvField).joined(separator: ",") + "\n"
        for row in table.rows.indices {
            out += table.columns.indices.map { csvField(plain(table, row, $0)) }.joined(separator: ",") + "\n"
        }
        return out
    }

    static func tsv(_ table: ResultTable) -> String {
        var out = table.columns.map(tsvField).joined(separator: "\t") + "\n"
        for row in table.rows.indices {
            out += table.columns.indices.map { tsvField(plain(table, row, $0)) }.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Piped output marks a match with […] so it survives in a file.
    private static func plain(_ table: ResultTable, _ row: Int, _ column: Int) -> String {
        let text = table.text(row: row, column: column)
        return table.markedColumns.contains(table.columns[column]) ? MatchMarker.render(text, bold: false) : text
    }

    // Checked and replaced as bytes: as Characters, "\r\n" is one that equals neither "\r" nor "\n".
    static func csvField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return text }
        return "\"" + text.replacingUTF8("\"", with: "\"\"") + "\""
    }

    static func tsvField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == UInt8(ascii: "\\") }) else { return text }
        return text.replacingUTF8("\\", with: "\\\\").replacingUTF8("\t", with: "\\t")
            .replacingUTF8("\r", with: "\\r").replacingUTF8("\n", with: "\\n")
    }
}
