import ArchiveMatching
import ArchiveText

/// Chinese personal names: a surname from data/surnames.tsv and one or two given characters,
/// ending where a verb, particle or punctuation begins (`曹普华强调` → `曹普华`).
struct PersonNames: Sendable {
    let lexicon: MeetingLexicon
    /// Words that may follow a name, found by first scalar: the test runs at every position of a sentence.
    private let followers: PhraseTable<Void>
    private let weakFollowers: ScalarSet
    private let nonNameEnds: ScalarSet
    private let notNames: [Word]
    private let surnames: ScalarSet
    /// Two-scalar surnames (欧阳).
    private let doubleSurnames: ScalarPairSet

    init(lexicon: MeetingLexicon) {
        self.lexicon = lexicon
        followers = PhraseTable((lexicon.list("name-follower") + lexicon.list("office")).map { ($0, ()) })
        weakFollowers = Self.singleScalars(lexicon.list("weak-follower"))
        nonNameEnds = Self.singleScalars(lexicon.list("non-name-end"))
        notNames = lexicon.wordList("not-a-name")
        surnames = Self.singleScalars(Array(lexicon.surnames))
        doubleSurnames = ScalarPairSet(lexicon.doubleSurnames.compactMap { name in
            let s = Array(name.unicodeScalars)
            return s.count == 2 ? (s[0], s[1]) : nil
        })
    }

    /// The rules over the built-in lexicon, built once.
    static let builtIn = PersonNames(lexicon: .builtIn)

    /// One-scalar words as scalars; longer entries could never equal one scalar and are left out.
    private static func singleScalars(_ words: [String]) -> ScalarSet {
        ScalarSet(words.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
    }

    /// Length of the surname starting at `i` (2 for 欧阳…), nil when none does.
    func surnameLength(in t: ScalarText, at i: Int) -> Int? {
        guard let c = t.char(i) else { return nil }
        if i + 1 < t.count, doubleSurnames.contains(c, t.scalars[i + 1]) { return 2 }
        return surnames.contains(c) ? 1 : nil
    }

    /// Whether what starts at `i` may follow a name: the end, white space, punctuation, or a listed word.
    func isFollower(in t: ScalarText, at i: Int) -> Bool {
        guard let c = t.char(i) else { return true }
        if c.isBlank || !c.isHan { return true }
        if weakFollowers.contains(c) { return true }
        return followers.match(in: t.scalars, at: i) != nil
    }

    private func allHan(_ t: ScalarText, _ range: Range<Int>) -> Bool {
        range.upperBound <= t.count && range.allSatisfy { t.scalars[$0].isHan }
    }

    /// The length of the name starting at `i`, choosing between a two- and three-character reading
    /// by what follows; `known` names (read where delimiters made them certain) win ties.
    func nameLength(in t: ScalarText, at i: Int, known: Set<String> = []) -> Int? {
        guard let s = surnameLength(in: t, at: i), !notNames.contains(where: { t.hasPrefix($0, at: i) }) else { return nil }
        let long = s + 2, short = s + 1
        let longOK = allHan(t, i..<(i + long)) && isFollower(in: t, at: i + long) && plausibleEnd(t, i + long - 1)
        let shortOK = allHan(t, i..<(i + short)) && isFollower(in: t, at: i + short) && plausibleEnd(t, i + short - 1)
        switch (longOK, shortOK) {
        case (true, true):
            if known.contains(t[i..<(i + short)]) && !known.contains(t[i..<(i + long)]) { return short }
            if let third = t.char(i + short), weakFollowers.contains(third) { return short }
            // The longest follower there: a two-character one (会上, 主持) means the name is short.
            if let hit = followers.match(in: t.scalars, at: i + short), hit.end - hit.start > 1 { return short }
            return long
        case (true, false): return long
        case (false, true): return short
        default: return nil
        }
    }

    private func plausibleEnd(_ t: ScalarText, _ last: Int) -> Bool {
        guard let c = t.char(last) else { return false }
        return !nonNameEnds.contains(c)
    }

    /// A whole token that is a name (list items, bylines): surname plus one or two characters.
    func isBareName(_ token: String) -> Bool {
        isBareName(ScalarText(token), 0..<token.unicodeScalars.count)
    }

    /// The same for the span `range` of `t`, without cutting it out.
    func isBareName(_ t: ScalarText, _ range: Range<Int>) -> Bool {
        let length = range.count
        guard let s = surnameLength(in: t, at: range.lowerBound), (s + 1...s + 2).contains(length),
              !notNames.contains(where: { $0.count <= length && t.hasPrefix($0, at: range.lowerBound) }) else { return false }
        return allHan(t, range) && plausibleEnd(t, range.upperBound - 1)
    }

    /// A byline name at `i`: a Han run that is a name, cut before an editor label that follows
    /// without a separator (李明月审核人:…).
    func bylineName(in t: ScalarText, at i: Int, stoppingAt labels: Set<Int>) -> String? {
        var end = i
        while let c = t.char(end), c.isHan, !labels.contains(end) || end == i { end += 1 }
        return isBareName(t, i..<end) ? t[i..<end] : nil
    }
}
