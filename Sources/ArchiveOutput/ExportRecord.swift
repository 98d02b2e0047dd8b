import ArchiveModel
import ArchiveStore

/// The public JSON-lines record of spec/export.md. Fields may be added, never renamed or dropped;
/// unknown values are written as null.
public enum ExportRecord {
    public static func json(_ report: Report) -> JSONValue {
        let d = report.document
        let m = report.meeting
        let document: JSONValue = .object([
            ("source", .string(d.source)), ("sha256", .string(d.sha256)), ("title", .optional(d.title)),
            ("published", .optional(d.published)), ("publisher", .optional(d.publisher)),
            ("authors", .strings(d.authors)), ("script", .string(d.script)), ("repairs", .strings(d.repairs)),
            ("encoding", .string(d.encoding)),
            // For citation: the rules that made the facts, and whether a person corrected any.
            ("rules_version", .optional(d.rulesVersion)),
            ("corrected", .bool(report.indicators.contains { $0.correction != nil } || report.goals.contains { $0.correction != nil })),
        ])
        let region: JSONValue = m.region.map {
            .object([("name", .string($0.name)), ("code", .optional($0.code)), ("level", .optional($0.level))])
        } ?? .null
        let meeting: JSONValue = .object([
            ("title", .optional(m.title)), ("date", .optional(m.date)), ("region", region), ("kind", .optional(m.kind)),
        ])
        let people: JSONValue = .array(report.people.map {
            .object([("name", .string($0.name)), ("titles", .strings($0.titles)), ("roles", .strings($0.roles))])
        })
        let indicators: JSONValue = .array(report.indicators.map {
            .object([
                ("indicator", .optional($0.indicator)), ("name", .string($0.name)), ("kind", .string($0.kind)),
                ("measure", .string($0.measure)), ("value", .number($0.value)), ("unit", .string($0.unit)),
                ("comparator", .string($0.comparator)), ("period", .optional($0.period)),
                ("region", .optional($0.region?.name)), ("region_code", .optional($0.region?.code)),
                ("evidence", .string($0.evidence.sentence)),
                ("start", .number(Double($0.evidence.start))), ("end", .number(Double($0.evidence.end))),
            ] + provenance($0.correction))
        })
        let goals: JSONValue = .array(report.goals.map {
            .object([
                ("phrase", .string($0.phrase)), ("surface", .string($0.surface)), ("stance", .string($0.stance)),
                ("evidence", .string($0.evidence.sentence)),
                ("start", .number(Double($0.evidence.start))), ("end", .number(Double($0.evidence.end))),
            ] + provenance($0.correction))
        })
        return .object([("document", document), ("meeting", meeting), ("people", people),
                        ("indicators", indicators), ("goals", goals)])
    }

    /// Where a fact comes from: "rules", or "correction" with the correction's id.
    static func provenance(_ correction: Int64?) -> [(String, JSONValue)] {
        [("source", .string(correction == nil ? "rules" : "correction")),
         ("correction", correction.map { .number(Double($0)) } ?? .null)]
    }
}
