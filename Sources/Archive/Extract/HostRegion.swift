/// The region whose body held the meeting: named where the meeting is reported (`岳阳市召开…`), or
/// a level word there (`我市`, `全县`, `区委…会议`, `全省…视频会`) settled by the region of that level
/// the publisher, the page header or the text names. Nil when the document does not name it.
struct HostRegion: Sendable {
    let lookup: GazetteerLookup
    let lexicon: MeetingLexicon

    init(lookup: GazetteerLookup, lexicon: MeetingLexicon = .builtIn) {
        self.lookup = lookup
        self.lexicon = lexicon
    }

    func resolve(meeting: MeetingClause, publisher: String?, header: String, text: String) -> RegionRef? {
        let context = lookup.mentions(in: text) + lookup.mentions(in: publisher ?? "")
        let zones = lexicon.longestFirst("level").filter { lexicon.value("level", $0) == "zone" }
        // 1. A place named as the subject or in the meeting's name.
        for part in [meeting.subject, meeting.title ?? ""] {
            let t = ScalarText(part)
            let firstLevel = levelWord(in: part)?.offset ?? Int.max
            for m in lookup.mentions(in: part) where !isMovedTo(t, m.start) && m.start < firstLevel {
                if let zone = zones.first(where: { zoneFollows(t, m.end, $0) }) {
                    return RegionRef(name: m.surface + zone, code: nil, level: nil)
                }
                guard let d = lookup.settle(m.divisions, context: context) else { return nil }
                return lookup.gazetteer.ref(d)
            }
        }
        // 2. A level word: the meeting's name first (示范区…会议), then the subject (我市举行…).
        guard let level = levelWord(in: meeting.title ?? "") ?? levelWord(in: meeting.subject) else { return nil }
        if level.kind == "zone" { return namedZone(level.word, in: [header, text]) }
        let suffixes = lexicon.list("level-suffix").filter { lexicon.value("level-suffix", $0) == level.kind }
        func fits(_ d: Gazetteer.Division) -> Bool {
            guard let suffix = suffixes.first(where: d.name.hasSuffix) else { return false }
            // 区 is a district's suffix, but also ends 自治区 and 地区, which are other levels.
            if level.kind == "district" { return d.level == "county" && !longerSuffix(d.name, than: suffix) }
            if level.kind == "autonomous-prefecture" { return d.level == "prefecture" }
            if level.kind == "province" { return d.level == "province" }
            return true
        }
        for source in [publisher ?? "", header, text] {
            var counts: [String: (Int, Int, Gazetteer.Division)] = [:]
            for (order, m) in lookup.mentions(in: source).enumerated() {
                guard let d = lookup.settle(m.divisions.filter(fits), context: context) else { continue }
                let seen = counts[d.code]
                counts[d.code] = ((seen?.0 ?? 0) + 1, seen?.1 ?? order, d)
            }
            let best = counts.values.sorted { ($0.0, -$0.1) > ($1.0, -$1.1) }.first
            if let best { return lookup.gazetteer.ref(best.2) }
        }
        return nil
    }

    /// A longer suffix of the same level list (自治区, 地区) that the name really ends with.
    private func longerSuffix(_ name: String, than suffix: String) -> Bool {
        lexicon.list("region-suffix").contains { $0.count > suffix.count && $0.hasSuffix(suffix) && name.hasSuffix($0) }
    }

    private func isMovedTo(_ t: ScalarText, _ start: Int) -> Bool {
        lexicon.list("movement").contains { t.hasSuffix($0, endingAt: start) }
    }

    private func zoneFollows(_ t: ScalarText, _ end: Int, _ zone: String) -> Bool {
        var i = end
        while t.char(i)?.isWhitespace == true { i += 1 }
        return t.hasPrefix(zone, at: i)
    }

    /// The first level word in `text`: which body met.
    func levelWord(in text: String) -> (word: String, kind: String, offset: Int)? {
        let t = ScalarText(text)
        let words = lexicon.longestFirst("level")
        for i in 0..<t.count {
            if let w = words.first(where: { t.hasPrefix($0, at: i) }), let kind = lexicon.value("level", w) {
                return (w, kind, i)
            }
        }
        return nil
    }

    /// A zone the text names (`遂宁 经开区`): the place before the zone word, joined to it.
    private func namedZone(_ zone: String, in sources: [String]) -> RegionRef? {
        for source in sources {
            let t = ScalarText(source)
            for m in lookup.mentions(in: source) where zoneFollows(t, m.end, zone) {
                return RegionRef(name: m.surface + zone, code: nil, level: nil)
            }
        }
        return nil
    }
}
