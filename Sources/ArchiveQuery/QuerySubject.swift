/// What a query lists, chosen by its terms: indicator facts when any indicator term is present,
/// goal facts with a goal term, people with a person term, meetings otherwise. Each is a view of
/// Migrations/0002_views.sql, whose leading columns are the output.
public enum QuerySubject: String, Sendable, CaseIterable {
    case indicatorFacts = "indicator_facts"
    case goalFacts = "goal_facts"
    case participants
    case meetings = "meeting_overview"

    public init(filter: Filter) {
        let families = Set(filter.terms.map(\.key.family))
        if families.contains(.indicator) { self = .indicatorFacts }
        else if families.contains(.goal) { self = .goalFacts }
        else if families.contains(.person) { self = .participants }
        else { self = .meetings }
    }

    public var view: String { rawValue }

    public var family: FilterKey.Family {
        switch self {
        case .indicatorFacts: return .indicator
        case .goalFacts: return .goal
        case .participants: return .person
        case .meetings: return .meeting
        }
    }

    public var columns: [String] {
        switch self {
        case .indicatorFacts:
            return ["region", "region_code", "level", "date", "meeting", "indicator", "name", "kind", "measure",
                    "value", "unit", "comparator", "period"]
        case .goalFacts: return ["region", "region_code", "level", "date", "meeting", "phrase", "stance"]
        case .participants: return ["person", "titles", "roles", "region", "date", "meeting"]
        case .meetings: return ["id", "date", "region", "level", "title", "kind", "people", "indicators", "goals"]
        }
    }

    public var listColumns: Set<String> { self == .participants ? ["titles", "roles"] : [] }

    /// Oldest first, then by region and the order facts were written; dates unknown or without a
    /// year ("--04-21") last.
    var defaultOrder: String {
        switch self {
        case .indicatorFacts, .goalFacts: return "(f.date IS NULL OR f.date < '0'), f.date, f.region_code, f.id"
        case .participants: return "(f.date IS NULL OR f.date < '0'), f.date, f.meeting_id, f.position"
        case .meetings: return "(f.date IS NULL OR f.date < '0'), f.date, f.id"
        }
    }
}

/// How query rows are shaped beyond the filter.
public struct QueryOptions: Sendable {
    public var evidence: Bool
    public var source: Bool
    public var limit: Int?
    /// Column names, `-name` for descending.
    public var sort: [String]

    public init(evidence: Bool = false, source: Bool = false, limit: Int? = nil, sort: [String] = []) {
        self.evidence = evidence
        self.source = source
        self.limit = limit
        self.sort = sort
    }
}

/// A problem with the options (not the filter): an unknown sort or facet column.
public struct QueryOptionError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    public init(_ message: String) { self.message = message }

    static func unknownColumn(_ name: String, option: String, in columns: [String]) -> QueryOptionError {
        let hint = Suggestion.nearest(to: name, in: columns).map { " — did you mean '\($0)'?" } ?? ""
        return QueryOptionError("\(option): no column '\(name)'\(hint); columns are \(columns.joined(separator: ", "))")
    }
}
