import ArchiveModel
import ArchiveOutput
import ArchiveStore
import ArchiveText

/// `archivectl show`: everything archived for one document (or the meeting it reports), grouped,
/// each fact with its evidence sentence and, on request, the span of the original text it came
/// from (through the offset map).
public struct DocumentDetail {
    public let documentID: Int64
    public let meetingID: Int64?
    public let report: Report
    let original: String
    let normalized: NormalizedText

    public struct NotFound: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
        package init(message: String) { self.message = message }
    }

    /// A document by id or by a prefix (four or more hex digits) of its sha256.
    public init(connection: Connection, document reference: String) throws {
        var id: Int64?
        if let number = Int64(reference),
           try !connection.rows("SELECT 1 FROM documents WHERE id = ?", [number]).isEmpty {
            id = number
        } else if reference.count >= 4, reference.allSatisfy(\.isHexDigit) {
            let prefix = reference.lowercased()
            let matches = try connection.rows(
                "SELECT id FROM documents WHERE sha256 >= ? AND sha256 < ? ORDER BY id LIMIT 2", [prefix, prefix + "g"])
            if matches.count > 1 { throw NotFound(message: "several documents' sha256 start with \(reference); give more digits") }
            id = matches.first?["id"].int64Value
        }
        guard let id else {
            throw NotFound(message: "no document \(reference) (give a document id or four or more hex digits of its sha256; `archivectl query` lists meetings with ids)")
        }
        try self.init(connection: connection, documentID: id)
    }

    public init(connection: Connection, meeting id: Int64) throws {
        guard let document = try connection.scalar("SELECT document_id FROM meetings WHERE id = ?", [id]).int64Value else {
            throw NotFound(message: "no meeting \(id) (`archivectl query` lists meetings with their ids)")
        }
        try self.init(connection: connection, documentID: document)
    }

    init(connection: Connection, documentID: Int64) throws {
        guard let report = try ReportReader(connection: connection).report(documentID: documentID),
              // No original is stored when it is the normalized text (Migrations/0006).
              let row = try connection.rows("""
                  SELECT COALESCE(original_text, normalized_text) AS original_text, normalized_text, offset_map
                  FROM documents WHERE id = ?
                  """, [documentID]).first
        else { throw NotFound(message: "no document \(documentID)") }
        self.documentID = documentID
        self.report = report
        self.meetingID = try connection.scalar("SELECT id FROM meetings WHERE document_id = ?", [documentID]).int64Value
        self.original = row.string("original_text") ?? ""
        self.normalized = OffsetMapCoding.decode(row["offset_map"], text: row.string("normalized_text") ?? "")
    }

    /// The original text a span of the normalized text came from.
    public func originalText(of evidence: Evidence) -> String {
        let range = normalized.originalRange(of: evidence.start..<max(evidence.start, evidence.end))
        let scalars = Array(original.unicodeScalars)
        let lower = min(range.lowerBound, scalars.count), upper = min(range.upperBound, scalars.count)
        return String(scalars: scalars[lower..<upper])
    }

    /// A plain-text account, fact by fact.
    public func rendered(original showOriginal: Bool) -> String {
        var out = ""
        let d = report.document, m = report.meeting
        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            out += "  " + DisplayWidth.pad(name, to: 10) + " " + value + "\n"
        }
        func evidence(_ evidence: Evidence?) {
            guard let evidence, !evidence.sentence.isEmpty else { return }
            out += "      「\(evidence.sentence)」 [\(evidence.start)..<\(evidence.end)]\n"
            if showOriginal {
                out += "      original: 「\(originalText(of: evidence))」\n"
            }
        }
        out += "document \(documentID)\n"
        field("source", d.source)
        field("sha256", d.sha256)
        field("title", d.title)
        field("published", d.published)
        field("publisher", d.publisher)
        field("authors", d.authors.joined(separator: "、"))
        field("encoding", d.encoding)
        field("script", d.script)
        field("repairs", d.repairs.isEmpty ? "none" : d.repairs.joined(separator: ", "))
        field("rules", d.rulesVersion)
        out += "\nmeeting \(meetingID.map(String.init) ?? "-")\n"
        field("title", m.title)
        field("date", m.date)
        if let region = m.region {
            field("region", region.name + ([region.code, region.level].compactMap { $0 }.isEmpty ? ""
                : " (" + [region.code, region.level].compactMap { $0 }.joined(separator: ", ") + ")"))
        }
        field("kind", m.kind)
        out += "\npeople (\(report.people.count))\n"
        for person in report.people {
            out += "  \(person.name)  \(person.titles.joined(separator: "、"))  \(person.roles.joined(separator: "、"))\n"
            evidence(person.evidence)
        }
        out += "\nindicators (\(report.indicators.count))\n"
        for value in report.indicators {
            let comparator = value.comparator == "=" ? "" : value.comparator
            let parts = [value.indicator ?? "-", value.name, value.kind, value.measure,
                         comparator + CellText.number(value.value) + value.unit, value.period ?? "", value.region?.name ?? "",
                         value.correction.map { "[source: correction \($0)]" } ?? ""]
            out += "  " + parts.filter { !$0.isEmpty }.joined(separator: "  ") + "\n"
            evidence(value.evidence)
        }
        out += "\ngoals (\(report.goals.count))\n"
        for goal in report.goals {
            out += "  \(goal.phrase)  \(goal.stance)" + (goal.surface != goal.phrase ? "  (\(goal.surface))" : "")
                + (goal.correction.map { "  [source: correction \($0)]" } ?? "") + "\n"
            evidence(goal.evidence)
        }
        return out
    }

    /// The export record (spec/export.md) with the archive's ids in front.
    public func json() -> JSONValue {
        guard case .object(let fields) = ExportRecord.json(report) else { return ExportRecord.json(report) }
        return .object([("id", .number(Double(documentID))), ("meeting_id", meetingID.map { .number(Double($0)) } ?? .null)] + fields)
    }
}
