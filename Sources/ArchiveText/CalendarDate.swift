import FoundationEssentials

/// A calendar date as the text gives it; the year may be unknown.
package struct CalendarDate: Sendable, Equatable, Comparable {
    package var year: Int?
    package var month: Int
    package var day: Int

    package init?(year: Int?, month: Int, day: Int) {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        if let year, !(1949...2100).contains(year) { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// From regex groups (year, month, day).
    package init?(groups: [String?]) {
        guard groups.count >= 3, let y = groups[0].flatMap({ Int($0) }), let m = groups[1].flatMap({ Int($0) }),
              let d = groups[2].flatMap({ Int($0) }) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    package init?(iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    package var iso: String {
        // Not String(format:): Foundation's formatter cost more than the rest of the date reading.
        let md = Self.padded(month, 2) + "-" + Self.padded(day, 2)
        return year.map { Self.padded($0, 4) + "-" + md } ?? "--" + md
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    package static func < (a: CalendarDate, b: CalendarDate) -> Bool { (a.month, a.day) < (b.month, b.day) }

    /// The date `days` days away (negative: earlier); needs a year.
    package func adding(days: Int) -> CalendarDate? {
        guard let year else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
              let moved = calendar.date(byAdding: .day, value: days, to: date) else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: moved)
        return CalendarDate(year: c.year, month: c.month ?? 1, day: c.day ?? 1)
    }
}

