import ArchiveExtract
import ArchiveIngest
import ArchiveModel
import ArchiveQuery
import ArchiveResources
import ArchiveStore
import ArchiveText
import ArchiveThreads
/// Turns what a user typed (`archivectl correct`) into a correction of one archived document:
/// a selector of one of its facts (`indicator=GDP kind=target`), a field to set, or a fact to add
/// with the text of the report it rests on.
public struct CorrectionRequest {
    public let connection: Connection
    public let documentID: Int64
    public let report: Report

    public init(connection: Connection, documentID: Int64) throws {
        guard let report = try ReportReader(connection: connection).report(documentID: documentID) else {
            throw CorrectionError("no document \(documentID)")
        }
        self.connection = connection
        self.documentID = documentID
        self.report = report
    }

    /// `key=value` terms, space-separated.
    static func terms(_ text: String) throws -> [(String, String)] {
        try text.split(whereSeparator: \.isWhitespace).map { term in
            guard let equals = term.firstIndex(of: "="), equals != term.startIndex else {
                throw CorrectionError("'\(term)' is no key=value term")
            }
            return (String(term[..<equals]), String(term[term.index(after: equals)...]))
        }
    }

    /// The one fact the selector matches: `indicator=` (code or name as written) or `goal=`,
    /// narrowed by kind, measure, value, unit, period, stance or at (its sentence's start offset).
    public func select(_ selector: String) throws -> (Correction.FactKind, FactTarget) {
        let terms = try Self.terms(selector)
        let keys = Set(terms.map(\.0))
        let allowed: Set<String> = ["indicator", "goal", "kind", "measure", "value", "unit", "period", "stance", "at"]
        if let unknown = terms.first(where: { !allowed.contains($0.0) }) {
            throw CorrectionError("unknown key '\(unknown.0)' in the fact selector; use \(allowed.sorted().joined(separator: ", "))")
        }
        func holds(_ key: String, _ actual: String?) -> Bool {
            terms.allSatisfy { $0.0 != key || $0.1 == (actual ?? "") }
        }
        if keys.contains("indicator") {
            let matches = report.indicators.filter { fact in
                terms.allSatisfy { $0.0 != "indicator" || $0.1 == fact.indicator || $0.1 == fact.name }
                    && holds("kind", fact.kind) && holds("measure", fact.measure) && holds("unit", fact.unit)
                    && holds("period", fact.period) && holds("at", String(fact.evidence.start))
                    && terms.allSatisfy { $0.0 != "value" || Double($0.1) == fact.value }
            }
            guard matches.count == 1 else { throw ambiguity(matches.count, "indicator value") }
            return (.indicator, FactTarget(matches[0]))
        }
        if keys.contains("goal") {
            let matches = report.goals.filter { fact in
                holds("goal", fact.phrase) && holds("stance", fact.stance) && holds("at", String(fact.evidence.start))
            }
            guard matches.count == 1 else { throw ambiguity(matches.count, "goal mention") }
            return (.goal, FactTarget(matches[0]))
        }
        throw CorrectionError("the fact selector needs indicator=… or goal=…")
    }

    private func ambiguity(_ count: Int, _ what: String) -> CorrectionError {
        count == 0
            ? CorrectionError("no \(what) of document \(documentID) matches; `archivectl show document \(documentID)` lists its facts")
            : CorrectionError("\(count) \(what)s of document \(documentID) match; narrow the selector with kind=, value= or at=")
    }

    /// `field=value` checked against the fact it sets.
    public func checkSet(_ assignment: String, kind: Correction.FactKind, target: FactTarget) throws -> (String, String) {
        guard let (field, value) = try Self.terms(assignment).first, try Self.terms(assignment).count == 1 else {
            throw CorrectionError("--set takes one field=value")
        }
        switch kind {
        case .indicator:
            guard let index = target.find(in: report.indicators) else { throw CorrectionError("the fact is gone") }
            _ = try CorrectionFields.set(field, to: value, in: report.indicators[index])
        case .goal:
            guard let index = target.find(in: report.goals) else { throw CorrectionError("the fact is gone") }
            _ = try CorrectionFields.set(field, to: value, in: report.goals[index])
        }
        return (field, value)
    }

    /// The scalar offset of the first occurrence of `passage` in `text`.
    static func firstOffset(of passage: String, in text: String) -> Int? {
        let needle = Array(passage.unicodeScalars), haystack = Array(text.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// A fact to add from `key=value` terms and a passage of the report's normalized text, which
    /// fixes its evidence sentence.
    public func added(_ description: String, evidence passage: String) throws -> (Correction.FactKind, AddedFact) {
        let terms = Dictionary(try Self.terms(description), uniquingKeysWith: { $1 })
        let text = try connection.scalar("SELECT normalized_text FROM documents WHERE id = ?", [documentID]).stringValue ?? ""
        guard let offset = Self.firstOffset(of: passage, in: text) else {
            throw CorrectionError("--evidence must be a passage of document \(documentID)'s text; '\(passage)' is not in it")
        }
        guard let sentence = Sentences.split(text).first(where: { $0.start <= offset && offset < $0.end }) else {
            throw CorrectionError("no sentence of document \(documentID) holds the passage")
        }
        var fact = AddedFact(sentence: sentence.text, start: sentence.start, end: sentence.end)
        if let indicator = terms["indicator"] {
            fact.indicator = try connection.scalar("SELECT code FROM indicator_aliases WHERE alias = ? UNION SELECT code FROM indicators WHERE code = ?",
                                                   [indicator, indicator]).stringValue
            fact.name = terms["name"] ?? indicator
            var value = IndicatorValue(indicator: fact.indicator, name: fact.name!, kind: "target", measure: "level", value: 0,
                                       unit: "", evidence: sentence.evidence)
            guard terms["value"] != nil else { throw CorrectionError("an added indicator value needs value=") }
            for field in CorrectionFields.indicator where terms[field] != nil {
                value = try CorrectionFields.set(field, to: terms[field], in: value)
            }
            (fact.kind, fact.measure, fact.value, fact.unit, fact.comparator, fact.period)
                = (value.kind, value.measure, value.value, value.unit, value.comparator, value.period)
            return (.indicator, fact)
        }
        if let phrase = terms["goal"] {
            guard try !connection.rows("SELECT 1 FROM goals WHERE phrase = ?", [phrase]).isEmpty else {
                throw CorrectionError("'\(phrase)' is not in the archive's goals table")
            }
            var goal = GoalMention(phrase: phrase, surface: terms["surface"] ?? phrase, stance: "goal", evidence: sentence.evidence)
            if let stance = terms["stance"] { goal = try CorrectionFields.set("stance", to: stance, in: goal) }
            (fact.phrase, fact.surface, fact.stance) = (goal.phrase, goal.surface, goal.stance)
            return (.goal, fact)
        }
        throw CorrectionError("the fact to add needs indicator=… or goal=…")
    }
}
