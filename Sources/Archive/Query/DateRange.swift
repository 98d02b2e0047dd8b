/// Half-open string ranges over ISO dates and periods: "2023" ≤ x < "2024" is every day of 2023
/// and every period of it (2023Q1, 2023H1, 2023-01..05). A lower bound of "0" keeps out dates
/// whose year is unknown ("--04-21"), which sort before digits.
struct DateRange: Equatable {
    var lower: String?
    var upper: String?

    static func forYear(_ year: Int, op: FilterOperator) -> DateRange {
        let this = String(year), next = String(year + 1)
        switch op {
        case .equal, .notEqual: return DateRange(lower: this, upper: next)
        case .greater: return DateRange(lower: next, upper: nil)
        case .greaterOrEqual: return DateRange(lower: this, upper: nil)
        case .less: return DateRange(lower: "0", upper: this)
        case .lessOrEqual: return DateRange(lower: "0", upper: next)
        }
    }

    /// `prefix~` sorts after every date that starts with the prefix ('~' follows digits and '-').
    static func forDate(_ date: String, op: FilterOperator) -> DateRange {
        let after = date + "~"
        switch op {
        case .equal, .notEqual: return DateRange(lower: date, upper: after)
        case .greater: return DateRange(lower: after, upper: nil)
        case .greaterOrEqual: return DateRange(lower: date, upper: nil)
        case .less: return DateRange(lower: "0", upper: date)
        case .lessOrEqual: return DateRange(lower: "0", upper: after)
        }
    }
}
