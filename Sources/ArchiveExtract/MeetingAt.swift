import ArchiveMatching
import ArchiveModel
import ArchiveResources
import ArchiveText
/// A meeting the report names only as where something was said (`5月8日,在某市经济工作会议上,
/// 市长某某说…`), for reports with no convening verb.
extension MeetingClause {
    /// The first dated sentence that names a meeting so; nil when none does.
    static func namedAsSetting(in sentences: [Sentence], lexicon: MeetingLexicon = .builtIn) -> MeetingClause? {
        let at = lexicon.regex("meeting-at")
        let dated = [lexicon.regex("month-day"), lexicon.regex("full-date")]
        for (index, sentence) in sentences.enumerated() {
            guard let m = sentence.text.firstMatch(at), let name = m.groups[1] else { continue }
            let t = ScalarText(sentence.scalars)
            let prefix = t[0..<m.range.lowerBound]
            guard dated.contains(where: { prefix.firstMatch($0) != nil }) else { continue }
            // Who met is named in the meeting's name (某县委…全会).
            return MeetingClause(sentenceIndex: index, sentence: sentence.text, verbOffset: m.range.lowerBound,
                                 title: name, subject: name, prefix: prefix)
        }
        return nil
    }
}
