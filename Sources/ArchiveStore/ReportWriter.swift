import ArchiveModel
import ArchiveText
import FoundationEssentials

/// Writes one document and all its facts. The caller wraps it in a transaction: a document is
/// stored whole or not at all.
public struct ReportWriter {
    package let connection: Connection
    /// Statements and reference codes kept for the writer's life: an ingest writes some twenty rows
    /// per document, and finding each statement by its SQL text, or asking the archive whether a
    /// region code exists, cost as much as the inserts.
    private let memo: WriterMemo
    /// Recorded with every document written (documents.rules_version): the rules that made its facts.
    public let rulesVersion: String?
    /// Applied to every document's facts before they are written.
    public let corrections: CorrectionApplier

    public init(connection: Connection, rulesVersion: String? = nil) {
        self.connection = connection
        self.rulesVersion = rulesVersion
        memo = WriterMemo(connection: connection)
        corrections = CorrectionApplier(connection: connection)
    }

    /// True when a document with these bytes is already archived.
    public func contains(sha256: String) throws -> Bool {
        try memo.statement(.documentBySHA).exists([sha256])
    }

    /// Inserts the document and its facts; returns the new document id.
    @discardableResult
    public func write(_ report: Report, decoded: DecodedDocument, ingestedAt: Date = Date()) throws -> Int64 {
        try connection.cached(Self.insertDocuments(rows: 1))
            .execute(row: Self.documentValues(report, decoded: decoded, id: nil, ingestedAt: Self.timestamp(ingestedAt),
                                              rulesVersion: rulesVersion))
        let documentID = connection.lastInsertRowID
        try writeFacts(report, documentID: documentID)
        return documentID
    }

    /// Inserts several documents (not their facts) in one statement, with ids `firstID`, `firstID + 1` …
    /// One statement because FTS5 writes its pending index data out as a new segment at the start of
    /// every statement that opens a statement journal (as each insert into documents does, its
    /// trigger writing documents_fts): a statement per document makes a segment per document and
    /// the merging of those costs more than the rest of the store. The caller holds the transaction
    /// and then writes each document's facts with `writeFacts`.
    public func writeDocuments(_ documents: [(report: Report, decoded: DecodedDocument)], firstID: Int64,
                               ingestedAt: Date = Date()) throws {
        guard !documents.isEmpty else { return }
        let time = Self.timestamp(ingestedAt)
        var values: [DatabaseValue] = []
        values.reserveCapacity(documents.count * Self.documentColumns)
        for (offset, document) in documents.enumerated() {
            values += Self.documentValues(document.report, decoded: document.decoded, id: firstID + Int64(offset),
                                          ingestedAt: time, rulesVersion: rulesVersion)
        }
        let sql = Self.insertDocuments(rows: documents.count)
        // Full batches repeat one size, worth keeping prepared; a last, short batch is prepared once.
        let statement = documents.count == 1 || documents.count % 64 == 0
            ? try connection.cached(sql) : try connection.prepare(sql)
        try statement.execute(row: values)
    }

    /// The id the next document would get: one past the largest (the rowid b-tree's last entry).
    public func nextDocumentID() throws -> Int64 {
        (try connection.scalar("SELECT max(id) FROM documents").int64Value ?? 0) + 1
    }

    private static let documentColumns = 15

    private static func insertDocuments(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: documentColumns).joined(separator: ", ") + ")"
        return """
            INSERT INTO documents(id, sha256, source, title, published, publisher, encoding, script, repairs,
                                  original_text, normalized_text, offset_map, ingested_at, rules_version,
                                  extraction_input)
            VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
            """
    }

    private static func documentValues(_ report: Report, decoded: DecodedDocument, id: Int64?,
                                       ingestedAt: String, rulesVersion: String?) -> [DatabaseValue] {
        let document = report.document
        return [DatabaseValue(id), DatabaseValue(document.sha256), DatabaseValue(document.source),
                DatabaseValue(document.title), DatabaseValue(document.published), DatabaseValue(document.publisher),
                DatabaseValue(document.encoding), DatabaseValue(document.script), DatabaseValue(JSON.array(document.repairs)),
                DatabaseValue(storedOriginal(decoded)), DatabaseValue(decoded.normalized.text),
                OffsetMapCoding.encode(decoded.normalized), DatabaseValue(ingestedAt), DatabaseValue(rulesVersion),
                DatabaseValue(ExtractionInput(decoded).stored)]
    }

    /// The original text as stored: nil when it is the normalized text byte for byte (Migrations/0006).
    /// Bytes, not String ==, which calls canonically equivalent texts equal.
    static func storedOriginal(_ decoded: DecodedDocument) -> String? {
        let same = decoded.original.hasSameUTF8(as: decoded.normalized.text)
        return same ? nil : decoded.original
    }

    /// ISO 8601 in UTC, e.g. 2024-05-01T08:30:00Z. A format style, not an ISO8601DateFormatter: making
    /// one of those per document cost a tenth of the ingest time.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }

    /// The facts of a document already inserted: authors, meeting, people, values, goals.
    /// The document's corrections are applied first, unless `correctionsApplied` says the caller did.
    public func writeFacts(_ report: Report, documentID: Int64, correctionsApplied: Bool = false) throws {
        var report = report
        if !correctionsApplied { try corrections.apply(to: &report, documentID: documentID, record: true) }
        let document = report.document
        for (position, name) in document.authors.enumerated() {
            try memo.statement(.author).execute(row: [DatabaseValue(documentID), DatabaseValue(position), DatabaseValue(name)])
        }

        let meeting = report.meeting
        try memo.statement(.meeting).execute(row: [
            DatabaseValue(documentID), DatabaseValue(meeting.title), DatabaseValue(meeting.date),
            DatabaseValue(try memo.knownRegion(meeting.region?.code)), DatabaseValue(meeting.region?.name),
            DatabaseValue(meeting.kind)])
        let meetingID = connection.lastInsertRowID
        // Only the few meetings whose year the content fixed have these (Migrations/0015).
        if meeting.yearRule != nil || meeting.yearEvidence != nil {
            try memo.statement(.meetingYear).execute(row: [
                DatabaseValue(meeting.yearRule), DatabaseValue(meeting.yearEvidence), DatabaseValue(meetingID)])
        }

        for (position, person) in report.people.enumerated() {
            try memo.statement(.participation).execute(row: [
                DatabaseValue(meetingID), DatabaseValue(documentID), DatabaseValue(try personID(person.name)),
                DatabaseValue(position), DatabaseValue(JSON.array(person.titles)), DatabaseValue(JSON.array(person.roles)),
                DatabaseValue(person.evidence?.sentence), DatabaseValue(person.evidence?.start),
                DatabaseValue(person.evidence?.end)])
        }

        for value in report.indicators {
            try memo.statement(.indicatorValue).execute(row: [
                DatabaseValue(meetingID), DatabaseValue(documentID), DatabaseValue(try memo.knownRegion(value.region?.code)),
                DatabaseValue(value.region?.name), DatabaseValue(try memo.knownIndicator(value.indicator)),
                DatabaseValue(value.name), DatabaseValue(value.kind), DatabaseValue(value.measure), DatabaseValue(value.value),
                DatabaseValue(value.unit), DatabaseValue(value.comparator), DatabaseValue(value.period),
                DatabaseValue(value.evidence.sentence), DatabaseValue(value.evidence.start), DatabaseValue(value.evidence.end),
                DatabaseValue(value.correction)])
        }

        for goal in report.goals {
            try memo.statement(.goal).execute(row: [
                DatabaseValue(meetingID), DatabaseValue(documentID), DatabaseValue(try memo.knownGoal(goal.phrase)), DatabaseValue(goal.surface),
                DatabaseValue(goal.stance), DatabaseValue(goal.evidence.sentence), DatabaseValue(goal.evidence.start),
                DatabaseValue(goal.evidence.end), DatabaseValue(goal.correction)])
        }
    }

    /// The person's id, the row made on first mention. Inserted first, looked up only when the name
    /// is there already: most names in a run are new (445,000 of 641,000 mentions in 100,000
    /// generated reports), and each then costs one search of the names' index instead of two.
    private func personID(_ name: String) throws -> Int64? {
        try memo.statement(.personIfNew).execute(row: [DatabaseValue(name)])
        if connection.changes == 1 { return connection.lastInsertRowID }
        return try memo.statement(.personByName).firstInteger([name])
    }
}

/// What a ReportWriter keeps between documents: its prepared statements, and the codes of the
/// regions, indicators and goals tables (read once; a value naming a code outside them keeps its
/// name only, a goal outside them fails its document). An ingest stores rows with SQLite's
/// reference checks off (BulkLoad), so these checks are the ones every reference gets.
final class WriterMemo {
    enum Kind: Int, CaseIterable {
        case documentBySHA, author, meeting, meetingYear, personByName, personIfNew, participation, indicatorValue, goal

        var sql: String {
            switch self {
            case .documentBySHA: "SELECT 1 FROM documents WHERE sha256 = ?"
            case .author: "INSERT INTO authors(document_id, position, name) VALUES (?, ?, ?)"
            case .meeting: "INSERT INTO meetings(document_id, title, date, region_code, region_name, kind) VALUES (?, ?, ?, ?, ?, ?)"
            case .meetingYear: "UPDATE meetings SET year_rule = ?, year_evidence = ? WHERE id = ?"
            case .personByName: "SELECT id FROM people WHERE name = ?"
            case .personIfNew: "INSERT OR IGNORE INTO people(name) VALUES (?)"
            case .participation: """
                INSERT OR IGNORE INTO participations(meeting_id, document_id, person_id, position, titles, roles,
                                                     evidence, start_offset, end_offset)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
            case .indicatorValue: """
                INSERT INTO indicator_values(meeting_id, document_id, region_code, region_name, indicator_code, name,
                                             kind, measure, value, unit, comparator, period, evidence,
                                             start_offset, end_offset, correction_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
            case .goal: """
                INSERT INTO goal_mentions(meeting_id, document_id, phrase, surface, stance, evidence,
                                          start_offset, end_offset, correction_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
            }
        }
    }

    private let connection: Connection
    private var statements: [Statement?] = Array(repeating: nil, count: Kind.allCases.count)
    private var regionCodes: Set<String>?
    private var indicatorCodes: Set<String>?
    private var goalPhrases: Set<String>?

    init(connection: Connection) { self.connection = connection }

    func statement(_ kind: Kind) throws -> Statement {
        if let statement = statements[kind.rawValue] { return statement }
        let statement = try connection.prepare(kind.sql)
        statements[kind.rawValue] = statement
        return statement
    }

    /// A code the regions table holds, else nil (the name is still stored beside it).
    func knownRegion(_ code: String?) throws -> String? {
        guard let code else { return nil }
        if regionCodes == nil { regionCodes = try codes("SELECT code FROM regions") }
        return regionCodes!.contains(code) ? code : nil
    }

    func knownIndicator(_ code: String?) throws -> String? {
        guard let code else { return nil }
        if indicatorCodes == nil { indicatorCodes = try codes("SELECT code FROM indicators") }
        return indicatorCodes!.contains(code) ? code : nil
    }

    /// The phrase, when the goals table holds it. An archive made with an older goals.tsv may not:
    /// the document then fails with a reason, as SQLite's reference check would have failed it.
    func knownGoal(_ phrase: String) throws -> String {
        if goalPhrases == nil { goalPhrases = try codes("SELECT phrase AS code FROM goals") }
        guard goalPhrases!.contains(phrase) else {
            throw ReportRejection(reason: "its goal \(phrase) is not in this archive's goals table (made with another data/goals.tsv)")
        }
        return phrase
    }

    private func codes(_ sql: String) throws -> Set<String> {
        Set(try connection.rows(sql).compactMap { $0.string("code") })
    }
}

/// Why the archive cannot take a report whose facts it otherwise holds; the reason reads after the file's name.
public struct ReportRejection: Error, CustomStringConvertible, Sendable {
    public let reason: String
    public var description: String { reason }
}

/// JSON arrays of strings as the schema stores titles, roles and repairs: UTF-8, Chinese unescaped.
public enum JSON {
    public static func array(_ strings: [String]) -> String {
        JSONValue.strings(strings).rendered
    }
}

/// The offset map as a BLOB of little-endian 32-bit offsets; NULL when the text is its own original.
package enum OffsetMapCoding {
    package static func encode(_ text: NormalizedText) -> DatabaseValue {
        if text.isIdentity { return .null }
        let offsets = text.originalOffsets
        // Written in place: appending four-byte arrays per offset allocated once per character.
        let bytes = [UInt8](unsafeUninitializedCapacity: offsets.count * 4) { buffer, count in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            for (index, offset) in offsets.enumerated() {
                raw.storeBytes(of: UInt32(truncatingIfNeeded: offset).littleEndian, toByteOffset: index * 4, as: UInt32.self)
            }
            count = offsets.count * 4
        }
        return .blob(bytes)
    }

    package static func decode(_ value: DatabaseValue, text: String) -> NormalizedText {
        guard case .blob(let bytes) = value, bytes.count == (text.unicodeScalars.count + 1) * 4 else {
            return NormalizedText(identity: text)
        }
        var offsets: [Int] = []
        offsets.reserveCapacity(bytes.count / 4)
        for i in stride(from: 0, to: bytes.count, by: 4) {
            offsets.append(Int(UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24))
        }
        return NormalizedText(text: text, originalOffsets: offsets)
    }
}
