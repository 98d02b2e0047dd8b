import ArchiveModel
import ArchiveText
import FoundationEssentials

/// Applies a document's corrections to its freshly extracted facts, before they are written or
/// compared. Reads the corrections table once for which documents have any; a document without
/// costs a set lookup.
public final class CorrectionApplier {
    package let connection: Connection
    private var corrected: Set<String>?

    package init(connection: Connection) { self.connection = connection }

    public struct Outcome: Sendable, Equatable {
        public var kept = 0
        public var vanished: [VanishedCorrection] = []
    }

    /// Applies the active corrections of `report`'s document in the order they were made; with
    /// `record`, stores each one's status (applied, or vanished when its fact is not there).
    @discardableResult
    public func apply(to report: inout Report, documentID: Int64, record: Bool) throws -> Outcome {
        if corrected == nil {
            // An archive older than the corrections table has none.
            corrected = Set(((try? connection.rows("SELECT DISTINCT document_sha256 FROM corrections WHERE reverted_at IS NULL")) ?? [])
                .compactMap { $0.string("document_sha256") })
        }
        var outcome = Outcome()
        let sha = report.document.sha256
        guard corrected!.contains(sha) else { return outcome }
        for correction in try CorrectionStore(connection: connection).active(sha256: sha) {
            let applied = Self.apply(correction, to: &report)
            if applied { outcome.kept += 1 } else {
                outcome.vanished.append(VanishedCorrection(correctionID: correction.id, documentSHA256: sha))
            }
            let status = applied ? "applied" : "vanished"
            if record && correction.status != status {
                try connection.execute("UPDATE corrections SET status = ? WHERE id = ?", [status, correction.id])
            }
        }
        return outcome
    }

    /// Forgets which documents have corrections (after one is made or reverted).
    package func reload() { corrected = nil }

    /// False when the fact the correction means is not among the facts.
    package static func apply(_ correction: Correction, to report: inout Report) -> Bool {
        switch (correction.action, correction.factKind) {
        case (.add, .indicator):
            guard let fact = correction.fact, let value = fact.value else { return false }
            report.indicators.append(IndicatorValue(
                indicator: fact.indicator, name: fact.name ?? fact.indicator ?? "", kind: fact.kind ?? "target",
                measure: fact.measure ?? "level", value: value, unit: fact.unit ?? "", comparator: fact.comparator ?? "=",
                period: fact.period, region: report.meeting.region,
                evidence: Evidence(sentence: fact.sentence, start: fact.start, end: fact.end), correction: correction.id))
            return true
        case (.add, .goal):
            guard let fact = correction.fact, let phrase = fact.phrase else { return false }
            report.goals.append(GoalMention(phrase: phrase, surface: fact.surface ?? phrase, stance: fact.stance ?? "goal",
                                            evidence: Evidence(sentence: fact.sentence, start: fact.start, end: fact.end),
                                            correction: correction.id))
            return true
        case (.reject, .indicator):
            guard let index = correction.target?.find(in: report.indicators) else { return false }
            report.indicators.remove(at: index)
            return true
        case (.reject, .goal):
            guard let index = correction.target?.find(in: report.goals) else { return false }
            report.goals.remove(at: index)
            return true
        case (.set, .indicator):
            guard let index = correction.target?.find(in: report.indicators), let field = correction.field,
                  let set = try? CorrectionFields.set(field, to: correction.value, in: report.indicators[index]) else { return false }
            report.indicators[index] = set
            report.indicators[index].correction = correction.id
            return true
        case (.set, .goal):
            guard let index = correction.target?.find(in: report.goals), let field = correction.field,
                  let set = try? CorrectionFields.set(field, to: correction.value, in: report.goals[index]) else { return false }
            report.goals[index] = set
            report.goals[index].correction = correction.id
            return true
        }
    }
}

/// The fields a correction may set, and their allowed values.
public enum CorrectionFields {
    public static let indicator = ["value", "unit", "comparator", "period", "kind", "measure"]
    public static let goal = ["stance", "surface"]

    package static func set(_ field: String, to value: String?, in fact: IndicatorValue) throws -> IndicatorValue {
        var fact = fact
        switch field {
        case "value":
            guard let number = value.flatMap(Double.init), number.isFinite else { throw CorrectionError("value must be a number") }
            fact.value = number
        case "unit": fact.unit = value ?? ""
        case "period": fact.period = value.flatMap { $0.isEmpty ? nil : $0 }
        case "comparator":
            guard let value, ["=", ">=", "<=", "~"].contains(value) else { throw CorrectionError("comparator must be one of = >= <= ~") }
            fact.comparator = value
        case "kind":
            guard let value, ["actual", "target"].contains(value) else { throw CorrectionError("kind must be actual or target") }
            fact.kind = value
        case "measure":
            guard let value, ["growth", "level", "rate", "pp"].contains(value) else {
                throw CorrectionError("measure must be one of growth, level, rate, pp")
            }
            fact.measure = value
        default:
            throw CorrectionError("an indicator value's field is one of \(indicator.joined(separator: ", ")), not '\(field)'")
        }
        return fact
    }

    package static func set(_ field: String, to value: String?, in fact: GoalMention) throws -> GoalMention {
        var fact = fact
        switch field {
        case "stance":
            guard let value, ["goal", "achieved"].contains(value) else { throw CorrectionError("stance must be goal or achieved") }
            fact.stance = value
        case "surface":
            guard let value, !value.isEmpty else { throw CorrectionError("surface must not be empty") }
            fact.surface = value
        default:
            throw CorrectionError("a goal's field is one of \(goal.joined(separator: ", ")), not '\(field)'")
        }
        return fact
    }
}
