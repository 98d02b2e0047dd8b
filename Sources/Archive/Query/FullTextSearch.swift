/// `archivectl search`: documents containing every word, the latest meetings first, each with a
/// snippet around the first match. Words of three or more characters go through the trigram index,
/// shorter ones through instr() on the text (see FullText). Hits are ordered by their meeting's date
/// because that needs no second look at the texts: the index keeps no positions, and bm25 on such an
/// index tokenizes every hit again (300 ms for a common word in 10,000 reports).
public struct FullTextSearch {
    public let connection: Connection
    public let words: [String]
    public let limit: Int?

    public static let columns = ["id", "date", "region", "title", "snippet"]

    public init(connection: Connection, words: [String], limit: Int? = 20) throws {
        let split = words.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).map(String.init) }
        guard !split.isEmpty else { throw QueryOptionError("give at least one word to search for") }
        self.connection = connection
        self.words = split
        self.limit = limit
    }

    public func run() throws -> ResultTable {
        let (hits, values) = matchingDocuments()
        // Order and cut on ids and dates alone, then fetch the texts of the hits shown: a common
        // word matches thousands of reports.
        let sql = """
            SELECT d.id, m.date, COALESCE(r.name, m.region_name) AS region, d.title, d.normalized_text
            FROM (SELECT hit.id AS id, (SELECT date FROM meetings WHERE document_id = hit.id) AS date
                  FROM (\(hits)) hit ORDER BY date DESC NULLS LAST, hit.id DESC LIMIT ?) shown
            JOIN documents d ON d.id = shown.id
            LEFT JOIN meetings m ON m.document_id = d.id
            LEFT JOIN regions r ON r.code = m.region_code
            ORDER BY shown.date DESC NULLS LAST, d.id DESC
            """
        let rows = try connection.prepare(sql).rows(values + [.integer(Int64(limit ?? -1))])
        let table = rows.map { row -> [DatabaseValue] in
            let text = row.string("normalized_text") ?? ""
            return [row["id"], row["date"], row["region"], row["title"], .text(Snippet.around(words, in: text))]
        }
        return ResultTable(columns: Self.columns, rows: table, markedColumns: ["snippet"])
    }

    /// A SELECT of the ids (column `id`) of the documents holding every word, with its values.
    func matchingDocuments() -> (sql: String, values: [DatabaseValue]) {
        let long = words.filter(FullText.indexed)
        let checks = long.filter(FullText.needsCheck).map { FullText.check($0, in: "d") }
            + words.filter { !FullText.indexed($0) }.map { FullText.scan($0, in: "d") }
        let conditions = checks.map(\.sql)
        let values = checks.flatMap(\.values)
        guard !long.isEmpty else {
            return ("SELECT d.id AS id FROM documents d WHERE " + conditions.joined(separator: " AND "), values)
        }
        let match = DatabaseValue.text(long.map(FullText.query).joined(separator: " AND "))
        if conditions.isEmpty {
            // The index alone answers: no document row is read.
            return ("SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ?", [match])
        }
        return ("SELECT d.id AS id FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
                + "WHERE documents_fts MATCH ? AND " + conditions.joined(separator: " AND "), [match] + values)
    }
}

/// A short excerpt around the first match, every match in it wrapped in MatchMarker delimiters.
public enum Snippet {
    public static func around(_ words: [String], in text: String, before: Int = 20, after: Int = 40) -> String {
        let characters = Array(text)
        var first: Int?
        for word in words {
            if let range = text.range(of: word) {
                let offset = text.distance(from: text.startIndex, to: range.lowerBound)
                first = min(first ?? offset, offset)
            }
        }
        guard let first else { return collapseSpaces(String(characters.prefix(before + after))) }
        let lower = max(0, first - before), upper = min(characters.count, first + after)
        var excerpt = String(characters[lower..<upper])
        for word in words.sorted(by: { $0.count > $1.count }) {
            excerpt = excerpt.replacingOccurrences(of: word, with: MatchMarker.open + word + MatchMarker.close)
        }
        // A shorter word inside a longer one already marked would nest; undo the inner marks.
        excerpt = unnest(excerpt)
        excerpt = collapseSpaces(excerpt)
        return (lower > 0 ? "…" : "") + excerpt + (upper < characters.count ? "…" : "")
    }

    /// Line breaks and runs of spaces as one space: a snippet is one line.
    static func collapseSpaces(_ text: String) -> String {
        var out = ""
        var lastWasSpace = false
        for character in text {
            let isSpace = character.isWhitespace
            if isSpace { if !lastWasSpace { out.append(" ") } } else { out.append(character) }
            lastWasSpace = isSpace
        }
        return out
    }

    static func unnest(_ text: String) -> String {
        var depth = 0
        var out = ""
        for character in text {
            let s = String(character)
            if s == MatchMarker.open { depth += 1; if depth == 1 { out += s } }
            else if s == MatchMarker.close { if depth == 1 { out += s }; depth = max(0, depth - 1) }
            else { out.append(character) }
        }
        return out
    }
}
