import ArchiveMatching
import ArchiveModel
import ArchiveText

/// The meeting's participants: names with their titles, names in lists, later mentions by name
/// alone, and the roles each clause gives them.
struct People: Sendable {
    let lexicon: MeetingLexicon
    let names: PersonNames
    let titles: Titles
    let roles: Roles
    private let listOpeners: [Word]
    /// Words after which a list names members only (执行主席是…): kept as people with no role.
    private let memberOpeners: [Word]
    /// The openers by their last scalar: the scan asks at every position whether one ends there.
    private let openersByLast: ScalarMap<[Word]>
    private let listJoiners: [Word]
    /// What the scalar before a mention can be: an office's or an opener's end, or a clause
    /// boundary (white space aside).
    private let mentionStops: ScalarSet

    package init(lexicon: MeetingLexicon = .builtIn) {
        self.lexicon = lexicon
        names = PersonNames(lexicon: lexicon)
        titles = Titles(lexicon: lexicon)
        roles = Roles(lexicon: lexicon)
        listOpeners = lexicon.wordList("list-opener")
        memberOpeners = lexicon.wordList("member-opener")
        openersByLast = ScalarMap(byLast: listOpeners)
        listJoiners = lexicon.wordList("list-joiner")
        mentionStops = ScalarSet(titles.officeEnds + openersByLast.keys + Titles.boundaryScalars
                                 + memberOpeners.compactMap(\.scalars.last))
    }

    /// The rules over the built-in lexicon, built once rather than per document.
    static let builtIn = People()

    /// One mention of a person in a sentence.
    struct Mention {
        var name: String
        var start: Int
        var end: Int
        var titles: [String]
        /// Where the text that gives the roles starts (after the last name of a list).
        var tailStart: Int
        var rejected = false
        /// Read without a title or list: a person only if the name comes up again in the text.
        var needsRepeat = false
        /// Roles a list takes from the clause before it (出席会议的还有…).
        var leadRoles = RoleSet.none
    }

    package func extract(from sentences: [Sentence], excluding authors: Set<String>) -> [Person] {
        // Pass 1: names the text delimits for certain (after titles, in lists). A closure, not the
        // method itself: the partial application copied all of People's rules per report.
        let texts = sentences.map { ScalarText($0.scalars) }
        var perSentence: [[Mention]] = texts.map { delimitedMentions(in: $0) }
        let all = perSentence.joined()
        let certain = Set(all.filter { !$0.rejected && !$0.needsRepeat }.map(\.name))
        let candidates = certain.union(all.filter(\.needsRepeat).map(\.name)).subtracting(authors)
            .sorted { ($0.unicodeScalars.count, $0) > ($1.unicodeScalars.count, $1) }.map(Word.init)
        let found = Self.starts(of: candidates, in: texts)
        var counts = [Int](repeating: 0, count: candidates.count)
        for hit in found.joined() { counts[hit.word] += 1 }
        // A name read without a title or list counts only if it comes up again.
        let knownWords = candidates.indices.filter { certain.contains(candidates[$0].text) || counts[$0] > 1 }
        let known = Set(knownWords.map { candidates[$0].text })
        // Pass 2: later mentions of those names alone, longest names first.
        for index in sentences.indices {
            perSentence[index] = withBareMentions(perSentence[index], in: texts[index],
                                                  known: knownWords, of: candidates, at: found[index])
        }
        // Each person's facts by the order of first mention, found by one lookup of the name per
        // mention: hashing a Chinese name (normalization check, then SipHash) once per table and
        // mention cost as much as reading the mentions' roles.
        var slots: [String: Int] = [:]
        var people: [(person: Person, roles: RoleSet, speechIfNone: Bool, nonParticipant: Bool)] = []
        for (index, sentence) in sentences.enumerated() {
            let t = texts[index]
            let mentions = perSentence[index].filter { !$0.rejected && known.contains($0.name) }
            for (k, m) in mentions.enumerated() {
                let nextStart = mentions[(k + 1)...].first { $0.start >= m.tailStart }?.start ?? t.count
                var reading = roles.read(tail: t.scalars[m.tailStart..<max(m.tailStart, nextStart)])
                // A list that goes on after a joiner (…、某某及秘书长某某出席) takes the roles after it.
                let joined = reading.roles.isEmpty && listJoiners.contains { t.hasPrefix($0, at: m.tailStart) }
                if reading.pending || joined { reading.roles = roles.inherited(from: t.scalars[m.tailStart..<t.count]) }
                if reading.roles.isEmpty { reading.roles = m.leadRoles }
                if reading.roles.isEmpty && !reading.nonParticipant { reading.roles = rolesBeforeOpener(m.start, in: t) }
                let slot: Int
                if let known = slots[m.name] {
                    slot = known
                } else {
                    slot = people.count
                    slots[m.name] = slot
                    people.append((Person(name: m.name, evidence: sentence.evidence), .none, false, false))
                }
                for title in m.titles where !people[slot].person.titles.contains(title) {
                    people[slot].person.titles.append(title)
                }
                people[slot].roles.formUnion(reading.roles)
                if reading.speechIfNone { people[slot].speechIfNone = true }
                if reading.nonParticipant { people[slot].nonParticipant = true }
            }
        }
        return people.compactMap { entry -> Person? in
            var person = entry.person
            var held = entry.roles
            if entry.nonParticipant && held.isEmpty { return nil }
            if entry.speechIfNone && roles.speaking.isDisjoint(with: held) { held.formUnion(roles.speech) }
            person.roles = roles.ordered(held)
            return person
        }
    }

    /// `出席会议的还有县领导张某、李某`: the clause before an opener in the name's clause gives the role.
    private func rolesBeforeOpener(_ start: Int, in t: ScalarText) -> RoleSet {
        var clauseStart = start
        while clauseStart > 0, let c = t.char(clauseStart - 1), !Roles.clauseBreaks.contains(c) { clauseStart -= 1 }
        let before = ScalarText(t.scalars[clauseStart..<start])
        for opener in listOpeners {
            if let at = before.occurrences(of: opener).last { return roles.roles(inClause: before[0..<at]) }
        }
        return .none
    }

    /// Where the words start in each text, as (index in `words`, offset), from one pass over the
    /// texts: a scan per name went over the whole report once for every name.
    private static func starts(of words: [Word], in texts: [ScalarText]) -> [[(word: Int, start: Int)]] {
        let firsts = ScalarSet(words.compactMap(\.scalars.first))
        return texts.map { t in
            var found: [(word: Int, start: Int)] = []
            for i in t.scalars.indices where firsts.contains(t.scalars[i]) {
                for (w, word) in words.enumerated() where t.hasPrefix(word, at: i) { found.append((w, i)) }
            }
            return found
        }
    }

    /// Names after a title chain (and the list that continues them), and lists of bare names at a
    /// clause start whose clause has a role.
    func delimitedMentions(in t: ScalarText) -> [Mention] {
        var mentions: [Mention] = []
        var i = 0
        while i < t.count {
            // Every rule below needs one of the stops before `i`; most positions have none, and
            // one test settles them.
            if let c = t.char(i - 1), !c.isBlank, !mentionStops.contains(c) {
                i += 1
                continue
            }
            if let m = titledMention(in: t, at: i) {
                let group = listContinuing(from: m, in: t)
                mentions.append(contentsOf: group)
                i = group.last!.end
                continue
            }
            if isClauseStart(t, i), let m = bareSubject(in: t, at: i) {
                mentions.append(m)
                i = m.end
                continue
            }
            if let last = t.char(i - 1), let opener = openersByLast[last]?.first(where: { t.hasSuffix($0, endingAt: i) }) {
                // 出席会议的还有王某、李某: the clause before the opener gives the role.
                var start = i - opener.count
                while start > 0, let c = t.char(start - 1), !Roles.clauseBreaks.contains(c) { start -= 1 }
                let lead = roles.roles(inClause: t[start..<(i - opener.count)])
                if !lead.isEmpty, let group = bareList(in: t, at: i, leadRoles: lead) {
                    mentions.append(contentsOf: group)
                    i = group.last!.end
                    continue
                }
            }
            if memberOpeners.contains(where: { t.hasSuffix($0, endingAt: i) }), let group = bareList(in: t, at: i, members: true) {
                mentions.append(contentsOf: group)
                i = group.last!.end
                continue
            }
            if isClauseStart(t, i), let group = bareList(in: t, at: i) {
                mentions.append(contentsOf: group)
                i = group.last!.end
                continue
            }
            i += 1
        }
        return mentions
    }

    private func isClauseStart(_ t: ScalarText, _ i: Int) -> Bool {
        guard i > 0, let c = t.char(i - 1) else { return true }
        return Titles.boundaries.contains(c) || c.isBlank
    }

    private func titledMention(in t: ScalarText, at i: Int) -> Mention? {
        guard titles.office(in: t, endingAt: i) != nil, let length = names.nameLength(in: t, at: i),
              titles.office(in: t, startingAt: i + length) == nil else { return nil }
        switch titles.chain(in: t, before: i) {
        case .none: return nil
        case .rejected:
            return Mention(name: t[i..<(i + length)], start: i, end: i + length, titles: [], tailStart: i + length, rejected: true)
        case .titles(let chain):
            return Mention(name: t[i..<(i + length)], start: i, end: i + length, titles: chain, tailStart: i + length)
        }
    }

    /// `副县长张某、李某、王某参加会议`: the names after a titled one share its titles and its verb.
    private func listContinuing(from head: Mention, in t: ScalarText) -> [Mention] {
        var group = [head]
        var j = head.end
        while t.char(j) == Punctuation.enumerationMark, let length = listItemLength(in: t, at: j + 1),
              titles.office(in: t, startingAt: j + 1) == nil {
            let name = t[(j + 1)..<(j + 1 + length)]
            group.append(Mention(name: name, start: j + 1, end: j + 1 + length, titles: head.titles, tailStart: 0))
            j += 1 + length
        }
        for k in group.indices { group[k].tailStart = j }
        if group.count > 1 { group[0].rejected = head.rejected }
        return group
    }

    /// `张某、李某……等全体在家区领导参加会议`, `王某、赵某副县长及……参加会议`, `孙某等……列席会议`.
    /// `members`: the list follows a member opener and needs no role.
    private func bareList(in t: ScalarText, at i: Int, leadRoles: RoleSet = .none, members: Bool = false) -> [Mention]? {
        var items: [(Int, Int)] = []
        var j = i
        while let length = listItemLength(in: t, at: j) {
            guard names.isBareName(t, j..<(j + length)) else { break }
            items.append((j, j + length))
            j += length
            guard t.char(j) == Punctuation.enumerationMark else { break }
            j += 1
        }
        guard let last = items.last else { return nil }
        // A list that runs on past its names (商务、农业、人社等部门) with words of the language among
        // them names departments, not people.
        if j > last.1, items.contains(where: { $0.1 - $0.0 == 2 && CommonWords.shared.isWord(t.scalars[$0.0], t.scalars[$0.0 + 1]) }) {
            return nil
        }
        var end = last.1
        var shared: [String] = []
        if let office = titles.office(in: t, startingAt: end) {
            // An office followed by a name is that name's title (某市长王某某), not the list's.
            if names.nameLength(in: t, at: end + office.count) != nil { return nil }
            shared = [office.text]; end += office.count
        }
        let joined = listJoiners.contains { t.hasPrefix($0, at: end) }
        guard items.count >= 2 || joined || !shared.isEmpty || !leadRoles.isEmpty || members else { return nil }
        // The clause after the list (or, after an opener, the one before it) must give a role,
        // else this is no list of participants.
        guard members || !leadRoles.isEmpty || !roles.roles(inClause: Roles.firstClause(of: t, from: end)).isEmpty else { return nil }
        return items.map {
            Mention(name: t[$0.0..<$0.1], start: $0.0, end: $0.1, titles: shared, tailStart: end, leadRoles: leadRoles)
        }
    }

    /// The length of a list item's name: the reading that ends where the next item starts (贝某和、:
    /// 和 is no follower there), else the name's own length.
    private func listItemLength(in t: ScalarText, at i: Int) -> Int? {
        guard let s = names.surnameLength(in: t, at: i) else { return nil }
        for length in [s + 2, s + 1] where t.char(i + length) == Punctuation.enumerationMark && names.isBareName(t, i..<(i + length)) {
            return length
        }
        return names.nameLength(in: t, at: i)
    }

    /// `张某某出席会议并讲话`: a name with no title opening a clause whose verb is a role.
    private func bareSubject(in t: ScalarText, at i: Int) -> Mention? {
        guard let length = names.nameLength(in: t, at: i), names.isBareName(t, i..<(i + length)),
              roles.startsWithRole(Roles.firstClause(of: t, from: i + length)) else { return nil }
        return Mention(name: t[i..<(i + length)], start: i, end: i + length, titles: [], tailStart: i + length, needsRepeat: true)
    }

    /// Adds mentions of known names standing alone (`曹普华强调`), longest names first: `known`
    /// indexes `words`, and `starts` gives where those words start in `t`.
    private func withBareMentions(_ existing: [Mention], in t: ScalarText, known: [Int], of words: [Word],
                                  at starts: [(word: Int, start: Int)]) -> [Mention] {
        var mentions = existing
        var taken = [Bool](repeating: false, count: t.count)
        for m in existing { for k in max(0, m.start)..<min(t.count, max(m.start, m.end)) { taken[k] = true } }
        for index in known {
            let name = words[index]
            for (word, start) in starts where word == index {
                let end = start + name.count
                guard !taken[start..<end].contains(true), names.isFollower(in: t, at: end) else { continue }
                mentions.append(Mention(name: name.text, start: start, end: end, titles: [], tailStart: end))
                for k in start..<end { taken[k] = true }
            }
        }
        return mentions.sorted { $0.start < $1.start }
    }
}
