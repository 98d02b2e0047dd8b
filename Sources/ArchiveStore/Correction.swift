import ArchiveModel
import ArchiveText
import FoundationEssentials

/// A person's fix of one document's facts (a row of `corrections`): set a field of a fact, add a
/// fact the rules missed, or reject one they got wrong. Keyed by the document's sha256 and the
/// fact's identity, so it applies again after every extraction of the same bytes.
public struct Correction: Sendable, Equatable {
    public enum Action: String, Sendable, CaseIterable { case set, add, reject }
    public enum FactKind: String, Sendable, CaseIterable { case indicator, goal }

    public var id: Int64
    public var documentSHA256: String
    public var action: Action
    public var factKind: FactKind
    public var target: FactTarget?
    public var field: String?
    public var value: String?
    /// An added fact, as JSON (FactTarget's fields and the fact's own).
    public var fact: AddedFact?
    public var author: String
    public var reason: String
    public var createdAt: String
    public var revertedAt: String?
    public var status: String?
}

/// Which fact of a document a correction means: what survives a new extraction of the same text.
public struct FactTarget: Codable, Sendable, Equatable {
    /// Indicator code (or the name as written, outside the vocabulary), or the goal's phrase.
    public var key: String
    /// actual | target for an indicator value; the stance for a goal.
    public var kind: String
    public var measure: String?
    /// The evidence sentence's offsets in the normalized text.
    public var start: Int
    public var end: Int
    /// The value the rules gave, telling apart two values of one indicator in a sentence.
    public var value: Double?

    public init(key: String, kind: String, measure: String?, start: Int, end: Int, value: Double?) {
        self.key = key
        self.kind = kind
        self.measure = measure
        self.start = start
        self.end = end
        self.value = value
    }

    package init(_ fact: IndicatorValue) {
        self.init(key: fact.indicator ?? fact.name, kind: fact.kind, measure: fact.measure,
                  start: fact.evidence.start, end: fact.evidence.end, value: fact.value)
    }

    package init(_ fact: GoalMention) {
        self.init(key: fact.phrase, kind: fact.stance, measure: nil, start: fact.evidence.start, end: fact.evidence.end, value: nil)
    }

    /// The index of the fact meant: same key, kind, measure and evidence span, the one with the
    /// recorded value when several are.
    package func find(in facts: [IndicatorValue]) -> Int? {
        let same = facts.indices.filter {
            let f = facts[$0]
            return (f.indicator ?? f.name) == key && f.kind == kind && f.measure == measure
                && f.evidence.start == start && f.evidence.end == end
        }
        return same.first { facts[$0].value == value } ?? same.first
    }

    package func find(in facts: [GoalMention]) -> Int? {
        let same = facts.indices.filter { facts[$0].phrase == key && facts[$0].evidence.start == start && facts[$0].evidence.end == end }
        return same.first { facts[$0].stance == kind } ?? same.first
    }

    package var json: String { String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self) }
    package static func read(_ text: String?) -> FactTarget? {
        text.flatMap { try? JSONDecoder().decode(FactTarget.self, from: Data($0.utf8)) }
    }
}

/// A fact a correction adds: an indicator value or a goal mention, with its evidence sentence.
public struct AddedFact: Codable, Sendable, Equatable {
    public var indicator: String?
    public var name: String?
    public var kind: String?
    public var measure: String?
    public var value: Double?
    public var unit: String?
    public var comparator: String?
    public var period: String?
    public var phrase: String?
    public var surface: String?
    public var stance: String?
    public var sentence: String
    public var start: Int
    public var end: Int

    /// A fact the rules missed, at a sentence of the text; its fields are set one by one.
    package init(sentence: String, start: Int, end: Int) {
        self.sentence = sentence
        self.start = start
        self.end = end
    }

    package var json: String { String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self) }
    package static func read(_ text: String?) -> AddedFact? {
        text.flatMap { try? JSONDecoder().decode(AddedFact.self, from: Data($0.utf8)) }
    }
}

/// A correction that could not be made: the one line the user reads.
public struct CorrectionError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
    public init(_ message: String) { self.message = message }
}

/// A correction whose fact a new extraction no longer has.
public struct VanishedCorrection: Sendable, Equatable {
    public var correctionID: Int64
    public var documentSHA256: String
}
