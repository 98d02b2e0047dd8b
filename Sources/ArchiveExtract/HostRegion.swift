import ArchiveMatching
import ArchiveModel
import ArchiveText

/// The region whose body held the meeting: named where the meeting is reported (`岳阳市召开…`), or
/// a level word there (`我市`, `全县`, `区委…会议`, `全省…视频会`) settled by the region of that level
/// the publisher, the page header or the text names. Nil when the document does not name it.
struct HostRegion: Sendable {
    let lookup: GazetteerLookup
    let lexicon: MeetingLexicon
    /// Level words longest first, each with its kind (county, district, zone …).
    private let levels: [(word: Word, kind: String)]
    private let zones: [Word]
    private let levelSuffixes: [String: [String]]
    private let regionSuffixes: [String]
    private let movements: [Word]
    private let zoneBodies: [Word]
    private let venueLeads: [Word]
    private let venueFollowers: [Word]

    init(lookup: GazetteerLookup, lexicon: MeetingLexicon = .builtIn) {
        self.lookup = lookup
        self.lexicon = lexicon
        levels = lexicon.longestFirst("level").compactMap { w in lexicon.value("level", w).map { (Word(w), $0) } }
        zones = levels.filter { $0.kind == "zone" }.map(\.word)
        levelSuffixes = Dictionary(grouping: lexicon.list("level-suffix"), by: { lexicon.value("level-suffix", $0) ?? "" })
        regionSuffixes = lexicon.list("region-suffix")
        movements = lexicon.wordList("movement")
        zoneBodies = lexicon.wordList("zone-body")
        venueLeads = lexicon.wordList("venue-lead")
        venueFollowers = lexicon.wordList("venue-follower")
    }

    /// The rules over the built-in gazetteer and lexicon, built once.
    static let builtIn = HostRegion(lookup: .builtIn)

    /// The built-in rules when `gazetteer` is the built-in one, else rules built for it.
    package static func over(_ gazetteer: Gazetteer) -> HostRegion {
        GazetteerLookup.isBuiltIn(gazetteer) ? builtIn : HostRegion(lookup: GazetteerLookup(gazetteer: gazetteer))
    }

    /// `headerLength`: how many scalars of `text` come before the meeting's sentence (the page header).
    func resolve(meeting: MeetingClause, publisher: String?, headerLength: Int, text: ReportText,
                 personNames: [String] = []) -> RegionRef? {
        // A person's name may hold a place's short name (王岳阳); names are blanked before places are read.
        let names = personNames.filter { !$0.isEmpty }.map(Word.init)
        let text = Self.blanking(names, in: text.scalars.scalars)
        // The header ends where a sentence starts, after a mark or a break no name or place
        // straddles: its blanks and places are the text's up to there.
        let header = ScalarText(text.scalars.prefix(headerLength))
        let subject = Self.blanking(names, in: meeting.subject)
        let title = meeting.title.map { Self.blanking(names, in: $0) } ?? ScalarText("")
        let publisher = ScalarText(publisher ?? "")
        let textMentions = lookup.mentions(in: text), publisherMentions = lookup.mentions(in: publisher)
        let headerMentions = textMentions.filter { $0.end <= header.count }
        let context = textMentions + publisherMentions
        // 0. A zone's own body in the meeting's name (某市经开区工委…会议): the zone the text names.
        let zoneBody = zones.first { zone in
            title.occurrences(of: zone).contains { at in zoneBodies.contains { title.hasPrefix($0, at: at + zone.count) } }
        }
        if let zoneBody, let zone = namedZone(zoneBody, in: [header, text]) { return zone }
        // 1. A place named as the subject or in the meeting's name.
        for t in [subject, title] + meeting.otherSubjects.map({ Self.blanking(names, in: $0) }) {
            let firstLevel = levelWord(in: t)?.offset ?? Int.max
            // A session's host is the place nearest its name (某市某区七届人大二次会议: the district).
            let mentions = lookup.mentions(in: t)
            for m in meeting.isCongressSession ? mentions.reversed() : mentions where !isMovedTo(t, m.start) && m.start < firstLevel {
                if let zone = zones.first(where: { zoneFollows(t, m.end, $0) }) {
                    return RegionRef(name: m.surface + zone.text, code: nil, level: nil)
                }
                guard let d = lookup.settle(m.divisions, context: context) else {
                    // A full name no parent settles (城区) is kept as written, with no code.
                    if !m.isShort, m.divisions.allSatisfy({ $0.name == m.surface }) {
                        return RegionRef(name: m.surface, code: nil, level: nil)
                    }
                    return nil
                }
                return lookup.gazetteer.ref(d)
            }
        }
        // 2. A level word: the meeting's name first (示范区…会议), then the subject (我市举行…).
        guard let level = levelWord(in: title) ?? levelWord(in: subject) ?? sessionLevel(meeting, subject) else { return nil }
        if level.kind == "zone" {
            // Unnamed in the text, a zone is the publisher's place's (来源:某市日报: 某市高新区).
            return namedZone(level.word, in: [header, text])
                ?? publisherMentions.first.map { RegionRef(name: $0.surface + level.word.text, code: nil, level: nil) }
        }
        let suffixes = levelSuffixes[level.kind] ?? []
        func fits(_ d: Gazetteer.Division) -> Bool {
            guard let suffix = suffixes.first(where: d.name.hasSuffix) else { return false }
            // 区 is a district's suffix, but also ends 自治区 and 地区, which are other levels.
            if level.kind == "district" { return d.level == "county" && !longerSuffix(d.name, than: suffix) }
            if level.kind == "autonomous-prefecture" { return d.level == "prefecture" }
            if level.kind == "province" { return d.level == "province" }
            return true
        }
        for mentions in [publisherMentions, headerMentions, textMentions] {
            var counts: [String: (Int, Int, Gazetteer.Division)] = [:]
            for (order, m) in mentions.enumerated() {
                guard let d = lookup.settle(m.divisions.filter(fits), context: context) else { continue }
                let seen = counts[d.code]
                counts[d.code] = ((seen?.0 ?? 0) + 1, seen?.1 ?? order, d)
            }
            let best = counts.values.sorted { ($0.0, -$0.1) > ($1.0, -$1.1) }.first
            if let best { return lookup.gazetteer.ref(best.2) }
        }
        // 3. No region of that level named, only places inside one (全市…会议 hearing from two of
        // its counties): the one region of that level they all lie in. Not from a
        // two-character short name, which is as often a word (安定 for 安定区, 和政 in 和政策).
        var enclosing: [String: Gazetteer.Division] = [:]
        // A two-character short name counts where it is the venue (在某地召开, 在某地分会场).
        let readable = textMentions.filter { !$0.isShort || $0.surface.unicodeScalars.count > 2 || isVenue(text, $0) }
            + publisherMentions.filter { !$0.isShort || $0.surface.unicodeScalars.count > 2 }
        // A name no parent settles counts with each of its divisions: they must share the region.
        for m in readable {
            for d in lookup.settle(m.divisions, context: context).map({ [$0] }) ?? m.divisions {
                var ancestor = lookup.gazetteer.parent(of: d)
                while let a = ancestor, !fits(a) { ancestor = lookup.gazetteer.parent(of: a) }
                if let a = ancestor { enclosing[a.code] = a }
            }
        }
        return enclosing.count == 1 ? enclosing.values.first.map(lookup.gazetteer.ref) : nil
    }

    /// `text` with each name's occurrences (left to right, not overlapping) turned to spaces of its length.
    static func blanking(_ names: [Word], in text: String) -> ScalarText {
        blanking(names, in: [Unicode.Scalar](scalarsOf: text))
    }

    static func blanking(_ names: [Word], in text: [Unicode.Scalar]) -> ScalarText {
        let count = text.count
        let names = names.filter { $0.count > 0 && $0.count <= count }
        guard !names.isEmpty else { return ScalarText(text) }
        // One pass finds where any name may start, instead of a pass over the whole text per name.
        let firsts = ScalarSet(names.map { $0.scalars[0] })
        let candidates = text.indices.filter { firsts.contains(text[$0]) }
        guard !candidates.isEmpty else { return ScalarText(text) }
        var scalars = text
        scalars.withUnsafeMutableBufferPointer { scalars in
            // Name by name, as before: each blanks its occurrences left to right, not overlapping,
            // in the text the names before it have blanked (a blank starts no name).
            for name in names {
                name.scalars.withUnsafeBufferPointer { name in
                    var next = 0
                    for i in candidates where i >= next && i + name.count <= count {
                        var k = 0
                        while k < name.count, scalars[i + k] == name[k] { k += 1 }
                        guard k == name.count else { continue }
                        for j in i..<(i + name.count) { scalars[j] = " " }
                        next = i + name.count
                    }
                }
            }
        }
        return ScalarText(scalars)
    }

    /// A longer suffix of the same level list (自治区, 地区) that the name really ends with.
    private func longerSuffix(_ name: String, than suffix: String) -> Bool {
        regionSuffixes.contains { $0.count > suffix.count && $0.hasSuffix(suffix) && name.hasSuffix($0) }
    }

    private func isVenue(_ t: ScalarText, _ m: GazetteerLookup.Mention) -> Bool {
        venueLeads.contains { t.hasSuffix($0, endingAt: m.start) } && venueFollowers.contains { t.hasPrefix($0, at: m.end) }
    }

    private func isMovedTo(_ t: ScalarText, _ start: Int) -> Bool {
        movements.contains { t.hasSuffix($0, endingAt: start) }
    }

    private func zoneFollows(_ t: ScalarText, _ end: Int, _ zone: Word) -> Bool {
        var i = end
        while t.char(i)?.isBlank == true { i += 1 }
        return t.hasPrefix(zone, at: i)
    }

    /// A session named after its level's suffix alone (市十六届人大四次会议): that level.
    private func sessionLevel(_ meeting: MeetingClause, _ subject: ScalarText) -> (word: Word, kind: String, offset: Int)? {
        guard meeting.isCongressSession, let last = subject.scalars.last(where: { !$0.isBlank }) else { return nil }
        let suffix = String(last)
        guard let kind = levelSuffixes.first(where: { $0.value.contains(suffix) })?.key else { return nil }
        return (Word(suffix), kind, subject.count - 1)
    }

    /// The first level word in `text`: which body met.
    func levelWord(in text: String) -> (word: Word, kind: String, offset: Int)? { levelWord(in: ScalarText(text)) }

    func levelWord(in t: ScalarText) -> (word: Word, kind: String, offset: Int)? {
        for i in 0..<t.count {
            if let level = levels.first(where: { t.hasPrefix($0.word, at: i) }) { return (level.word, level.kind, i) }
        }
        return nil
    }

    /// A zone the text names (`遂宁 经开区`): the place before the zone word, joined to it.
    private func namedZone(_ zone: Word, in sources: [ScalarText]) -> RegionRef? {
        for t in sources {
            for m in lookup.mentions(in: t) where zoneFollows(t, m.end, zone) {
                return RegionRef(name: m.surface + zone.text, code: nil, level: nil)
            }
        }
        return nil
    }
}
