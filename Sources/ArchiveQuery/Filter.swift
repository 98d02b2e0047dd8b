import ArchiveResources

/// A parsed filter: terms that must all hold. Positions are Character offsets into `source`, so
/// an error can point at the term that caused it.
public struct Filter: Sendable, Equatable {
    public var source: String
    public var terms: [FilterTerm]

    public init(source: String, terms: [FilterTerm]) {
        self.source = source
        self.terms = terms
    }

    public func terms(_ key: FilterKey) -> [FilterTerm] { terms.filter { $0.key == key } }
    public func has(_ keys: Set<FilterKey>) -> Bool { terms.contains { keys.contains($0.key) } }
}

/// `key op value[,value…]`.
public struct FilterTerm: Sendable, Equatable {
    public var key: FilterKey
    public var op: FilterOperator
    public var values: [FilterValue]
    /// The whole term and the key alone in the source.
    public var range: Range<Int>
    public var keyRange: Range<Int>

    public init(key: FilterKey, op: FilterOperator, values: [FilterValue], range: Range<Int>, keyRange: Range<Int>) {
        self.key = key
        self.op = op
        self.values = values
        self.range = range
        self.keyRange = keyRange
    }
}

public struct FilterValue: Sendable, Equatable {
    public var text: String
    public var range: Range<Int>

    public init(text: String, range: Range<Int>) {
        self.text = text
        self.range = range
    }
}

public enum FilterOperator: String, Sendable, CaseIterable {
    case equal = "=", notEqual = "!=", greater = ">", greaterOrEqual = ">=", less = "<", lessOrEqual = "<="

    public var isOrdering: Bool { self != .equal && self != .notEqual }
}

/// The keys a filter may use, and what each one is about.
public enum FilterKey: String, Sendable, CaseIterable {
    case indicator, value, kind, measure, unit, comparator, period
    case goal, stance
    case person, title, role
    case region, level, date, year, text, meeting

    /// Which facts the key constrains.
    public enum Family: Sendable { case indicator, goal, person, meeting }

    public var family: Family {
        switch self {
        case .indicator, .value, .kind, .measure, .unit, .comparator, .period: return .indicator
        case .goal, .stance: return .goal
        case .person, .title, .role: return .person
        case .region, .level, .date, .year, .text, .meeting: return .meeting
        }
    }

    /// Keys compared as numbers or dates, so <, >, <=, >= make sense for them.
    public var isOrdered: Bool { self == .value || self == .year || self == .date || self == .meeting }

    /// Closed vocabularies checked at parse time; other keys' values are resolved against the archive.
    public var allowedValues: [String]? {
        switch self {
        case .kind: return ["actual", "target"]
        case .measure: return ["growth", "level", "rate", "pp"]
        case .comparator: return ["=", ">=", "<=", "~"]
        case .stance: return ["goal", "achieved"]
        case .level: return ["province", "prefecture", "county"]
        case .role: return RoleNames.all
        default: return nil
        }
    }
}
