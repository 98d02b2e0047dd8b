import ArchiveStore
import ArchiveThreads

/// Turns a filter into SQL over the views of 0002_views.sql. Every value a user typed is a bound
/// parameter; the only text spliced into SQL is this file's own (column names come from fixed lists).
public struct QueryPlanner {
    public let connection: Connection
    public let resolver: FilterResolver
    public let filter: Filter

    public init(connection: Connection, filter: Filter) {
        self.connection = connection
        self.filter = filter
        self.resolver = FilterResolver(connection: connection, source: filter.source)
    }

    /// The SELECT for `subject` (by default the one the filter's terms choose).
    public func plan(_ options: QueryOptions = QueryOptions(), subject: QuerySubject? = nil) throws -> PlannedQuery {
        let subject = subject ?? QuerySubject(filter: filter)
        var columns = subject.columns
        if options.evidence && subject != .meetings { columns.append("evidence") }
        if options.source {
            columns.append("source")
            // A fact's provenance beside its file: the correction that set or added it, if any.
            if subject == .indicatorFacts || subject == .goalFacts { columns.append("correction") }
        }
        let source = try rowSource(subject)
        var order: [String] = []
        for item in options.sort where !item.isEmpty {
            let descending = item.hasPrefix("-")
            let name = descending ? String(item.dropFirst()) : item
            guard columns.contains(name) else { throw QueryOptionError.unknownColumn(name, option: "--sort", in: columns) }
            order.append("f.\(name)\(descending ? " DESC" : "")")
        }
        order.append(subject.defaultOrder)
        return PlannedQuery(subject: subject, columns: columns, source: source.sql, parameters: source.parameters,
                            order: order.joined(separator: ", "), limit: options.limit)
    }

    /// The matching rows of the subject's view with all its columns, as a subquery to alias f.
    /// Indicator values belong to the region they name or, naming none, to the meeting's host: a
    /// region term becomes one branch per case, each a lookup on its own index (values by
    /// indicator, kind and region; meetings by region), rather than one condition on the view's
    /// computed region that only a full scan could answer.
    func rowSource(_ subject: QuerySubject) throws -> (sql: String, parameters: [DatabaseValue]) {
        let condition = try whereClause(subject)
        let view = subject.view
        guard let selection = try resolver.regionSelection(filter) else {
            return ("(SELECT f.* FROM \(view) f WHERE \(condition.sql))", condition.parameters)
        }
        let codes: DatabaseValue = .text(JSONValue.strings(selection.codes.sorted()).rendered)
        let names = selection.names.sorted()
        var branches: [String] = []
        var parameters: [DatabaseValue] = []
        func branch(_ regionSQL: String, _ values: [DatabaseValue]) {
            branches.append("SELECT f.* FROM \(view) f WHERE \(condition.sql) AND \(regionSQL)")
            parameters += condition.parameters + values
        }
        if !selection.codes.isEmpty {
            if subject == .indicatorFacts {
                branch("f.value_region_code IN (SELECT value FROM json_each(?))", [codes])
                branch("f.value_region_code IS NULL AND f.value_region_name IS NULL AND f.meeting_region_code IN (SELECT value FROM json_each(?))", [codes])
            } else {
                branch("f.region_code IN (SELECT value FROM json_each(?))", [codes])
            }
        }
        // Hosts that are no division (a development zone) by name: the branches never overlap,
        // since a division's rows carry its official name.
        if !names.isEmpty { branch("f.region IN (\(Self.placeholders(names.count)))", names.map { .text($0) }) }
        if branches.isEmpty { return ("(SELECT f.* FROM \(view) f WHERE 0)", []) }
        return ("(" + branches.joined(separator: " UNION ALL ") + ")", parameters)
    }

    // MARK: - Conditions

    struct Condition {
        var parts: [String] = []
        var parameters: [DatabaseValue] = []
        mutating func add(_ sql: String, _ values: [DatabaseValue] = []) {
            parts.append(sql)
            parameters += values
        }
        var sql: String { parts.isEmpty ? "1" : parts.joined(separator: " AND ") }
    }

    /// Where a term's column lives: on the subject's view (alias f), or on the base tables inside
    /// an EXISTS that ties another kind of fact to the same meeting.
    enum Place { case view, base }

    func whereClause(_ subject: QuerySubject) throws -> Condition {
        var condition = Condition()
        var others: [FilterKey.Family: Condition] = [:]
        for term in filter.terms where term.key != .region && term.key != .level {
            let family = term.key.family
            if family == subject.family || family == .meeting {
                let (sql, values) = try fragment(term, place: .view, subject: subject)
                condition.add(sql, values)
            } else {
                let (sql, values) = try fragment(term, place: .base, subject: subject)
                others[family, default: Condition()].add(sql, values)
            }
        }
        for family in [FilterKey.Family.indicator, .goal, .person] {
            guard let inner = others[family] else { continue }
            switch family {
            case .indicator:
                condition.add("EXISTS (SELECT 1 FROM indicator_values v WHERE v.meeting_id = f.meeting_id AND \(inner.sql))", inner.parameters)
            case .goal:
                condition.add("EXISTS (SELECT 1 FROM goal_mentions g WHERE g.meeting_id = f.meeting_id AND \(inner.sql))", inner.parameters)
            case .person:
                condition.add("EXISTS (SELECT 1 FROM participations x JOIN people p ON p.id = x.person_id WHERE x.meeting_id = f.meeting_id AND \(inner.sql))", inner.parameters)
            case .meeting: break
            }
        }
        return condition
    }

    func column(_ key: FilterKey, _ place: Place) -> String {
        switch (key, place) {
        case (.indicator, .view): return "f.indicator"
        case (.indicator, .base): return "v.indicator_code"
        case (.goal, .view): return "f.phrase"
        case (.goal, .base): return "g.phrase"
        case (.stance, .view): return "f.stance"
        case (.stance, .base): return "g.stance"
        case (.person, .view): return "f.person"
        case (.person, .base): return "p.name"
        case (.title, .view): return "f.titles"
        case (.title, .base): return "x.titles"
        case (.role, .view): return "f.roles"
        case (.role, .base): return "x.roles"
        case (.meeting, _): return "f.meeting_id"
        case (.date, _), (.year, _): return "f.date"
        case (.text, _): return "f.document_id"
        case (_, .view): return "f.\(key.rawValue)"
        case (_, .base): return "v.\(key.rawValue)"
        }
    }

    static func placeholders(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }

    /// SQL for one term, and the values it binds.
    func fragment(_ term: FilterTerm, place: Place, subject: QuerySubject) throws -> (String, [DatabaseValue]) {
        let column = column(term.key, place)
        let texts = term.values.map(\.text)
        var positive: String
        var values: [DatabaseValue] = []
        switch term.key {
        case .indicator:
            var codes: [String] = [], names: [String] = []
            for value in term.values {
                let selection = try resolver.indicator(value)
                codes += selection.codes
                names += selection.names
            }
            var parts: [String] = []
            if !codes.isEmpty { parts.append("\(column) IN (\(Self.placeholders(codes.count)))"); values += codes.map { .text($0) } }
            let nameColumn = place == .view ? "f.name" : "v.name"
            if !names.isEmpty { parts.append("\(nameColumn) IN (\(Self.placeholders(names.count)))"); values += names.map { .text($0) } }
            positive = parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")"
        case .goal:
            let phrases = try term.values.map { try resolver.goal($0) }
            positive = "\(column) IN (\(Self.placeholders(phrases.count)))"
            values = phrases.map { .text($0) }
        case .kind, .measure, .comparator, .stance:
            positive = "\(column) IN (\(Self.placeholders(texts.count)))"
            values = texts.map { .text($0.lowercased()) }
        case .value, .meeting:
            let numbers: [DatabaseValue] = texts.map { term.key == .meeting ? .integer(Int64($0) ?? 0) : .real(Double($0) ?? 0) }
            if term.op.isOrdering {
                positive = "\(column) \(term.op.rawValue) ?"
            } else {
                positive = "\(column) IN (\(Self.placeholders(numbers.count)))"
            }
            values = numbers
        case .period:
            (positive, values) = Self.periodMatch(column, texts)
        case .person, .unit:
            (positive, values) = Self.textMatch(column, texts)
        case .title, .role:
            let (inner, innerValues) = Self.textMatch("value", texts)
            positive = "EXISTS (SELECT 1 FROM json_each(\(column)) WHERE \(inner))"
            values = innerValues
        case .date:
            let ranges = texts.map { DateRange.forDate($0, op: term.op) }
            (positive, values) = Self.rangeMatch(column, ranges)
        case .year:
            let ranges = texts.map { DateRange.forYear(Int($0) ?? 0, op: term.op) }
            let (onDate, dateValues) = Self.rangeMatch(column, ranges)
            if subject == .indicatorFacts {
                // A value's year is its meeting's or its period's (2023Q1 is in 2023).
                let (onPeriod, periodValues) = Self.rangeMatch("f.period", ranges)
                positive = "(\(onDate) OR \(onPeriod))"
                values = dateValues + periodValues
            } else {
                positive = onDate
                values = dateValues
            }
        case .text:
            var parts: [String] = []
            for text in texts {
                if FullText.indexed(text) {
                    // The words are quoted FTS5 strings, so nothing in them is FTS5 syntax.
                    let inner = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"
                    values.append(.text(FullText.query(text)))
                    parts.append("\(column) IN (\(inner))")
                } else {
                    let scan = FullText.scan(text, in: "documents")
                    parts.append("\(column) IN (SELECT id FROM documents WHERE \(scan.sql))")
                    values += scan.values
                }
            }
            positive = parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")"
        case .region, .level:
            preconditionFailure("region and level terms are combined by regionSelection")
        }
        if term.op == .notEqual { return ("NOT coalesce((\(positive)), 0)", values) }
        return (positive, values)
    }

    /// A period as written, or, for a year, every period within it whatever its form (period=2019
    /// is 2019, 2019Q1, 2019H1 and 2019-01..09, not 2019-2021).
    static func periodMatch(_ column: String, _ texts: [String]) -> (String, [DatabaseValue]) {
        var parts: [String] = [], values: [DatabaseValue] = []
        for text in texts {
            if text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
                parts.append("(\(column) = ? OR \(column) GLOB ? OR \(column) GLOB ?)")
                values += [.text(text), .text(text + "[QH]*"), .text(text + "-[01][0-9]*")]
            } else {
                let (sql, value) = textMatch(column, [text])
                parts.append(sql)
                values += value
            }
        }
        return (parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")", values)
    }

    /// Equality, or a GLOB pattern when the value has * or ? (title="*书记").
    static func textMatch(_ column: String, _ texts: [String]) -> (String, [DatabaseValue]) {
        let parts = texts.map { $0.contains("*") || $0.contains("?") ? "\(column) GLOB ?" : "\(column) = ?" }
        let sql = parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")"
        return (sql, texts.map { .text($0) })
    }

    static func rangeMatch(_ column: String, _ ranges: [DateRange]) -> (String, [DatabaseValue]) {
        var parts: [String] = [], values: [DatabaseValue] = []
        for range in ranges {
            var clauses: [String] = []
            if let lower = range.lower { clauses.append("\(column) >= ?"); values.append(.text(lower)) }
            if let upper = range.upper { clauses.append("\(column) < ?"); values.append(.text(upper)) }
            parts.append("(" + clauses.joined(separator: " AND ") + ")")
        }
        return (parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")", values)
    }
}
