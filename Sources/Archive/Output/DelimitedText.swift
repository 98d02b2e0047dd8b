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

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    static func tsvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) else { return text }
        // Scalar by scalar: a CRLF is one Character, in which replacing("\r", with:) finds no \r.
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: #"\\"#.unicodeScalars)
            case "\t": out.append(contentsOf: #"\t"#.unicodeScalars)
            case "\r": out.append(contentsOf: #"\r"#.unicodeScalars)
            case "\n": out.append(contentsOf: #"\n"#.unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
