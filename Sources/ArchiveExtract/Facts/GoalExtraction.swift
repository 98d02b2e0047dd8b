import ArchiveMatching
import ArchiveModel

/// Slogan goals of goals.tsv in a sentence, matched with their quotation marks set aside
/// (`首季“开门红”`, `时间任务“双过半”`), one entry per phrase and stance.
enum GoalExtraction {
    static let chainSeparators = ScalarSet([" "] + FactLexicon.builtIn.scalars(.goalChainJoiner))

    static let listMarks = Punctuation.listMark.set

    static func mentions(in sentence: Sentence, vocabulary: GoalVocabulary) -> [GoalMention] {
        var text = sentence.scalars
        if text.contains(where: { GoalVocabulary.quotes.contains($0) }) {
            text.removeAll { GoalVocabulary.quotes.contains($0) }
        }
        // 时间过半,、任务过半: a run of list marks left by scraping reads as its last mark.
        if let first = text.indices.first(where: { $0 > 0 && listMarks.contains(text[$0]) && listMarks.contains(text[$0 - 1]) }) {
            var collapsed = Array(text[..<first])
            for scalar in text[first...] {
                if listMarks.contains(scalar), let last = collapsed.last, listMarks.contains(last) { collapsed.removeLast() }
                collapsed.append(scalar)
            }
            text = collapsed
        }
        let hits = vocabulary.table.matches(in: text)
        var mentions: [GoalMention] = []
        var previous: (end: Int, stance: GoalStance)?
        for hit in hits {
            let stance: GoalStance
            // “开门稳”“开门红”, “半年红”、“全年红”: a run of slogans shares the verb before the first.
            if let previous, (previous.end..<hit.start).allSatisfy({ chainSeparators.contains(text[$0]) }) {
                stance = previous.stance
            } else {
                stance = GoalStance.of(text, phraseStart: hit.start, phraseEnd: hit.end)
            }
            previous = (hit.end, stance)
            guard !mentions.contains(where: { $0.phrase == hit.value && $0.stance == stance.rawValue }) else { continue }
            mentions.append(GoalMention(phrase: hit.value, surface: string(text, hit.start..<hit.end),
                                        stance: stance.rawValue, evidence: sentence.evidence))
        }
        return mentions
    }
}
