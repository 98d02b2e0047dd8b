import Archive
@testable import ArchiveExtract
@testable import ArchiveModel

/// Runs the fact stage on sentences written for the tests.
enum Facts {
    static let extractor = Extractor()
    static let host = RegionRef(name: "青山市", code: nil, level: "prefecture")

    static func indicators(_ text: String, year: Int? = 2023) -> [IndicatorValue] {
        extractor.extractIndicators(from: Sentences.split(text), context: ExtractionContext(year: year, host: host))
    }

    /// The scored view of the values: (indicator, kind, value, unit), vocabulary indicators only.
    static func scored(_ text: String, year: Int? = 2023) -> Set<Key> {
        Set(indicators(text, year: year).compactMap { v in
            v.indicator.map { Key(indicator: $0, kind: v.kind, value: v.value, unit: v.unit) }
        })
    }

    static func goals(_ text: String) -> Set<GoalKey> {
        Set(extractor.extractGoals(from: Sentences.split(text), context: ExtractionContext())
            .map { GoalKey(phrase: $0.phrase, stance: $0.stance) })
    }

    struct Key: Hashable, CustomStringConvertible {
        var indicator: String
        var kind: String
        var value: Double
        var unit: String
        var description: String { "\(indicator) \(kind) \(value)\(unit)" }
    }

    struct GoalKey: Hashable {
        var phrase: String
        var stance: String
    }

    static func actual(_ code: String, _ value: Double, _ unit: String = "%") -> Key {
        Key(indicator: code, kind: "actual", value: value, unit: unit)
    }

    static func target(_ code: String, _ value: Double, _ unit: String = "%") -> Key {
        Key(indicator: code, kind: "target", value: value, unit: unit)
    }
}
