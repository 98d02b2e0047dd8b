import ArchiveResources
import FoundationEssentials

/// Dates and sources as pages state them: meta values like `2024-05-06T16:00:00+08:00` and
/// visible lines like `发布时间：2023年07月24日` or `来源：天门市融媒体中心`.
enum PageFacts {
    private static let words = PageWord.table
    private static let dateLabels = words.words(.dateLabel)
    private static let sourceLabels = words.words(.sourceLabel)
    private static let dateSeparators = Set(words.scalars(.dateSeparator))
    private static let labelMarks = Set(words.scalars(.labelMark).map(Character.init))
    private static let sourceEnds = Set(words.scalars(.sourceEnd).map(Character.init))

    /// `yyyy-MM-dd` from the first date written as year, month and day in `text`.
    static func isoDate(_ text: String) -> String? {
        var numbers: [Int] = []
        var current: Int?
        var digits = 0
        for scalar in text.unicodeScalars {
            var digit: Int?
            if scalar.value >= 0x30 && scalar.value <= 0x39 { digit = Int(scalar.value - 0x30) }
            if scalar.value >= 0xFF10 && scalar.value <= 0xFF19 { digit = Int(scalar.value - 0xFF10) }
            if let digit {
                // Runs over 4 digits are dropped below; cap the value so 20 of them cannot overflow.
                current = min(current ?? 0, 99_999) * 10 + digit
                digits += 1
                continue
            }
            if let value = current {
                current = nil
                // A phone number or timestamp is not part of a date.
                if digits > 4 {
                    digits = 0
                    numbers.removeAll()
                    continue
                }
                digits = 0
                numbers.append(value)
                if numbers.count == 3 { break }
                guard dateSeparators.contains(scalar) else { numbers.removeAll(); continue }
            }
        }
        if let current, numbers.count == 2, digits <= 4 { numbers.append(current) }
        guard numbers.count == 3 else { return nil }
        let (year, month, day) = (numbers[0], numbers[1], numbers[2])
        return CalendarDate(year: year, month: month, day: day)?.iso
    }

    /// The date on a `发布时间：…` line near the top of the page.
    static func statedDate(in lines: [String]) -> String? {
        for line in lines.prefix(30) {
            for label in dateLabels {
                guard let range = line.firstRange(of: label) else { continue }
                let rest = line[range.upperBound...].drop { labelMarks.contains($0) || $0 == " " }
                if let date = isoDate(String(rest.prefix(24))) { return date }
            }
        }
        return nil
    }

    /// The name on a `来源：…` line near the top of the page.
    static func statedSource(in lines: [String]) -> String? {
        for line in lines.prefix(30) {
            for label in sourceLabels {
                guard let range = line.firstRange(of: label) else { continue }
                let rest = line[range.upperBound...].drop { labelMarks.contains($0) || $0 == " " || $0 == "\u{3000}" }
                let name = rest.prefix { !$0.isWhitespace && !sourceEnds.contains($0) }
                if !name.isEmpty, name.count <= 30 { return String(name) }
            }
        }
        return nil
    }
}
