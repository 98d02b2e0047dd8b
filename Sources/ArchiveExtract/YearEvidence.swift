import ArchiveMatching
import ArchiveModel
import ArchiveResources
import ArchiveText
/// A year the content of a report fixes for its meeting, with the rule and the words that fix it.
struct YearInference: Sendable, Equatable {
    var year: Int
    /// year-phrase, text-plan-year, target-year, review-year, future-year or since-year.
    var rule: String
    /// The words of the text the year was read from.
    var evidence: String
}

/// Years the content fixes when no date does: a phrase that names a year by itself
/// (data/year-phrases.tsv), a year planned or targeted, a year reviewed, each read against the
/// meeting's month (a review of N with the plan for N+1 is N+1 in January–April, N in
/// October–December). Nil when nothing fixes it: never a guess.
struct YearEvidence: Sendable {
    let lexicon: MeetingLexicon
    /// Longest first, so a longer phrase is read before one it holds.
    private let phrases: [(word: Word, year: Int)]
    private let frames: [(word: Word, offset: Int)]
    private let ignored: ScalarBitmap
    /// The last two scalars of every phrase: a text holding none of them holds no phrase.
    private let endings: ScalarPairSet

    init(lexicon: MeetingLexicon = .builtIn, phrases tsv: String = EmbeddedResources.data("year-phrases.tsv")) {
        self.lexicon = lexicon
        phrases = TSV.records(tsv).compactMap { row in
            guard let phrase = row["phrase"], !phrase.isEmpty, let year = row["year"].flatMap({ Int($0) }) else { return nil }
            return (Word(phrase), year)
        }.sorted { $0.word.count > $1.word.count }
        frames = lexicon.longestFirst("year-frame").map { (Word($0), Int(lexicon.value("year-frame", $0) ?? "0") ?? 0) }
        ignored = ScalarBitmap(lexicon.list("year-phrase-ignored").flatMap(\.unicodeScalars).map(\.value))
        endings = ScalarPairSet(phrases.filter { $0.word.count >= 2 }.map {
            ($0.word.scalars[$0.word.count - 2], $0.word.scalars[$0.word.count - 1])
        })
    }

    static let builtIn = YearEvidence()

    /// The first rule that fixes a year, in order: a year phrase, a planned year, a target year, a
    /// reviewed year, a year the text says it will work in, a year the work runs since.
    func infer(text: ReportText, month: Int?) -> YearInference? {
        if let found = phraseYear(text.scalars.scalars) { return found }
        guard let month else { return nil }
        let late = month >= 10, opening = month <= 4
        let rules: [(name: String, shift: Int?)] = [
            ("text-plan-year", late ? -1 : 0),
            ("target-year", late ? -1 : 0),
            ("review-year", opening ? 1 : late ? 0 : nil),
            ("future-year", month <= 6 ? 0 : nil),
            ("since-year", month >= 2 ? 0 : nil),
        ]
        for rule in rules {
            guard let shift = rule.shift,
                  let m = lexicon.firstMatch(rule.name, in: text.string, scalars: text.scalars, utf16: text.utf16),
                  let year = m.groups.dropFirst().lazy.compactMap({ $0.flatMap { Int($0) } }).first else { continue }
            // The words from the year on: a pattern may match from the mark that opens the clause.
            let words = (m.groups[0] ?? "").unicodeScalars.drop { Roles.clauseBreaks.contains($0) || $0.properties.isWhitespace }
            return YearInference(year: year + shift, rule: rule.name, evidence: String(scalars: words))
        }
        return nil
    }

    /// A phrase of the table, its year moved by a frame before it in its sentence (去年是…: one on).
    func phraseYear(_ scalars: [Unicode.Scalar]) -> YearInference? {
        guard holdsEnding(scalars) else { return nil }
        let kept = scalars.filter { !ignored.contains($0.value) }
        let t = ScalarText(kept)
        var best: (start: Int, result: YearInference)?
        for phrase in phrases {
            for start in t.occurrences(of: phrase.word) where best.map({ start < $0.start }) ?? true {
                var sentenceStart = start
                while sentenceStart > 0, let c = t.char(sentenceStart - 1), !Sentences.terminators.contains(c) { sentenceStart -= 1 }
                let before = ScalarText(kept[sentenceStart..<start])
                let frame = frames.first { before.contains($0.word) }
                let end = start + phrase.word.count
                // The evidence runs from the frame, else from the phrase's clause, to the phrase's end.
                var from = start
                while from > sentenceStart, !Roles.clauseBreaks.contains(kept[from - 1]) { from -= 1 }
                if let frame, let at = before.occurrences(of: frame.word).last { from = sentenceStart + at }
                best = (start, YearInference(year: phrase.year + (frame?.offset ?? 0), rule: "year-phrase",
                                             evidence: String(scalars: kept[from..<end])))
                break
            }
        }
        return best?.result
    }

    /// Whether two neighbouring scalars, the ignored ones skipped, end a phrase: a text where none
    /// do holds no phrase. Asked of every report, so it tests bits and allocates nothing.
    private func holdsEnding(_ scalars: [Unicode.Scalar]) -> Bool {
        var previous: Unicode.Scalar?
        for scalar in scalars where !ignored.contains(scalar.value) {
            if let previous, endings.contains(previous, scalar) { return true }
            previous = scalar
        }
        return false
    }
}
