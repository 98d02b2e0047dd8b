/// Chinese personal names: a surname from data/surnames.tsv and one or two given characters,
/// ending where a verb, particle or punctuation begins (`曹普华强调` → `曹普华`).
struct PersonNames: Sendable {
    let lexicon: MeetingLexicon
    private let followers: [String]
    private let weakFollowers: Set<String>
    private let nonNameEnds: Set<String>

    init(lexicon: MeetingLexicon) {
        self.lexicon = lexicon
        followers = lexicon.longestFirst("name-follower") + lexicon.longestFirst("office")
        weakFollowers = lexicon.set("weak-follower")
        nonNameEnds = lexicon.set("non-name-end")
    }

    /// Length of the surname starting at `i` (2 for 欧阳…), nil when none does.
    func surnameLength(in t: ScalarText, at i: Int) -> Int? {
        if i + 1 < t.count, lexicon.doubleSurnames.contains(t[i..<(i + 2)]) { return 2 }
        if let c = t.char(i), lexicon.surnames.contains(String(c)) { return 1 }
        return nil
    }

    /// Whether what starts at `i` may follow a name: the end, white space, punctuation, or a listed word.
    func isFollower(in t: ScalarText, at i: Int) -> Bool {
        guard let c = t.char(i) else { return true }
        if c.isWhitespace || !c.isHan { return true }
        if weakFollowers.contains(String(c)) { return true }
        return followers.contains { t.hasPrefix($0, at: i) }
    }

    private func allHan(_ t: ScalarText, _ range: Range<Int>) -> Bool {
        range.upperBound <= t.count && range.allSatisfy { t.char($0)?.isHan == true }
    }

    /// The length of the name starting at `i`, choosing between a two- and three-character reading
    /// by what follows; `known` names (read where delimiters made them certain) win ties.
    func nameLength(in t: ScalarText, at i: Int, known: Set<String> = []) -> Int? {
        guard let s = surnameLength(in: t, at: i) else { return nil }
        let long = s + 2, short = s + 1
        let longOK = allHan(t, i..<(i + long)) && isFollower(in: t, at: i + long) && plausibleEnd(t, i + long - 1)
        let shortOK = allHan(t, i..<(i + short)) && isFollower(in: t, at: i + short) && plausibleEnd(t, i + short - 1)
        switch (longOK, shortOK) {
        case (true, true):
            if known.contains(t[i..<(i + short)]) && !known.contains(t[i..<(i + long)]) { return short }
            if let third = t.char(i + short), weakFollowers.contains(String(third)) { return short }
            if followers.contains(where: { t.hasPrefix($0, at: i + short) && $0.count > 1 }) { return short }
            return long
        case (true, false): return long
        case (false, true): return short
        default: return nil
        }
    }

    private func plausibleEnd(_ t: ScalarText, _ last: Int) -> Bool {
        guard let c = t.char(last) else { return false }
        return !nonNameEnds.contains(String(c))
    }

    /// A whole token that is a name (list items, bylines): surname plus one or two characters.
    func isBareName(_ token: String) -> Bool {
        let t = ScalarText(token)
        guard let s = surnameLength(in: t, at: 0), (s + 1...s + 2).contains(t.count) else { return false }
        return allHan(t, 0..<t.count) && plausibleEnd(t, t.count - 1)
    }

    /// A byline name at `i`: a Han run that is a name, cut before an editor label that follows
    /// without a separator (李明月审核人:…).
    func bylineName(in t: ScalarText, at i: Int, stoppingAt labels: Set<Int>) -> String? {
        var end = i
        while let c = t.char(end), c.isHan, !labels.contains(end) || end == i { end += 1 }
        let run = t[i..<end]
        if isBareName(run) { return run }
        return nil
    }
}
