import ArchiveModel

/// Reads archived documents back as Reports, in ingest order.
public struct ReportReader {
    package let connection: Connection

    /// The document columns a Report reads. An archive read as it is, from before Migrations/0010
    /// (a run killed while migrating), has no rules_version: read as NULL.
    private let documentColumns: String

    public init(connection: Connection) {
        self.connection = connection
        let hasRulesVersion = (try? connection.scalar(
            "SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'rules_version'").int64Value) == 1
        documentColumns = "id, sha256, source, title, published, publisher, encoding, script, repairs, "
            + (hasRulesVersion ? "rules_version" : "NULL AS rules_version")
    }

    public func forEachReport(_ body: (Report) throws -> Void) throws {
        let documents = try connection.prepare("SELECT \(documentColumns) FROM documents ORDER BY id")
        try documents.forEachRow { row in
            guard let id = row["id"].int64Value else { return }
            try body(try report(documentID: id, row: row))
        }
    }

    public func report(documentID id: Int64) throws -> Report? {
        guard let row = try connection.rows(
            "SELECT \(documentColumns) FROM documents WHERE id = ?", [id]).first
        else { return nil }
        return try report(documentID: id, row: row)
    }


    private func report(documentID id: Int64, row: Row) throws -> Report {
        let authors = try connection.rows("SELECT name FROM authors WHERE document_id = ? ORDER BY position", [id])
            .compactMap { $0.string("name") }
        let info = DocumentInfo(source: row.string("source") ?? "", sha256: row.string("sha256") ?? "",
                                title: row.string("title"), published: row.string("published"),
                                publisher: row.string("publisher"), authors: authors,
                                script: row.string("script") ?? "hans", repairs: JSON.strings(row.string("repairs")),
                                encoding: row.string("encoding") ?? "", rulesVersion: row.string("rules_version"))
        var report = Report(document: info)
        guard let meeting = try connection.rows("""
            SELECT m.*, r.level
            FROM meetings m LEFT JOIN regions r ON r.code = m.region_code WHERE m.document_id = ?
            """, [id]).first, let meetingID = meeting["id"].int64Value else { return report }
        // m.*: an archive read as it is, from before Migrations/0015, has no year_rule (read as NULL).
        report.meeting = Meeting(title: meeting.string("title"), date: meeting.string("date"),
                                 region: meeting.string("region_name").map {
                                     RegionRef(name: $0, code: meeting.string("region_code"), level: meeting.string("level"))
                                 }, kind: meeting.string("kind"), yearRule: meeting.string("year_rule"),
                                 yearEvidence: meeting.string("year_evidence"))
        report.people = try connection.rows("""
            SELECT p.name, x.titles, x.roles, x.evidence, x.start_offset, x.end_offset
            FROM participations x JOIN people p ON p.id = x.person_id WHERE x.meeting_id = ? ORDER BY x.position
            """, [meetingID]).map { row in
            Person(name: row.string("name") ?? "", titles: JSON.strings(row.string("titles")),
                   roles: JSON.strings(row.string("roles")), evidence: evidence(row))
        }
        report.indicators = try connection.rows("""
            SELECT v.*, r.level AS region_level FROM indicator_values v LEFT JOIN regions r ON r.code = v.region_code
            WHERE v.meeting_id = ? ORDER BY v.id
            """, [meetingID]).map { row in
            IndicatorValue(indicator: row.string("indicator_code"), name: row.string("name") ?? "",
                           kind: row.string("kind") ?? "", measure: row.string("measure") ?? "",
                           value: row.double("value") ?? 0, unit: row.string("unit") ?? "",
                           comparator: row.string("comparator") ?? "=", period: row.string("period"),
                           region: row.string("region_name").map {
                               RegionRef(name: $0, code: row.string("region_code"), level: row.string("region_level"))
                           },
                           evidence: evidence(row) ?? Evidence(sentence: "", start: 0, end: 0),
                           correction: row["correction_id"].int64Value)
        }
        report.goals = try connection.rows(
            "SELECT * FROM goal_mentions WHERE meeting_id = ? ORDER BY id", [meetingID]).map { row in
            GoalMention(phrase: row.string("phrase") ?? "", surface: row.string("surface") ?? "",
                        stance: row.string("stance") ?? "", evidence: evidence(row) ?? Evidence(sentence: "", start: 0, end: 0),
                        correction: row["correction_id"].int64Value)
        }
        return report
    }

    private func evidence(_ row: Row) -> Evidence? {
        guard let sentence = row.string("evidence") else { return nil }
        return Evidence(sentence: sentence, start: row.int("start_offset") ?? 0, end: row.int("end_offset") ?? 0)
    }
}
