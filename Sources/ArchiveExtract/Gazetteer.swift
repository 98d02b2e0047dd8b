import ArchiveModel
import ArchiveResources

/// The divisions of data/cn-divisions.tsv, looked up by code and by name.
public struct Gazetteer: Sendable {
    public struct Division: Sendable, Equatable, Hashable {
        public let code: String
        public let name: String
        public let level: String
        public let parentCode: String?
    }

    public let divisions: [Division]
    private let byCode: [String: Division]
    private let byName: [String: [Division]]

    public init(tsv: String) {
        divisions = TSV.records(tsv).compactMap { row in
            guard let code = row["code"], let name = row["name"], let level = row["level"] else { return nil }
            let parent = row["parent_code"].flatMap { $0.isEmpty ? nil : $0 }
            return Division(code: code, name: name, level: level, parentCode: parent)
        }
        byCode = Dictionary(divisions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        byName = Dictionary(grouping: divisions, by: \.name)
    }

    public static let builtIn = Gazetteer(tsv: EmbeddedResources.data("cn-divisions.tsv"))

    public func division(code: String) -> Division? { byCode[code] }

    /// Divisions with exactly this full name (several for names like 鼓楼区).
    public func divisions(named name: String) -> [Division] { byName[name] ?? [] }

    public func parent(of division: Division) -> Division? { division.parentCode.flatMap { byCode[$0] } }

    public func ref(_ division: Division) -> RegionRef {
        RegionRef(name: division.name, code: division.code, level: division.level)
    }
}
