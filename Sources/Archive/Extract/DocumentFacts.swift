import Foundation

/// What the report says about itself: headline, publication date, publisher and authors.
struct DocumentFacts: Sendable, Equatable {
    var title: String?
    /// ISO date the report was published, when the page states it.
    var published: String?
    var publisher: String?
    var authors: [String]

    static func read(_ text: String, lexicon: MeetingLexicon = .builtIn) -> DocumentFacts {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        return DocumentFacts(
            title: headline(lines, lexicon: lexicon),
            published: publishedDate(lines, lexicon: lexicon),
            publisher: publisher(text, lexicon: lexicon),
            authors: authors(lines, lexicon: lexicon))
    }

    /// The first line near the top that reads like a headline: enough Chinese, no page furniture,
    /// no date, no label.
    static func headline(_ lines: [String], lexicon: MeetingLexicon) -> String? {
        let furniture = lexicon.list("furniture")
        let dates = [lexicon.regex("full-date"), lexicon.regex("iso-date")]
        for line in lines.prefix(12) {
            let han = line.filter(\.isHan).count
            guard han >= 6, line.count <= 80 else { continue }
            if furniture.contains(where: line.contains) { continue }
            if line.contains(":") || line.contains("：") || line.contains(">") || line.contains("|") { continue }
            if dates.contains(where: { !line.matches($0).isEmpty }) { continue }
            if line.hasSuffix("。") { return nil }
            return line
        }
        return nil
    }

    /// A labelled date (发布时间:…), else the first full date on a short header line.
    static func publishedDate(_ lines: [String], lexicon: MeetingLexicon) -> String? {
        let label = lexicon.patterns["published-label"] ?? ""
        let full = lexicon.patterns["full-date"] ?? "", iso = lexicon.patterns["iso-date"] ?? ""
        let labelled = [full, iso].compactMap { try? NSRegularExpression(pattern: "(?:" + label + ")(?:" + $0 + ")") }
        for line in lines {
            for regex in labelled {
                if let m = line.matches(regex).first, let date = CalendarDate(groups: Array(m.groups.dropFirst())) {
                    return date.iso
                }
            }
        }
        let plain = [lexicon.regex("full-date"), lexicon.regex("iso-date")]
        for line in lines where line.count <= 70 {
            for regex in plain {
                if let m = line.matches(regex).first, let date = CalendarDate(groups: Array(m.groups.dropFirst())) {
                    return date.iso
                }
            }
        }
        return nil
    }

    static func publisher(_ text: String, lexicon: MeetingLexicon) -> String? {
        guard let value = text.matches(lexicon.regex("publisher")).first?.groups[1] else { return nil }
        return value.isEmpty ? nil : value
    }

    /// Reporters, writers and correspondents from bylines; editors and reviewers are left out.
    static func authors(_ lines: [String], lexicon: MeetingLexicon) -> [String] {
        let byline = lexicon.regex("byline"), editor = lexicon.regex("editor")
        let closing = lexicon.regex("closing-byline")
        let names = PersonNames(lexicon: lexicon)
        var found: [String] = []
        func add(_ name: String) { if !found.contains(name) { found.append(name) } }
        for line in lines {
            let t = ScalarText(line)
            let editorStarts = Set(line.matches(editor).map(\.range.lowerBound))
            for m in line.matches(byline) {
                var j = m.range.upperBound
                while true {
                    while let c = t.char(j), c.isWhitespace || c == "、" { j += 1 }
                    guard let run = names.bylineName(in: t, at: j, stoppingAt: editorStarts) else { break }
                    add(run)
                    j += run.count
                    // Further names follow only after a space or 、 (作者:王金 唐清).
                    guard let next = t.char(j), next.isWhitespace || next == "、" else { break }
                }
            }
            if let m = line.matches(closing).first, let group = m.groups[1] {
                let tokens = group.split(whereSeparator: \.isWhitespace).map(String.init)
                if tokens.allSatisfy({ names.isBareName($0) }) { tokens.forEach(add) }
            }
        }
        return found
    }
}

/// A calendar date as the text gives it; the year may be unknown.
struct CalendarDate: Sendable, Equatable, Comparable {
    var year: Int?
    var month: Int
    var day: Int

    init?(year: Int?, month: Int, day: Int) {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        if let year, !(1949...2100).contains(year) { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// From regex groups (year, month, day).
    init?(groups: [String?]) {
        guard groups.count >= 3, let y = groups[0].flatMap({ Int($0) }), let m = groups[1].flatMap({ Int($0) }),
              let d = groups[2].flatMap({ Int($0) }) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    init?(iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    var iso: String {
        let md = String(format: "%02d-%02d", month, day)
        return year.map { String(format: "%04d-", $0) + md } ?? "--" + md
    }

    static func < (a: CalendarDate, b: CalendarDate) -> Bool { (a.month, a.day) < (b.month, b.day) }

    /// The date `days` days away (negative: earlier); needs a year.
    func adding(days: Int) -> CalendarDate? {
        guard let year else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
              let moved = calendar.date(byAdding: .day, value: days, to: date) else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: moved)
        return CalendarDate(year: c.year, month: c.month ?? 1, day: c.day ?? 1)
    }
}

extension Character {
    /// A CJK unified ideograph (the characters names and places are written in).
    var isHan: Bool {
        guard let s = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        return (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
            || (0x20000...0x2FFFF).contains(s.value)
    }
}
