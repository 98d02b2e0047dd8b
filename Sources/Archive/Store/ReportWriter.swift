import Foundation

/// Writes one document and all its facts. The caller wraps it in a transaction: a document is
/// stored whole or not at all.
public struct ReportWriter {
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// True when a document with these bytes is already archived.
    public func contains(sha256: String) throws -> Bool {
        try !connection.rows("SELECT 1 FROM documents WHERE sha256 = ?", [sha256]).isEmpty
    }

    /// Inserts the document and its facts; returns the new document id.
    @discardableResult
    public func write(_ report: Report, decoded: DecodedDocument, ingestedAt: Date = Date()) throws -> Int64 {
        let document = report.document
        try connection.execute("""
            INSERT INTO documents(sha256, source, title, published, publisher, encoding, script, repairs,
                                  original_text, normalized_text, offset_map, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [document.sha256, document.source, document.title, document.published, document.publisher,
                  document.encoding, document.script, JSON.array(document.repairs), decoded.original,
                  decoded.normalized.text, OffsetMapCoding.encode(decoded.normalized),
                  ISO8601DateFormatter().string(from: ingestedAt)])
        let documentID = connection.lastInsertRowID

        for (position, name) in document.authors.enumerated() {
            try connection.execute("INSERT INTO authors(document_id, position, name) VALUES (?, ?, ?)",
                                   [documentID, position, name])
        }

        let meeting = report.meeting
        try connection.execute("""
            INSERT INTO meetings(document_id, title, date, region_code, region_name, kind) VALUES (?, ?, ?, ?, ?, ?)
            """, [documentID, meeting.title, meeting.date, try knownRegion(meeting.region?.code),
                  meeting.region?.name, meeting.kind])
        let meetingID = connection.lastInsertRowID

        for (position, person) in report.people.enumerated() {
            try connection.execute("INSERT OR IGNORE INTO people(name) VALUES (?)", [person.name])
            let personID = try connection.scalar("SELECT id FROM people WHERE name = ?", [person.name]).int64Value
            try connection.execute("""
                INSERT OR IGNORE INTO participations(meeting_id, document_id, person_id, position, titles, roles,
                                                     evidence, start_offset, end_offset)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [meetingID, documentID, personID, position, JSON.array(person.titles), JSON.array(person.roles),
                      person.evidence?.sentence, person.evidence?.start, person.evidence?.end])
        }

        for value in report.indicators {
            try connection.execute("""
                INSERT INTO indicator_values(meeting_id, document_id, region_code, region_name, indicator_code, name,
                                             kind, measure, value, unit, comparator, period, evidence,
                                             start_offset, end_offset)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [meetingID, documentID, try knownRegion(value.region?.code), value.region?.name,
                      try knownIndicator(value.indicator), value.name, value.kind, value.measure, value.value,
                      value.unit, value.comparator, value.period, value.evidence.sentence, value.evidence.start,
                      value.evidence.end])
        }

        for goal in report.goals {
            try connection.execute("""
                INSERT INTO goal_mentions(meeting_id, document_id, phrase, surface, stance, evidence,
                                          start_offset, end_offset)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [meetingID, documentID, goal.phrase, goal.surface, goal.stance, goal.evidence.sentence,
                      goal.evidence.start, goal.evidence.end])
        }
        return documentID
    }

    /// A code the regions table holds, else nil (the name is still stored beside it).
    private func knownRegion(_ code: String?) throws -> String? {
        guard let code else { return nil }
        return try connection.rows("SELECT 1 FROM regions WHERE code = ?", [code]).isEmpty ? nil : code
    }

    private func knownIndicator(_ code: String?) throws -> String? {
        guard let code else { return nil }
        return try connection.rows("SELECT 1 FROM indicators WHERE code = ?", [code]).isEmpty ? nil : code
    }
}

/// JSON arrays of strings as the schema stores titles, roles and repairs: UTF-8, Chinese unescaped.
public enum JSON {
    public static func array(_ strings: [String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: strings, options: [.withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    public static func strings(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8),
              let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else { return [] }
        return array.compactMap { $0 as? String }
    }
}

/// The offset map as a BLOB of little-endian 32-bit offsets; NULL when the text is its own original.
enum OffsetMapCoding {
    static func encode(_ text: NormalizedText) -> DatabaseValue {
        if text.originalOffsets.enumerated().allSatisfy({ $0.offset == $0.element }) { return .null }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.originalOffsets.count * 4)
        for offset in text.originalOffsets {
            let value = UInt32(truncatingIfNeeded: offset)
            bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
        }
        return .blob(bytes)
    }

    static func decode(_ value: DatabaseValue, text: String) -> NormalizedText {
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
