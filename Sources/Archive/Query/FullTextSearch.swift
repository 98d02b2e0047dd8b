/// `archivectl search`: documents containing every word, best first, each with a snippet around
/// the first match. Words of three or more characters go through the trigram FTS index (ranked by
/// bm25); shorter ones through instr() on the text (ranked by how often the word occurs), since a
/// trigram index cannot look up one or two characters.
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
        let long = words.filter { $0.count >= 3 }
        let short = words.filter { $0.count < 3 }
        var conditions: [String] = []
        var values: [DatabaseValue] = []
        let from: String
        let order: String
        if !long.isEmpty {
            from = "documents_fts JOIN documents d ON d.id = documents_fts.rowid"
            conditions.append("documents_fts MATCH ?")
            values.append(.text(long.map(FullText.phrase).joined(separator: " ")))
            order = "bm25(documents_fts), d.id"
        } else {
            from = "documents d"
            order = "(length(d.normalized_text) - length(replace(d.normalized_text, ?, ''))) DESC, d.id"
        }
        for word in short {
            conditions.append("(instr(d.normalized_text, ?) > 0 OR instr(coalesce(d.title, ''), ?) > 0)")
            values += [.text(word), .text(word)]
        }
        if long.isEmpty { values.append(.text(short[0])) }
        values.append(.integer(Int64(limit ?? -1)))
        let sql = """
            SELECT d.id, m.date, COALESCE(r.name, m.region_name) AS region, d.title, d.normalized_text
            FROM \(from)
            LEFT JOIN meetings m ON m.document_id = d.id
            LEFT JOIN regions r ON r.code = m.region_code
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(order) LIMIT ?
            """
        let rows = try connection.prepare(sql).rows(values)
        let table = rows.map { row -> [DatabaseValue] in
            let text = row.string("normalized_text") ?? ""
            return [row["id"], row["date"], row["region"], row["title"], .text(Snippet.around(words, in: text))]
        }
        return ResultTable(columns: Self.columns, rows: table, markedColumns: ["snippet"])
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
        guard let first else { return String(characters.prefix(before + after)).replacingOccurrences(of: "\n", with: " ") }
        let lower = max(0, first - before), upper = min(characters.count, first + after)
        var excerpt = String(characters[lower..<upper])
        for word in words.sorted(by: { $0.count > $1.count }) {
            excerpt = excerpt.replacingOccurrences(of: word, with: MatchMarker.open + word + MatchMarker.close)
        }
        // A shorter word inside a longer one already marked would nest; undo the inner marks.
        excerpt = unnest(excerpt)
        excerpt = excerpt.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        return (lower > 0 ? "…" : "") + excerpt + (upper < characters.count ? "…" : "")
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
