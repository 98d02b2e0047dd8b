import ArchiveMatching
import ArchiveText

/// The roles a person's own clause gives them (spec/export.md: 主持 讲话 点评 部署 指导 发言 通报 出席).
struct Roles: Sendable {
    /// The closed list in output order.
    let order: [String]
    /// Roles a person only listed before the verb takes from it (张某,李某,王某等…出席会议).
    let sharedByLists: RoleSet
    /// Roles that already report what the person said: 要求 adds no speech beside them.
    let speaking: RoleSet
    /// The main speech.
    let speech: RoleSet

    let lexicon: MeetingLexicon
    private let roleWords: [Word]
    /// Each role word's role, in roleWords' order.
    private let roleOfWord: [RoleSet]
    private let meetingNames: [Word]
    private let speechSettings: [Word]
    private let conditionalWords: [Word]
    private let nonParticipation: [Word]
    private let continuations: [Word]
    /// The convening verbs: the pattern's words when it is only words, else the pattern.
    private let conveneWords: [Word]?
    private let convene: TextPattern
    private let objectVerbs: [Word]
    private let reportedSpeech: TextPattern
    private let reportedSpeechStart: Word?
    private let quotedSpeech: TextPattern
    private let actingFor: [Word]
    private let distributive: [Word]
    private let explanations: [Word]
    static let clauseBreaks = Punctuation.clauseBreak.set
    private static let quotedOpen = Punctuation.quotedOpen.set
    private static let quotedClose = Punctuation.quotedClose.set
    private static let listMarks = Punctuation.listMark.set

    init(lexicon: MeetingLexicon) {
        self.lexicon = lexicon
        let names = lexicon.list("role-name")
        let marks = names.map { (lexicon.value("role-name", $0) ?? "").split(separator: " ").map(String.init) }
        let marked = { (mark: String) in zip(names, marks).filter { $0.1.contains(mark) }.map(\.0) }
        order = names
        let set = { (roles: [String]) in RoleSet(roles, in: names) }
        sharedByLists = set(marked("shared"))
        speaking = set(marked("speaking"))
        speech = set(Array(marked("speech").prefix(1)))
        roleWords = lexicon.longestWords("role")
        // A role word's value is one of the closed list (RoleWordsTests holds the data to that).
        roleOfWord = roleWords.map { word in lexicon.value("role", word.text).map { set([$0]) } ?? .none }
        meetingNames = lexicon.wordList("role-as-meeting-name")
        speechSettings = lexicon.longestWords("speech-setting")
        conditionalWords = lexicon.wordList("role-if-no-speech")
        nonParticipation = lexicon.wordList("non-participation")
        continuations = lexicon.longestWords("clause-continuation")
        conveneWords = lexicon.literalAlternatives("convene")
        convene = lexicon.regex("convene")
        objectVerbs = lexicon.wordList("object-verb")
        reportedSpeech = lexicon.regex("reported-speech")
        reportedSpeechStart = lexicon.anchoredPrefix("reported-speech")
        quotedSpeech = lexicon.regex("quoted-speech")
        actingFor = lexicon.wordList("acting-for")
        distributive = lexicon.wordList("distributive")
        explanations = lexicon.wordList("explanation")
    }

    struct Reading: Equatable {
        var roles = RoleSet.none
        /// 要求 at the head of the clause: a speech unless another speaking role is known.
        var speechIfNone = false
        var nonParticipant = false
        /// Nothing but a separator follows the name: the roles come from the verb further on.
        var pending = false
    }

    /// Whether a clause opens with a role word (出席会议并讲话, 在会上强调).
    func startsWithRole(_ clause: String) -> Bool {
        let t = ScalarText(clause)
        let lead = speechSettings.first { t.hasPrefix($0, at: 0) }?.count ?? 0
        return roleWords.contains { t.hasPrefix($0, at: lead) }
    }

    /// Roles in the closed list's order.
    func ordered(_ roles: RoleSet) -> [String] { order.indices.filter { roles.contains(index: $0) }.map { order[$0] } }

    /// The roles of these names; names outside the closed list have no bit.
    func set(_ names: [String]) -> RoleSet {
        RoleSet(names, in: order)
    }

    /// Splits text into clauses at clause punctuation and white space.
    private static func clauseSlices(_ scalars: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
        scalars.split(omittingEmptySubsequences: false, whereSeparator: endsClause)
    }

    private static func endsClause(_ c: Unicode.Scalar) -> Bool { clauseBreaks.contains(c) || c.isBlank }

    /// The first clause of `t` from `start`: what the first of `clauseSlices` of the rest is, without the rest.
    static func firstClause(of t: ScalarText, from start: Int) -> String {
        var end = max(0, start)
        while let c = t.char(end), !clauseBreaks.contains(c), !c.isBlank { end += 1 }
        return t[start..<end]
    }

    /// Role words in one clause: the meeting's own name (after 召开) and quoted text do not count.
    func roles(inClause clause: String) -> RoleSet { roles(inClause: ScalarText(clause)) }

    private func roles(inClause clause: ScalarText) -> RoleSet {
        var end = clause.count
        if let words = conveneWords {
            end = words.compactMap { clause.occurrences(of: $0).first }.min() ?? end
        } else if let m = clause[0..<clause.count].firstMatch(convene) {
            end = m.range.lowerBound
        }
        // What is heard or watched is no role of the listener (认真听取发言).
        for verb in objectVerbs {
            if let at = clause.occurrences(of: verb).first(where: { $0 + verb.count <= end }) { end = at }
        }
        // Who only explains a draft (作说明, 作关于…草案的说明) has no role for it.
        if explanations.contains(where: clause.contains) { return .none }
        // The report delivered under its quoted title is the speech, though quoted words are no role.
        var found = clause[0..<end].firstMatch(quotedSpeech) != nil ? speech : RoleSet.none
        let t = Self.removingQuoted(clause.scalars[0..<end])
        // Longer role words go first and take their text, so a shorter word inside one (讲话 in
        //重要讲话) is not read again: a taken scalar is like a separator for the words after it.
        var taken = [Bool](repeating: false, count: t.count)
        func free(_ start: Int, _ length: Int) -> Bool { !taken[start..<(start + length)].contains(true) }
        for (index, word) in roleWords.enumerated() {
            let starts = t.occurrences(of: word).filter { free($0, word.count) }
            guard !starts.isEmpty else { continue }
            for start in starts {
                // A role word naming a meeting (点评会, 汇报会) is no role.
                if meetingNames.contains(where: { t.hasPrefix($0, at: start) && free(start, $0.count) }) { continue }
                found.formUnion(roleOfWord[index])
            }
            // Non-overlapping, left to right, as a replacement would take them.
            var next = 0
            for start in starts where start >= next {
                for k in start..<(start + word.count) { taken[k] = true }
                next = start + word.count
            }
        }
        return found
    }

    static func removingQuoted(_ text: String) -> String {
        String(scalars: removingQuoted(Array(text.unicodeScalars)[...]).scalars)
    }

    private static func removingQuoted(_ scalars: ArraySlice<Unicode.Scalar>) -> ScalarText {
        var out: [Unicode.Scalar] = [], depth = 0
        out.reserveCapacity(scalars.count)
        for c in scalars {
            if quotedOpen.contains(c) { depth += 1; continue }
            if quotedClose.contains(c) { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return ScalarText(out[...])
    }

    /// Reads the text after a name (up to the next person) for that person's roles.
    func read(tail: ArraySlice<Unicode.Scalar>) -> Reading {
        var reading = Reading()
        let scalars = tail.drop { $0.isBlank }
        guard let first = scalars.first else { reading.pending = true; return reading }
        if Self.listMarks.contains(first) { reading.pending = true; return reading }
        // The clauses are cut one at a time as read: most readings stop after the first.
        var clauseEnd = scalars.firstIndex(where: Self.endsClause) ?? scalars.endIndex
        let head = ScalarText(scalars[..<clauseEnd])
        // A written instruction or a speech passed on (…的讲话精神) is no participation.
        let plain = Self.removingQuoted(head.scalars[...])
        if nonParticipation.contains(where: plain.contains) || isReportedSpeech(plain) {
            reading.nonParticipant = true
            return reading
        }
        reading.roles = roles(inClause: head)
        if conditionalWords.contains(where: { head.hasPrefix($0, at: 0) }) { reading.speechIfNone = true }
        // Subject-less clauses that go on with a role verb belong to the same person (点评…,部署经济工作),
        // also after a clause saying whom the person acts for (代表区人民政府,向大会报告工作).
        guard !reading.roles.isEmpty || actingFor.contains(where: { head.hasPrefix($0, at: 0) }) else { return reading }
        while clauseEnd < scalars.endIndex {
            let start = clauseEnd + 1
            clauseEnd = scalars[start...].firstIndex(where: Self.endsClause) ?? scalars.endIndex
            let clause = ScalarText(scalars[start..<clauseEnd])
            let lead = continuations.first { clause.hasPrefix($0, at: 0) }?.count ?? 0
            guard roleWords.contains(where: { clause.hasPrefix($0, at: lead) }) else { break }
            reading.roles.formUnion(roles(inClause: ScalarText(clause.scalars[lead...])))
        }
        return reading
    }

    private func isReportedSpeech(_ clause: ScalarText) -> Bool {
        if let start = reportedSpeechStart, !clause.hasPrefix(start, at: 0) { return false }
        return clause[0..<clause.count].firstMatch(reportedSpeech) != nil
    }

    /// For a person followed only by a separator: the first later clause of the sentence with roles
    /// lends its attendance, speaking or briefing role.
    func inherited(from rest: ArraySlice<Unicode.Scalar>) -> RoleSet {
        for clause in Self.clauseSlices(Array(rest)) {
            let t = ScalarText(clause)
            let found = roles(inClause: t)
            // 分别 gives each of the list every role of its clause (分别就…作部署).
            if !found.isEmpty { return distributive.contains(where: t.contains) ? found : found.intersection(sharedByLists) }
        }
        return .none
    }
}

import FoundationEssentials
