import ArchiveText
import FoundationEssentials

/// The sentence that reports the meeting (`4月21日下午,岳阳市召开一季度经济工作分析点评会`), the
/// meeting's name as the report gives it, and the subject that convened it.
struct MeetingClause: Sendable, Equatable {
    var sentenceIndex: Int
    var sentence: String
    /// Character offset of the convening verb (召开, 举行…) in the sentence.
    var verbOffset: Int
    var title: String?
    /// Who met: the sentence before the verb, from the comma that closes its date on.
    var subject: String
    /// The sentence before the verb, dateline included (where the date is read).
    var prefix: String
    /// The meeting is a people's congress session (CongressSession.swift).
    var isCongressSession = false
    /// Other clauses that may name who met, read for the host after `subject` and `title`.
    var otherSubjects: [String] = []

    static func find(in sentences: [Sentence], lexicon: MeetingLexicon = .builtIn) -> MeetingClause? {
        let convene = lexicon.regex("convene"), conveneWords = lexicon.literalAlternatives("convene")
        let dated = [lexicon.regex("month-day"), lexicon.regex("day-only"), lexicon.regex("full-date")]
        let relative = lexicon.wordList("relative-day")
        let nouns = lexicon.wordList("meeting-noun")
        var fallback: MeetingClause?
        let attributive = lexicon.list("attributive-particle")
        for (index, sentence) in sentences.enumerated() {
            let t = ScalarText(sentence.scalars)
            let verbs = conveneWords.map(t.literalMatches) ?? sentence.text.matches(convene).map(\.range)
            for verb in verbs where !attributive.contains(where: { t.hasPrefix($0, at: verb.upperBound) }) {
                guard let clause = reading(sentence.text, index: index, verb: verb, lexicon: lexicon),
                      let title = clause.title, nouns.contains(where: ScalarText(title).contains) else { continue }
                // A column label (【今日要闻】) dates nothing.
                let prefix = withoutLabels(clause.prefix, lexicon: lexicon)
                let hasDate = dated.contains { prefix.firstMatch($0) != nil }
                    || relative.contains(where: ScalarText(prefix).contains)
                if hasDate { return clause }
                if fallback == nil { fallback = clause }
            }
        }
        return fallback
    }

    /// `text` without its bracketed labels (data/meeting-lexicon.tsv `label-bracket`: opening, closing).
    static func withoutLabels(_ text: String, lexicon: MeetingLexicon) -> String {
        var scalars = [Unicode.Scalar](scalarsOf: text)
        for open in lexicon.list("label-bracket") {
            guard let o = open.unicodeScalars.first, let c = lexicon.value("label-bracket", open)?.unicodeScalars.first else { continue }
            while let start = scalars.firstIndex(of: o), let end = scalars[start...].firstIndex(of: c) {
                scalars.removeSubrange(start...end)
            }
        }
        return String(scalars: scalars)
    }

    private static func reading(_ sentence: String, index: Int, verb: Range<Int>, lexicon: MeetingLexicon) -> MeetingClause? {
        let t = ScalarText(sentence)
        let prefix = t[0..<verb.lowerBound]
        let subject = subjectText(prefix, lexicon: lexicon)
        // The name after the verb runs to the end of its clause (召开一季度经济工作分析点评会,总结…).
        var end = verb.upperBound
        while let c = t.char(end), !Roles.clauseBreaks.contains(c), !c.isBlank || end == verb.upperBound { end += 1 }
        var object = t[verb.upperBound..<end].trimmingSpacesAndTabs()
        for word in lexicon.list("aspect-particle") where object.hasPrefix(word) { object = String(object.dropFirst(word.count)) }
        if object.isEmpty || object.count <= 2 {
            // `X会召开` / `X会在长沙召开`: the name is the clause before the verb, without the venue.
            var clauseStart = verb.lowerBound
            while clauseStart > 0, let c = t.char(clauseStart - 1), !Roles.clauseBreaks.contains(c) { clauseStart -= 1 }
            var before = t[clauseStart..<verb.lowerBound]
            if let venue = before.firstMatch(lexicon.regex("venue")) {
                before = ScalarText(before)[0..<venue.range.lowerBound]
            }
            before = before.trimmingSpacesAndTabs()
            // A bare 会议 after the verb takes the body's name before it (市委常委会召开会议).
            object = object.isEmpty ? before : before + object
        }
        let title = trimmedTitle(object)
        return MeetingClause(sentenceIndex: index, sentence: sentence, verbOffset: verb.lowerBound,
                             title: title.isEmpty ? nil : title, subject: subject, prefix: prefix)
    }

    /// The headline's trailing slogans stay out of the name: it ends at the first space.
    private static func trimmedTitle(_ text: String) -> String {
        // Most titles hold no white space at all; splitting Characters would break graphemes to learn it.
        guard text.unicodeScalars.contains(where: \.isBlank) else { return text }
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard let last = parts.last else { return "" }
        // Keep the part that holds the meeting's noun; a leading dateline may precede it after a space.
        return String(parts.count > 1 ? last : parts[0])
    }

    /// The prefix from the comma that closes its last date (`12月20日,`), else the whole prefix.
    static func subjectText(_ prefix: String, lexicon: MeetingLexicon) -> String {
        let lead = lexicon.regex("date-lead")
        var cut = 0
        var ends: [Int] = []
        for name in ["month-day", "day-only", "full-date", "iso-date"] {
            ends += prefix.matches(lexicon.regex(name)).map(\.range.upperBound)
        }
        let t = ScalarText(prefix)
        for word in lexicon.wordList("relative-day") { ends += t.occurrences(of: word).map { $0 + word.count } }
        for end in ends.sorted() {
            let rest = t[end..<t.count]
            if let m = rest.firstMatch(lead) { cut = end + m.range.upperBound }
        }
        return t[cut..<t.count]
    }
}

/// The kind of meeting, from its name (a small closed list; data/meeting-lexicon.tsv `kind`).
enum MeetingKind {
    static func of(_ title: String?, lexicon: MeetingLexicon = .builtIn) -> String? {
        guard let title else { return nil }
        let t = ScalarText(title)
        for word in lexicon.wordList("kind") where t.contains(word) { return lexicon.value("kind", word.text) }
        return "other"
    }
}
