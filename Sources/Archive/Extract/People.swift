/// The meeting's participants: names with their titles, names in lists, later mentions by name
/// alone, and the roles each clause gives them.
struct People: Sendable {
    let lexicon: MeetingLexicon
    let names: PersonNames
    let titles: Titles
    let roles: Roles

    init(lexicon: MeetingLexicon = .builtIn) {
        self.lexicon = lexicon
        names = PersonNames(lexicon: lexicon)
        titles = Titles(lexicon: lexicon)
        roles = Roles(lexicon: lexicon)
    }

    /// One mention of a person in a sentence.
    struct Mention {
        var name: String
        var start: Int
        var end: Int
        var titles: [String]
        /// Where the text that gives the roles starts (after the last name of a list).
        var tailStart: Int
        var rejected = false
    }

    func extract(from sentences: [Sentence], excluding authors: Set<String>) -> [Person] {
        // Pass 1: names the text delimits for certain (after titles, in lists).
        var perSentence: [[Mention]] = sentences.map { delimitedMentions(in: ScalarText($0.text)) }
        let known = Set(perSentence.joined().filter { !$0.rejected }.map(\.name)).subtracting(authors)
        // Pass 2: later mentions of those names alone.
        for (index, sentence) in sentences.enumerated() {
            perSentence[index] = withBareMentions(perSentence[index], in: ScalarText(sentence.text), known: known)
        }
        var order: [String] = []
        var people: [String: Person] = [:]
        var speechIfNone: Set<String> = []
        var nonParticipants: Set<String> = []
        for (index, sentence) in sentences.enumerated() {
            let t = ScalarText(sentence.text)
            let mentions = perSentence[index].filter { !$0.rejected && known.contains($0.name) }
            for (k, m) in mentions.enumerated() {
                let nextStart = mentions[(k + 1)...].first { $0.start >= m.tailStart }?.start ?? t.count
                let tail = t[m.tailStart..<max(m.tailStart, nextStart)]
                var reading = roles.read(tail: tail)
                if reading.pending { reading.roles = roles.inherited(from: t[m.tailStart..<t.count]) }
                if people[m.name] == nil {
                    order.append(m.name)
                    people[m.name] = Person(name: m.name, evidence: sentence.evidence)
                }
                for title in m.titles where !(people[m.name]!.titles.contains(title)) {
                    people[m.name]!.titles.append(title)
                }
                let merged = Set(people[m.name]!.roles).union(reading.roles)
                people[m.name]!.roles = Roles.order.filter(merged.contains)
                if reading.speechIfNone { speechIfNone.insert(m.name) }
                if reading.nonParticipant { nonParticipants.insert(m.name) }
            }
        }
        return order.compactMap { name -> Person? in
            guard var person = people[name] else { return nil }
            if nonParticipants.contains(name) && person.roles.isEmpty { return nil }
            if speechIfNone.contains(name) && Roles.speaking.isDisjoint(with: person.roles) {
                person.roles = Roles.order.filter(Set(person.roles + ["讲话"]).contains)
            }
            return person
        }
    }

    /// Names after a title chain (and the list that continues them), and lists of bare names at a
    /// clause start whose clause has a role.
    func delimitedMentions(in t: ScalarText) -> [Mention] {
        var mentions: [Mention] = []
        var i = 0
        while i < t.count {
            if let m = titledMention(in: t, at: i) {
                let group = listContinuing(from: m, in: t)
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
        return Titles.boundaries.contains(c) || c.isWhitespace
    }

    private func titledMention(in t: ScalarText, at i: Int) -> Mention? {
        guard titles.office(in: t, endingAt: i) != nil, let length = names.nameLength(in: t, at: i) else { return nil }
        switch titles.chain(in: t, before: i) {
        case .none: return nil
        case .rejected:
            return Mention(name: t[i..<(i + length)], start: i, end: i + length, titles: [], tailStart: i + length, rejected: true)
        case .titles(let chain):
            return Mention(name: t[i..<(i + length)], start: i, end: i + length, titles: chain, tailStart: i + length)
        }
    }

    /// `副县长李新龙、李勇、朱新参加会议`: the names after a titled one share its titles and its verb.
    private func listContinuing(from head: Mention, in t: ScalarText) -> [Mention] {
        var group = [head]
        var j = head.end
        while t.char(j) == "、", let length = names.nameLength(in: t, at: j + 1),
              titles.office(in: t, startingAt: j + 1) == nil {
            let name = t[(j + 1)..<(j + 1 + length)]
            group.append(Mention(name: name, start: j + 1, end: j + 1 + length, titles: head.titles, tailStart: 0))
            j += 1 + length
        }
        for k in group.indices { group[k].tailStart = j }
        if group.count > 1 { group[0].rejected = head.rejected }
        return group
    }

    /// `梁天琛、何登科……等全体在家区领导参加会议`, `李俊、章玲副县长及……参加会议`, `王金财等……列席会议`.
    private func bareList(in t: ScalarText, at i: Int) -> [Mention]? {
        var items: [(Int, Int)] = []
        var j = i
        while let length = names.nameLength(in: t, at: j) {
            guard names.isBareName(t[j..<(j + length)]) else { break }
            items.append((j, j + length))
            j += length
            guard t.char(j) == "、" else { break }
            j += 1
        }
        guard let last = items.last else { return nil }
        var end = last.1
        var shared: [String] = []
        if let office = titles.office(in: t, startingAt: end) { shared = [office]; end += office.count }
        let joined = t.char(end).map { lexicon.set("weak-follower").contains(String($0)) && ($0 == "等" || $0 == "及") } ?? false
        guard items.count >= 2 || joined || !shared.isEmpty else { return nil }
        // The clause after the list must give a role, else this is no list of participants.
        let tail = t[end..<t.count]
        guard let head = Roles.clauses(tail).first, !roles.roles(inClause: head).isEmpty else { return nil }
        return items.map { Mention(name: t[$0.0..<$0.1], start: $0.0, end: $0.1, titles: shared, tailStart: end) }
    }

    /// Adds mentions of known names standing alone (`曹普华强调`), longest names first.
    private func withBareMentions(_ existing: [Mention], in t: ScalarText, known: Set<String>) -> [Mention] {
        var mentions = existing
        var taken = Set(existing.flatMap { Array($0.start..<$0.end) })
        for name in known.sorted(by: { $0.count > $1.count }) {
            for start in t.occurrences(of: name) {
                let end = start + name.count
                guard !(start..<end).contains(where: taken.contains), names.isFollower(in: t, at: end) else { continue }
                mentions.append(Mention(name: name, start: start, end: end, titles: [], tailStart: end))
                taken.formUnion(start..<end)
            }
        }
        return mentions.sorted { $0.start < $1.start }
    }
}
