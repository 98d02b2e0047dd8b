/// Half-open string ranges over ISO dates and periods: "2023" ≤ x < "2024" is every day of 2023
/// and every period of it (2023Q1, 2023H1, 2023-01..05). A lower bound of "0" keeps out dates
/// whose year is unknown ("--04-21"), which sort before digits.
struct DateRange: Equatable {
    var lower: String?
    var upper: String?

    static func forYear(_ year: Int, op: FilterOperator) -> DateRange {
        covering(from: String(year), before: String(year + 1), op: op)
    }

    /// `prefix~` sorts after every date that starts with the prefix ('~' follows digits and '-').
    static func forDate(_ date: String, op: FilterOperator) -> DateRange {
        covering(from: date, before: date + "~", op: op)
    }

    /// The range for `op` against the values `start` ≤ x < `end` that equal the year or date.
    private static func covering(from start: String, before end: String, op: FilterOperator) -> DateRange {
        switch op {
        case .equal, .notEqual: return DateRange(lower: start, upper: end)
        case .greater: return DateRange(lower: end, upper: nil)
        case .greaterOrEqual: return DateRange(lower: start, upper: nil)
        case .less: return DateRange(lower: "0", upper: start)
        case .lessOrEqual: return DateRange(lower: "0", upper: end)
        }
    }
}
