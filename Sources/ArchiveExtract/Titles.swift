import ArchiveMatching
import ArchiveText

/// Titles written before a name (`市委副书记、市长李挚`): offices split at 、, each kept whole.
struct Titles: Sendable {
    let lexicon: MeetingLexicon
    /// Office words by their last and by their first character, each list longest first: the
    /// scans ask at every position of a text, and a position only needs the words that can fit it.
    private let officesByLast: ScalarMap<[Word]>
    private let officesByFirst: PhraseTable<Word>
    private let rejects: [Word]
    private let trims: [Word]
    private let cuts: [Word]
    private let groupLabelEnds: [Word]
    static let boundaryScalars = Punctuation.titleBoundary.scalars
    static let boundaries = ScalarSet(boundaryScalars)

    init(lexicon: MeetingLexicon) {
        self.lexicon = lexicon
        let offices = lexicon.longestWords("office").filter { $0.count > 0 }
        officesByLast = ScalarMap(byLast: offices)
        officesByFirst = PhraseTable(offices.map { ($0.text, $0) })
        rejects = lexicon.wordList("title-reject")
        trims = lexicon.longestWords("title-trim")
        cuts = lexicon.wordList("title-cut")
        groupLabelEnds = lexicon.wordList("group-label-end")
    }

    /// The scalars some office word ends with.
    var officeEnds: [Unicode.Scalar] { officesByLast.keys }

    /// The office word ending at `end`, longest first.
    func office(in t: ScalarText, endingAt end: Int) -> Word? {
        guard let last = t.char(end - 1), let candidates = officesByLast[last] else { return nil }
        return candidates.first { t.hasSuffix($0, endingAt: end) }
    }

    /// The office word starting at `start`.
    func office(in t: ScalarText, startingAt start: Int) -> Word? {
        guard start >= 0 else { return nil }
        return officesByFirst.match(in: t.scalars, at: start)?.value
    }

    enum Chain: Equatable {
        case none
        /// Titles in order; group labels (市领导) are left out but still mark the span as titled.
        case titles([String])
        /// The span shows the name is reported, not present (传达了省委书记…的讲话).
        case rejected
    }

    /// The title chain ending right before a name starting at `nameStart`.
    func chain(in t: ScalarText, before nameStart: Int) -> Chain {
        var end = nameStart
        var units: [String] = []
        var sawUnit = false
        while office(in: t, endingAt: end) != nil {
            var start = end
            while start > 0, end - start < 24, let c = t.char(start - 1), !Titles.boundaries.contains(c), !c.isBlank {
                start -= 1
            }
            var unitStart = start
            while let word = trims.first(where: { t.hasPrefix($0, at: unitStart) && end - unitStart > $0.count }) {
                unitStart += word.count
            }
            // A list's last name joined to a titled one (某某及秘书长): the title starts after the joiner.
            for cut in cuts {
                if let at = ScalarText(t.scalars[unitStart..<end]).occurrences(of: cut).last, unitStart + at + cut.count < end {
                    unitStart += at + cut.count
                }
            }
            let unit = ScalarText(t.scalars[unitStart..<end])
            if rejects.contains(where: unit.contains) { return .rejected }
            // A unit must be an office, not a clause that happens to end in one.
            if unit.scalars.contains(where: { !$0.isHan && $0 != "(" && $0 != ")" }) { break }
            sawUnit = true
            if !groupLabelEnds.contains(where: { unit.hasSuffix($0, endingAt: unit.count) }) {
                units.insert(String(scalars: unit.scalars), at: 0)
            }
            guard start > 0, t.char(start - 1) == Punctuation.enumerationMark else { break }
            end = start - 1
        }
        return sawUnit ? .titles(units) : .none
    }
}
