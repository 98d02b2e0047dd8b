import ArchiveMatching
import ArchiveText
import FoundationEssentials

/// What the report says about itself: headline, publication date, publisher and authors.
struct DocumentFacts: Sendable, Equatable {
    var title: String?
    /// ISO date the report was published, when the page states it.
    var published: String?
    var publisher: String?
    var authors: [String]

    static func read(_ text: String, lexicon: MeetingLexicon = .builtIn, names: PersonNames = .builtIn) -> DocumentFacts {
        read(ReportText(text), lexicon: lexicon, names: names)
    }

    static func read(_ text: ReportText, lexicon: MeetingLexicon = .builtIn, names: PersonNames = .builtIn) -> DocumentFacts {
        let lines = TextLine.lines(of: text.scalars.scalars)
        // A line is read with a pattern only if it may match: it holds one of the pattern's leading
        // words, or a match of the pattern over the whole text touches it.
        func candidates(_ name: String) -> Set<Int> {
            guard lexicon.leadingWords(name) != nil else {
                return TextLine.touched(by: lexicon.lineRegex(name), in: text, lines: lines,
                                        leadingDigits: lexicon.leadingDigits(name))
            }
            return Set(lines.indices.filter { lexicon.mayMatch(name, lines[$0].scalars) })
        }
        // A labelled date holds a date, so the lines with dates are the only ones to read for either.
        let dates = candidates("any-date")
        return DocumentFacts(
            title: headline(lines, dated: dates, lexicon: lexicon),
            published: publishedDate(lines, labelled: dates, dated: dates, lexicon: lexicon),
            publisher: lexicon.mayMatch("publisher", text.scalars) ? publisher(text, lexicon: lexicon) : nil,
            authors: authors(lines, bylines: candidates("byline"), closings: candidates("closing-byline"),
                             sources: candidates("source-byline"), lexicon: lexicon, names: names))
    }

    /// The first line near the top that reads like a headline: enough Chinese, no page furniture,
    /// no date, no label.
    static func headline(_ lines: [TextLine], dated: Set<Int>, lexicon: MeetingLexicon) -> String? {
        let furniture = lexicon.phrases("furniture")
        let labelMarks = Punctuation.headlineLabelMark.set
        let dates = [lexicon.regex("full-date"), lexicon.regex("iso-date")]
        for (index, entry) in lines.prefix(12).enumerated() {
            let line = entry.text
            let han = entry.scalars.scalars.reduce(0) { $0 + ($1.isHan ? 1 : 0) }
            guard han >= 6, entry.scalars.count <= 80 else { continue }
            if furniture.contains(in: entry.scalars.scalars) { continue }
            if entry.scalars.scalars.contains(where: labelMarks.contains) { continue }
            if dated.contains(index), dates.contains(where: { line.firstMatch($0) != nil }) { continue }
            if line.hasSuffix(Punctuation.fullStopWord) { return nil }
            return line
        }
        return nil
    }

    /// A labelled date (发布时间:…), else the first full date on a short header line.
    static func publishedDate(_ lines: [TextLine], labelled: Set<Int>, dated: Set<Int>, lexicon: MeetingLexicon) -> String? {
        let forms = [lexicon.regex("labelled-full-date"), lexicon.regex("labelled-iso-date")]
        for index in labelled.sorted() {
            for regex in forms {
                if let m = lines[index].text.firstMatch(regex), let date = CalendarDate(groups: Array(m.groups.dropFirst())) {
                    return date.iso
                }
            }
        }
        let plain = [lexicon.regex("full-date"), lexicon.regex("iso-date")]
        // Unlabelled, only a date on a short line of the page's head counts (not related-article lists below).
        for (index, line) in lines.prefix(10).map(\.text).enumerated() where dated.contains(index) && line.prefix(71).count <= 70 {
            for regex in plain {
                if let m = line.firstMatch(regex), let date = CalendarDate(groups: Array(m.groups.dropFirst())) {
                    return date.iso
                }
            }
        }
        return nil
    }

    static func publisher(_ text: ReportText, lexicon: MeetingLexicon) -> String? {
        guard let value = text.firstMatch(lexicon.regex("publisher"))?.groups[1] else { return nil }
        return value.isEmpty ? nil : value
    }

    /// Reporters, writers and correspondents from bylines; editors and reviewers are left out.
    /// `bylines`, `closings` and `sources`: the lines that may hold a byline, a closing name in
    /// brackets, or names after the source (来源:某台  某某).
    static func authors(_ lines: [TextLine], bylines: Set<Int>, closings: Set<Int>, sources: Set<Int> = [],
                        lexicon: MeetingLexicon, names: PersonNames) -> [String] {
        let byline = lexicon.regex("byline"), editor = lexicon.regex("editor")
        let closing = lexicon.regex("closing-byline"), source = lexicon.regex("source-byline")
        let publisher = lexicon.regex("publisher")
        var found: [String] = []
        func add(_ name: String) { if !found.contains(name) { found.append(name) } }
        for index in bylines.union(closings).union(sources).sorted() {
            let line = lines[index].text, t = lines[index].scalars
            let labels = bylines.contains(index) ? line.matches(byline) : []
            // A name ends where an editor's label or the source's (作者:某某来源:…) begins.
            let editorStarts = labels.isEmpty ? [] : Set((line.matches(editor) + line.matches(publisher)).map(\.range.lowerBound))
            for m in labels {
                var j = m.range.upperBound
                while true {
                    while let c = t.char(j), c.isBlank || c == Punctuation.enumerationMark { j += 1 }
                    guard let run = names.bylineName(in: t, at: j, stoppingAt: editorStarts) else { break }
                    add(run)
                    j += run.unicodeScalars.count
                    // Further names follow only after a space or 、 (作者:王金 唐清).
                    guard let next = t.char(j), next.isBlank || next == Punctuation.enumerationMark else { break }
                }
            }
            for (lineSet, regex) in [(closings, closing), (sources, source)] where lineSet.contains(index) {
                guard let m = line.firstMatch(regex), let group = m.groups[1] else { continue }
                let tokens = group.split(whereSeparator: \.isWhitespace).map(String.init)
                if tokens.allSatisfy({ names.isBareName($0) }) { tokens.forEach(add) }
            }
        }
        return found
    }
}

/// A non-empty line of a report, trimmed, with where it lies in the text in UTF-16 units (what a
/// regex over the whole text reports).
struct TextLine: Sendable {
    let scalars: ScalarText
    let utf16: Range<Int>

    /// The line as a string, made when asked: most lines are only scanned as scalars.
    var text: String { String(scalars: scalars.scalars) }

    /// The text's lines at "\n" (a "\r" before it is trimmed), trimmed of spaces and tabs, empty ones left out.
    static func lines(of scalars: [Unicode.Scalar]) -> [TextLine] {
        var lines: [TextLine] = []
        var lineStart = 0, unitStart = 0, units = 0
        func close(_ end: Int) {
            var s = lineStart, e = end, from = unitStart
            while s < e, scalars[s].isLineSpace { from += scalars[s].utf16.count; s += 1 }
            while e > s, scalars[e - 1].isLineSpace { e -= 1 }
            if s < e {
                let length = scalars[s..<e].reduce(0) { $0 + $1.utf16.count }
                lines.append(TextLine(scalars: ScalarText(scalars[s..<e]), utf16: from..<(from + length)))
            }
        }
        for (index, scalar) in scalars.enumerated() {
            units += scalar.utf16.count
            if scalar == "\n" {
                close(index)
                lineStart = index + 1
                unitStart = units
            }
        }
        close(scalars.count)
        return lines
    }

    /// Indexes of the lines a match of `regex` over the whole text touches. A line with a match of
    /// its own is always among them: the whole-text scan either finds that match or one reaching it.
    /// `leadingDigits`: how many digits every match starts with, when known; the pattern is then
    /// tried only where that many digits start.
    static func touched(by regex: TextPattern, in text: ReportText, lines: [TextLine], leadingDigits: Int = 0) -> Set<Int> {
        var touched: Set<Int> = []
        var first = 0
        let matches: [TextPattern.Match]
        if leadingDigits > 0 {
            let starts = text.scalars.utf16Offsets(PatternHead.digitRunStarts(text.scalars.scalars, count: leadingDigits),
                                                   unitCount: text.utf16.count)
            matches = text.utf16.withUnsafeBufferPointer { regex.matches(in: $0, startingAt: starts) }
        } else {
            matches = text.matches(regex)
        }
        for match in matches {
            let range = match.range.lowerBound..<(match.range.lowerBound + max(1, match.range.count))
            while first < lines.count, lines[first].utf16.upperBound <= range.lowerBound { first += 1 }
            var k = first
            while k < lines.count, lines[k].utf16.lowerBound < range.upperBound {
                touched.insert(k)
                k += 1
            }
        }
        return touched
    }
}

extension Unicode.Scalar {
    /// What trimming a line takes off: spaces (Zs), tabs, and the CR of a CRLF break.
    var isLineSpace: Bool {
        switch value {
        case 0x09, 0x0D: return true                          // tab, and the CR of a CRLF
        case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return false  // line and paragraph breaks
        default: return isBlank                               // the space separators (Zs)
        }
    }
}
