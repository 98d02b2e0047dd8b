import ArchiveOutput
import ArchiveStore
import ArchiveText

/// `archivectl search`: documents containing every word, the latest meetings first, each with a
/// snippet around the first match. Words of three or more characters go through the trigram index,
/// shorter ones through instr() on the text (see FullText). Hits are ordered by their meeting's date
/// because that needs no second look at the texts and treats a one-character word as any other.
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
        // Order and cut on ids and dates alone, then read the texts of the hits shown: a common
        // word matches thousands of reports. A walk by date reads the texts anyway and keeps the
        // hits' rows as it goes.
        let rows = try latestHitsByWalking() ?? shownRows(try latestHits())
        let table = rows.map { row -> [DatabaseValue] in
            let text = row.string("normalized_text") ?? ""
            return [row["id"], row["date"], row["region"], row["title"], .text(Snippet.around(words, in: text))]
        }
        return ResultTable(columns: Self.columns, rows: table, markedColumns: ["snippet"])
    }

    /// What is shown of the documents `ids`, latest meeting first.
    func shownRows(_ ids: [Int64]) throws -> [Row] {
        let sql = """
            SELECT d.id, m.date, COALESCE(r.name, m.region_name) AS region, d.title, d.normalized_text
            FROM json_each(?) shown
            JOIN documents d ON d.id = shown.value
            LEFT JOIN meetings m ON m.document_id = d.id
            LEFT JOIN regions r ON r.code = m.region_code
            ORDER BY m.date DESC NULLS LAST, d.id DESC
            """
        return try connection.prepare(sql).rows([DatabaseValue.text("[" + ids.map(String.init).joined(separator: ",") + "]")])
    }

    /// The ids of the first `limit` hits, latest meeting first, from all of them.
    func latestHits() throws -> [Int64] {
        let hits = matchingDocuments()
        let sql = """
            SELECT hit.id AS id, (SELECT date FROM meetings WHERE document_id = hit.id) AS date
            FROM (\(hits.sql)) hit ORDER BY date DESC NULLS LAST, hit.id DESC LIMIT ?
            """
        return try connection.prepare(sql).rows(hits.values + [.integer(Int64(limit ?? -1))]).compactMap { $0["id"].int64Value }
    }

    /// For words all below a trigram, which no index finds: the rows of the first `limit` hits
    /// (as shownRows gives them), read off the reports in the order shown (meetings_by_date from
    /// the end) until that many are found. A common word needs a few dozen reports instead of all.
    /// Nil when the first `walkBudget` reports hold fewer: for a rare word, a scan in storage order
    /// is faster than reading every report in date order.
    func latestHitsByWalking(budget: Int? = nil) throws -> [Row]? {
        guard let limit, limit > 0, words.allSatisfy({ !FullText.indexed($0) }) else { return nil }
        let checks = words.map { FullText.scan($0, in: "d") }
        // CROSS JOIN keeps meetings outside, so the date index gives the order: SQLite sorts only
        // the reports of one date by document, and no sort waits for every row. The text (never
        // NULL) is returned for a hit only, so the others are not copied out.
        let sql = "SELECT d.id AS id, m.date AS date, COALESCE(r.name, m.region_name) AS region, d.title AS title, "
            + "CASE WHEN " + checks.map(\.sql).joined(separator: " AND ") + " THEN d.normalized_text END AS normalized_text "
            + "FROM meetings m CROSS JOIN documents d ON d.id = m.document_id "
            + "LEFT JOIN regions r ON r.code = m.region_code "
            + "ORDER BY m.date DESC, m.document_id DESC"
        let budget = budget ?? Self.walkBudget(limit: limit)
        var hits: [Row] = [], read = 0
        try connection.prepare(sql).forEachRow(checks.flatMap(\.values), while: { row in
            read += 1
            if row["normalized_text"] != .null { hits.append(row) }
            return hits.count < limit && read < budget
        })
        return hits.count == limit || read < budget ? hits : nil
    }

    /// Reports read in date order before a short word counts as rare.
    static func walkBudget(limit: Int) -> Int { min(100 * limit, 20_000) }

    /// A SELECT of the ids (column `id`) of the documents holding every word, with its values.
    func matchingDocuments() -> (sql: String, values: [DatabaseValue]) {
        let long = words.filter(FullText.indexed)
        let checks = words.filter { !FullText.indexed($0) }.map { FullText.scan($0, in: "d") }
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
        // The match is found in the UTF-8 bytes, as SQLite's instr() and LIKE found the hit, and
        // only the excerpt is walked by characters, never the whole report.
        var first: String.Index?
        for word in words where !word.isEmpty {
            if let match = text.firstUTF8Match(of: word) { first = min(first ?? match, match) }
        }
        guard let first else { return collapseSpaces(String(text.prefix(before + after))) }
        let lower = text.index(first, offsetBy: -before, limitedBy: text.startIndex) ?? text.startIndex
        let upper = text.index(first, offsetBy: after, limitedBy: text.endIndex) ?? text.endIndex
        var excerpt = String(text[lower..<upper])
        for word in words.sorted(by: { $0.count > $1.count }) where !word.isEmpty {
            excerpt = excerpt.replacingUTF8(word, with: MatchMarker.open + word + MatchMarker.close)
        }
        // A shorter word inside a longer one already marked would nest; undo the inner marks.
        excerpt = unnest(excerpt)
        excerpt = collapseSpaces(excerpt)
        return (lower > text.startIndex ? "…" : "") + excerpt + (upper < text.endIndex ? "…" : "")
    }

    /// Line breaks and runs of spaces as one space: a snippet is one line. Walked by scalars, not
    /// Characters: grapheme breaking and a property lookup per character were most of a search's
    /// own time.
    static func collapseSpaces(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.isBlank
            if isSpace { if !lastWasSpace { out.append(" ") } } else { out.append(scalar) }
            lastWasSpace = isSpace
        }
        return String(out)
    }

    static func unnest(_ text: String) -> String {
        let open = MatchMarker.open.unicodeScalars.first!, close = MatchMarker.close.unicodeScalars.first!
        var depth = 0
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == open { depth += 1; if depth == 1 { out.append(scalar) } }
            else if scalar == close { if depth == 1 { out.append(scalar) }; depth = max(0, depth - 1) }
            else { out.append(scalar) }
        }
        return String(out)
    }
}
