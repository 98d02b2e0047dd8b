import ArchiveOutput
import ArchiveStore

/// `archivectl stats`: what the archive holds, in titled tables.
public enum ArchiveStats {
    public static let waitingIndexesTitle =
        "indexes waiting to be built (an ingest runs or was killed; queries read whole tables until the next ingest builds them)"

    public static func sections(_ connection: Connection) throws -> [(title: String, table: ResultTable)] {
        var sections: [(title: String, table: ResultTable)] = []
        func add(_ title: String, _ sql: String) throws {
            sections.append((title, ResultTable(try connection.prepare(sql).rows(), columns: nil)))
        }
        // Indexes an ingest dropped (DeferredIndexes) explain slow queries: one runs, or was killed.
        if try DeferredIndexes.pending(connection) {
            try add(Self.waitingIndexesTitle, "SELECT name AS \"index\" FROM deferred_indexes ORDER BY name")
        }
        let tables = ["documents", "meetings", "people", "participations", "indicator_values", "goal_mentions",
                      "authors", "regions", "indicators", "indicator_aliases", "goals"]
        // Table names come from the list above, never from input.
        try add("tables", tables.map { "SELECT '\($0)' AS \"table\", count(*) AS rows FROM \($0)" }.joined(separator: " UNION ALL "))
        try add("meetings by level", """
            SELECT COALESCE(r.level, CASE WHEN m.region_name IS NULL THEN '(unknown)' ELSE '(not a division)' END) AS level,
                   count(*) AS meetings
            FROM meetings m LEFT JOIN regions r ON r.code = m.region_code GROUP BY 1 ORDER BY 2 DESC, 1
            """)
        try add("meetings by year", """
            SELECT CASE WHEN m.date GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(m.date, 1, 4) ELSE '(unknown)' END AS year,
                   count(*) AS meetings
            FROM meetings m GROUP BY 1 ORDER BY 1
            """)
        try add("indicator values by indicator", """
            SELECT COALESCE(v.indicator_code, '(other)') AS indicator, COALESCE(i.name, '') AS name,
                   sum(v.kind = 'actual') AS actual, sum(v.kind = 'target') AS target, count(*) AS total
            FROM indicator_values v LEFT JOIN indicators i ON i.code = v.indicator_code GROUP BY 1 ORDER BY 5 DESC, 1
            """)
        try add("goals by phrase", """
            SELECT phrase, sum(stance = 'goal') AS goal, sum(stance = 'achieved') AS achieved, count(DISTINCT meeting_id) AS meetings
            FROM goal_mentions GROUP BY 1 ORDER BY 4 DESC, 1
            """)
        try add("repairs", """
            SELECT j.value AS repair, count(*) AS documents FROM documents d, json_each(d.repairs) j GROUP BY 1 ORDER BY 2 DESC, 1
            """)
        try add("encodings", "SELECT encoding, script, count(*) AS documents FROM documents GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2")
        return sections
    }
}
