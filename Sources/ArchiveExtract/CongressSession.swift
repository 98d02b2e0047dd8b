import ArchiveMatching
import ArchiveModel
import ArchiveResources
import ArchiveText
/// A people's congress session (人代会) reported as the meeting: the session the text names
/// (data/meeting-patterns.tsv `congress-session`), its host the place written just before the name.
extension MeetingClause {
    /// The kind a session's meeting has, whatever words its name holds.
    static let congressKind = "people's-congress"

    /// The first sentence naming a session that also dates the report's day (a date or 今天…),
    /// else the first naming one; nil when no sentence names a session. The title is the name as
    /// first written (the headline's, when it names the session); the clauses before the name in
    /// the other sentences are kept to find the host where the dated one names no place (市十五届…).
    static func congressSession(in sentences: [Sentence], text: ReportText? = nil, lexicon: MeetingLexicon = .builtIn) -> MeetingClause? {
        let session = lexicon.regex("congress-session"), verb = lexicon.regex("congress-verb")
        // Most reports name no session: a word every name holds, then one scan of the whole text, settle them.
        if let text {
            guard lexicon.wordList("congress-mark").allSatisfy(text.scalars.contains), text.firstMatch(session) != nil else { return nil }
        }
        let dated = [lexicon.regex("month-day"), lexicon.regex("full-date")]
        let relative = lexicon.wordList("relative-day")
        var fallback: MeetingClause?, chosen: MeetingClause?
        var firstTitle: String?, subjects: [String] = []
        for (index, sentence) in sentences.enumerated() {
            guard let name = sentence.text.firstMatch(session) else { continue }
            let t = ScalarText(sentence.scalars)
            // The day is read up to the verb that reports the session (…会议1月23日上午在某地开幕),
            // else up to the name's end.
            var end = name.range.upperBound
            let rest = t[end..<t.count]
            if let v = rest.firstMatch(verb), !t[end..<(end + v.range.lowerBound)].unicodeScalars.contains(where: Roles.clauseBreaks.contains) {
                end += v.range.lowerBound
            }
            let prefix = t[0..<end]
            // Who met: the clause before the name (…开幕的某市十六届人大二次会议: 某市).
            var clauseStart = name.range.lowerBound
            while clauseStart > 0, let c = t.char(clauseStart - 1), !Roles.clauseBreaks.contains(c) { clauseStart -= 1 }
            let subject = t[clauseStart..<name.range.lowerBound]
            if firstTitle == nil { firstTitle = name.groups[0] }
            subjects.append(subject)
            guard chosen == nil else { continue }
            let clause = MeetingClause(sentenceIndex: index, sentence: sentence.text, verbOffset: name.range.lowerBound,
                                       title: name.groups[0], subject: subject, prefix: prefix, isCongressSession: true)
            let hasDate = dated.contains { prefix.firstMatch($0) != nil } || relative.contains(where: ScalarText(prefix).contains)
            if hasDate { chosen = clause }
            if fallback == nil { fallback = clause }
        }
        guard var clause = chosen ?? fallback else { return nil }
        clause.title = firstTitle ?? clause.title
        clause.otherSubjects = subjects
        return clause
    }
}
