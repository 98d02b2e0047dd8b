import ArchiveOutput
import ArchiveStore

/// The flat form of the export's indicator values (docs/export.md, "Flat indicator facts"): one row
/// per value with its document, meeting and host, for pandas, R and Stata. The meeting's date is
/// also given as `year`, `month`, `day` numbers (year empty when unknown), as the views give it.
public enum IndicatorFactsTable {
    public static let columns = [
        "source", "sha256", "meeting", "date", "year", "month", "day",
        "host_region", "host_region_code", "host_level",
        "indicator", "name", "kind", "measure", "value", "unit", "comparator", "period", "period_year",
        "region", "region_code", "level", "evidence",
    ]

    static let sql = """
        SELECT d.source, d.sha256, f.meeting, f.date, f.year, f.month, f.day,
               coalesce(rm.name, m.region_name) AS host_region, m.region_code AS host_region_code, rm.level AS host_level,
               f.indicator, f.name, f.kind, f.measure, f.value, f.unit, f.comparator, f.period, f.period_year,
               f.region, f.region_code, f.level, f.evidence
        FROM indicator_facts f
        JOIN documents d ON d.id = f.document_id
        JOIN meetings m ON m.id = f.meeting_id
        LEFT JOIN regions rm ON rm.code = m.region_code
        ORDER BY f.document_id, f.id
        """

    /// Every indicator value of the archive, in ingest order.
    public static func read(_ connection: Connection) throws -> ResultTable {
        ResultTable(try connection.prepare(sql).rows([]), columns: columns)
    }
}
