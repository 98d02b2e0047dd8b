import ArchiveStore
import FoundationEssentials

/// Rows a query produced, with their column names: what every output format renders.
public struct ResultTable: Sendable {
    public var columns: [String]
    public var rows: [[DatabaseValue]]
    /// Columns whose text is a JSON array of strings (titles, roles): arrays in JSON output,
    /// joined with 、 in text formats.
    public var listColumns: Set<String>
    /// Columns to mark the match in (search snippets hold `MatchMarker` delimiters).
    public var markedColumns: Set<String>

    public init(columns: [String], rows: [[DatabaseValue]] = [], listColumns: Set<String> = [],
                markedColumns: Set<String> = []) {
        self.columns = columns
        self.rows = rows
        self.listColumns = listColumns
        self.markedColumns = markedColumns
    }

    public init(_ rows: [Row], columns: [String]? = nil, listColumns: Set<String> = []) {
        self.columns = columns ?? rows.first?.columns ?? []
        self.rows = rows.map { $0.values }
        self.listColumns = listColumns
        self.markedColumns = []
    }

    public func column(_ name: String) -> [DatabaseValue] {
        guard let index = columns.firstIndex(of: name) else { return [] }
        return rows.map { $0[index] }
    }

    /// The cell as text formats show it: numbers without a trailing .0, lists joined with 、, NULL empty.
    public func text(row: Int, column: Int) -> String {
        let value = rows[row][column]
        if listColumns.contains(columns[column]) { return JSON.strings(value.stringValue).joined(separator: "、") }
        return CellText.of(value)
    }

    /// The cell as a JSON value.
    public func json(row: Int, column: Int) -> JSONValue {
        let value = rows[row][column]
        if listColumns.contains(columns[column]) { return .strings(JSON.strings(value.stringValue)) }
        switch value {
        case .null: return .null
        case .integer(let v): return .number(Double(v))
        case .real(let v): return .number(v)
        case .text(let s):
            return .string(markedColumns.contains(columns[column]) ? MatchMarker.strip(s) : s)
        case .blob(let b): return .string(b.map { ($0 < 0x10 ? "0" : "") + String($0, radix: 16) }.joined())
        }
    }

    public var isNumeric: [Bool] {
        columns.indices.map { index in
            var sawNumber = false
            for row in rows {
                switch row[index] {
                case .integer, .real: sawNumber = true
                case .null: continue
                default: return false
                }
            }
            return sawNumber && !listColumns.contains(columns[index])
        }
    }
}

package enum CellText {
    package static func of(_ value: DatabaseValue) -> String {
        switch value {
        case .null: return ""
        case .real(let v): return number(v)
        case .blob(let b): return "<\(b.count) bytes>"
        default: return value.stringValue ?? ""
        }
    }

    /// 5100 not 5100.0, 8.5 as 8.5, and no binary noise such as 0.30000000000000004.
    package static func number(_ v: Double) -> String {
        guard v.isFinite else { return String(v) }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        var text = FixedPoint.text(v, decimals: 6)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

/// Delimiters the search puts around a match inside a snippet; each output format turns them into
/// its own marking (bold on a terminal, […] when piped, nothing in JSON).
public enum MatchMarker {
    public static let open = "\u{E000}"
    public static let close = "\u{E001}"

    // Replaced as bytes: NSString's replacingOccurrences, and even Swift's generic replacing(_:with:),
    // cost more than the search itself.
    public static func strip(_ text: String) -> String {
        text.replacingUTF8(open, with: "").replacingUTF8(close, with: "")
    }

    public static func render(_ text: String, bold: Bool) -> String {
        text.replacingUTF8(open, with: bold ? "\u{1B}[1m" : "[").replacingUTF8(close, with: bold ? "\u{1B}[0m" : "]")
    }
}
