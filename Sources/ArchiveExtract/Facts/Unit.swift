import ArchiveMatching

/// The units an indicator value is written in. A bare 亿 after Arabic digits is 亿元 (`财政收入5.2亿`);
/// after a Chinese numeral it is a round figure of speech (`百亿园区`), not a value.
enum Unit: String, Equatable, Sendable, CaseIterable {
    case percent
    case percentagePoint
    case trillionYuan
    case hundredMillionYuan
    case bareHundredMillion
    case tenThousandYuan
    case yuan
    case hundredMillionDollars
    case tenThousandDollars
    case tenThousandTonnes
    case tonnes
    case hundredMillionJin
    case tenThousandJin

    /// The unit as exported (data/fact-words.tsv, unit-name): bare 亿 means 亿元.
    var exported: String { Unit.names[self] ?? rawValue }

    static let names: [Unit: String] = {
        let rows = FactLexicon.builtIn.values(.unitName) { Unit(rawValue: $0) }
        let names = Dictionary(rows.map { ($0.1, $0.0) }, uniquingKeysWith: { first, _ in first })
        for unit in Unit.allCases where names[unit] == nil {
            preconditionFailure("\(FactLexicon.file): unit-name has no name for \(unit.rawValue)")
        }
        return names
    }()

    static let table = FactLexicon.builtIn.table(.unit) { Unit(rawValue: $0) }
}
