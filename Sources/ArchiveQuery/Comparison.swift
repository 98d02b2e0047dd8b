import ArchiveOutput
import ArchiveStore

/// `archivectl compare`: indicator facts pivoted. Rows are regions (or years, levels, meetings),
/// columns indicators (or periods, or kinds), each cell the values as written (">=5100亿元", "8.5%").
/// A cell never holds values of different indicators, measures, units, kinds or periods: a column
/// whose cells would mix them is split by what differs ("GDP %" and "GDP 亿元"). Across kinds, each
/// indicator has a target and an actual column and, where each holds one value, their gap.
/// With a parent comparison, each cell gains the superior regions' values for the same indicator,
/// kind, measure, unit and period (its city's, then its province's) and the difference from the
/// nearest: the escalation of targets down the hierarchy.
public final class Comparison {
    public enum RowKey: String, Sendable, CaseIterable { case region, year, level, meeting }
    public enum ColumnKey: String, Sendable, CaseIterable { case indicator, period, kind }

    struct Fact {
        var region: String?, regionCode: String?, level: String?, date: String?, meeting: String?
        var meetingID: Int64?, indicator: String?, name: String, kind: String, measure: String
        var value: Double, unit: String, comparator: String, period: String?
    }

    public let rowKey: RowKey
    public let columnKey: ColumnKey
    public let withParent: Bool
    let connection: Connection
    let facts: [Fact]
    private var regions: RegionIndex?

    public init(connection: Connection, filter text: String, by rowKey: RowKey = .region,
                across columnKey: ColumnKey = .indicator, withParent: Bool = false,
                vocabularyOnly: Bool = true) throws {
        self.connection = connection
        self.rowKey = rowKey
        self.columnKey = columnKey
        self.withParent = withParent
        let filter = try FilterParser.parse(text)
        let planned = try QueryPlanner(connection: connection, filter: filter).plan(subject: .indicatorFacts)
        let sql = """
            SELECT f.region, f.region_code, f.level, f.date, f.meeting, f.meeting_id, f.indicator, f.name, f.kind,
                   f.measure, f.value, f.unit, f.comparator, f.period
            FROM \(planned.source) f ORDER BY \(planned.order)
            """
        facts = try connection.prepare(sql).rows(planned.parameters).map { row in
            Fact(region: row.string("region"), regionCode: row.string("region_code"), level: row.string("level"),
                 date: row.string("date"), meeting: row.string("meeting"), meetingID: row["meeting_id"].int64Value,
                 indicator: row.string("indicator"), name: row.string("name") ?? "", kind: row.string("kind") ?? "",
                 measure: row.string("measure") ?? "", value: row.double("value") ?? 0, unit: row.string("unit") ?? "",
                 comparator: row.string("comparator") ?? "=", period: row.string("period"))
        }.filter { !vocabularyOnly || $0.indicator != nil }
    }

    struct Cell { var facts: [Fact] = [] }

    /// What a fact is besides its row: the parts a column may be split by, in label order.
    enum Part: CaseIterable { case indicator, measure, unit, kind, period }

    func part(_ part: Part, of fact: Fact) -> String {
        switch part {
        case .indicator: return fact.indicator ?? fact.name
        case .measure: return fact.measure
        case .unit: return fact.unit
        case .kind: return fact.kind
        case .period: return fact.period ?? "(no period)"
        }
    }

    /// The part the columns are named by; the others split a column when its cells would mix them.
    var basePart: Part {
        switch columnKey {
        case .indicator, .kind: return .indicator
        case .period: return .period
        }
    }

    /// Row labels in order, column labels in order of first appearance, and the cells.
    func pivot() -> (rows: [(key: String, label: String)], columns: [String], cells: [String: [String: Cell]]) {
        var rows: [(key: String, label: String, sort: String)] = []
        var seenRows: Set<String> = []
        for fact in facts {
            let (rowKey, label, sort) = row(of: fact)
            if seenRows.insert(rowKey).inserted { rows.append((rowKey, label, sort)) }
        }
        // For each base column, the parts on which two facts of one cell differ.
        var variants: [String: [Part: Set<String>]] = [:]
        var split: [String: Set<Part>] = [:]
        for fact in facts {
            let base = part(basePart, of: fact), cell = base + "\u{1}" + row(of: fact).key
            for other in Part.allCases where other != basePart {
                variants[cell, default: [:]][other, default: []].insert(part(other, of: fact))
                if variants[cell]![other]!.count > 1 { split[base, default: []].insert(other) }
            }
        }
        if columnKey == .kind {
            for fact in facts { split[part(basePart, of: fact), default: []].insert(.kind) }
        }
        var columns: [(label: String, sort: String)] = []
        var cells: [String: [String: Cell]] = [:]
        for fact in facts {
            let base = part(basePart, of: fact)
            let parts = [basePart] + Part.allCases.filter { $0 != basePart && split[base]?.contains($0) == true }
            let label = parts.map { part($0, of: fact) }.joined(separator: " ")
            if !columns.contains(where: { $0.label == label }) {
                // Columns of one base stay together; across kinds, target before actual.
                let firstOfBase = columns.firstIndex { $0.label == base || $0.label.hasPrefix(base + " ") }
                let kindOrder = fact.kind == "target" ? "0" : "1"
                let sort = (firstOfBase.map { columns[$0].sort.prefix(6) } ?? Substring(String(format6(columns.count))))
                    + (columnKey == .kind ? kindOrder : "") + label
                columns.append((label, String(sort)))
            }
            cells[row(of: fact).key, default: [:]][label, default: Cell()].facts.append(fact)
        }
        if columnKey == .period { columns.sort { $0.label < $1.label } } else { columns.sort { $0.sort < $1.sort } }
        rows.sort { $0.sort < $1.sort }
        return (rows.map { ($0.key, $0.label) }, columns.map(\.label), cells)
    }

    private func format6(_ n: Int) -> String {
        let text = String(n)
        return String(repeating: "0", count: max(0, 6 - text.count)) + text
    }

    func row(of fact: Fact) -> (key: String, label: String, sort: String) {
        switch rowKey {
        case .region:
            let label = fact.region ?? "(unknown)"
            return (fact.regionCode ?? "name:" + label, label, fact.regionCode ?? "~" + label)
        case .year:
            let year = fact.period.map { String($0.prefix(4)) } ?? fact.date.flatMap { $0.hasPrefix("-") ? nil : String($0.prefix(4)) } ?? "(unknown)"
            return (year, year, year)
        case .level:
            let level = fact.level ?? "(unknown)"
            let order = ["province": "0", "prefecture": "1", "county": "2"][level] ?? "9"
            return (level, level, order)
        case .meeting:
            let label = [fact.date, fact.region, fact.meeting].compactMap { $0 }.joined(separator: " ")
            let id = fact.meetingID.map(String.init) ?? ""
            return (id, label, (fact.date ?? "~") + " " + id)
        }
    }

    /// ">=5100亿元", "8.5%", "~7%": the value as the report states it.
    static func text(_ fact: Fact) -> String {
        let comparator = fact.comparator == "=" ? "" : fact.comparator
        return comparator + CellText.number(fact.value) + fact.unit
    }

    static func text(_ cell: Cell?) -> String {
        guard let cell else { return "" }
        var seen: [String] = []
        for fact in cell.facts { let text = text(fact); if !seen.contains(text) { seen.append(text) } }
        return seen.joined(separator: " / ")
    }

    public func table() throws -> ResultTable {
        let (rows, columns, cells) = pivot()
        var header = [rowKey.rawValue]
        for column in columns {
            header.append(column)
            if withParent { header += [column + " parent", column + " diff"] }
            if targetColumn(of: column, in: columns) != nil { header.append(Self.renamed(column, "actual", "gap")) }
        }
        var out: [[DatabaseValue]] = []
        for row in rows {
            var line: [DatabaseValue] = [.text(row.label)]
            for column in columns {
                let cell = cells[row.key]?[column]
                let text = Self.text(cell)
                line.append(text.isEmpty ? .null : .text(text))
                if withParent {
                    if let fact = cell?.facts.first, let parents = try ancestorFacts(of: fact), let parent = parents.first {
                        line.append(.text(parents.map { Self.text($0) + " (" + ($0.region ?? "") + ")" }.joined(separator: "; ")))
                        let difference = fact.value - parent.value
                        line.append(.text((difference > 0 ? "+" : "") + CellText.number(difference) + fact.unit))
                    } else {
                        line += [.null, .null]
                    }
                }
                if let target = targetColumn(of: column, in: columns) {
                    line.append(Self.gap(actual: cell, target: cells[row.key]?[target]))
                }
            }
            out.append(line)
        }
        return ResultTable(columns: header, rows: out)
    }

    /// Across kinds, the target column beside an actual column (same indicator, measure, unit and
    /// period); nil for any other column.
    func targetColumn(of column: String, in columns: [String]) -> String? {
        guard columnKey == .kind, column.split(separator: " ").contains("actual") else { return nil }
        let target = Self.renamed(column, "actual", "target")
        return columns.contains(target) ? target : nil
    }

    static func renamed(_ label: String, _ word: String, _ replacement: String) -> String {
        label.split(separator: " ").map { $0 == word ? replacement : String($0) }.joined(separator: " ")
    }

    /// Actual minus target ("+0.4%"), when each cell holds one value; NULL otherwise.
    static func gap(actual: Cell?, target: Cell?) -> DatabaseValue {
        guard let actual, let target, Set(actual.facts.map(\.value)).count == 1, Set(target.facts.map(\.value)).count == 1,
              let a = actual.facts.first, let t = target.facts.first else { return .null }
        let difference = a.value - t.value
        return .text((difference > 0 ? "+" : "") + CellText.number(difference) + a.unit)
    }

    /// Every superior region's value for the same indicator, kind, measure, unit and period, nearest
    /// first (a county's city, then its province); nil when none has one. A whole year matches a
    /// value with no period stated at a meeting of that year (a city's 全年 target at its 2022
    /// conference is its 2022 target).
    func ancestorFacts(of fact: Fact) throws -> [Fact]? {
        guard let indicator = fact.indicator, var code = fact.regionCode else { return nil }
        let index = try regionIndex()
        let meetingYear = fact.date.flatMap { $0.hasPrefix("-") ? nil : String($0.prefix(4)) }
        let year = fact.period.map { $0.count == 4 && $0.allSatisfy(\.isNumber) ? $0 : nil } ?? meetingYear
        var found: [Fact] = []
        while let parent = index.parent(of: code) {
            code = parent
            let rows = try connection.rows("""
                SELECT value, comparator FROM (
                    SELECT v.value, v.comparator, m.date FROM indicator_values v JOIN meetings m ON m.id = v.meeting_id
                    WHERE v.region_code = ?1 AND v.indicator_code = ?2 AND v.kind = ?3 AND v.measure = ?4 AND v.unit = ?5
                      AND (v.period IS ?6 OR v.period = ?7 OR (v.period IS NULL AND substr(m.date, 1, 4) = ?7))
                    UNION ALL
                    SELECT v.value, v.comparator, m.date FROM meetings m CROSS JOIN indicator_values v ON v.meeting_id = m.id
                    WHERE m.region_code = ?1 AND v.region_code IS NULL AND v.region_name IS NULL
                      AND v.indicator_code = ?2 AND v.kind = ?3 AND v.measure = ?4 AND v.unit = ?5
                      AND (v.period IS ?6 OR v.period = ?7 OR (v.period IS NULL AND substr(m.date, 1, 4) = ?7)))
                ORDER BY date DESC LIMIT 1
                """, [code, indicator, fact.kind, fact.measure, fact.unit, fact.period, year])
            if let row = rows.first {
                var parentFact = fact
                parentFact.region = index.byCode[code]?.name
                parentFact.regionCode = code
                parentFact.value = row.double("value") ?? 0
                parentFact.comparator = row.string("comparator") ?? "="
                found.append(parentFact)
            }
        }
        return found.isEmpty ? nil : found
    }

    private func regionIndex() throws -> RegionIndex {
        if let regions { return regions }
        let index = try RegionIndex(connection: connection)
        regions = index
        return index
    }

    /// The pivot as a bar chart: groups are rows, bars the columns' first values.
    public func chart(title: String) -> SVGBarChart {
        let (rows, columns, cells) = pivot()
        let values = rows.map { row in columns.map { cells[row.key]?[$0]?.facts.first?.value } }
        let labels = rows.map { row in columns.map { Self.text(cells[row.key]?[$0]) } }
        let units = rows.map { row in columns.map { cells[row.key]?[$0]?.facts.first?.unit ?? "" } }
        return SVGBarChart(title: title, groups: rows.map(\.label), series: columns, values: values, labels: labels, units: units)
    }
}
