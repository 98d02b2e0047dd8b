/// The roles a person's own clause gives them (spec/export.md: 主持 讲话 点评 部署 指导 发言 通报 出席).
struct Roles: Sendable {
    static let order = ["主持", "讲话", "点评", "部署", "指导", "发言", "通报", "出席"]
    /// Roles a person only listed before the verb takes from it (刘艺新,张华忠,董青平等…出席会议).
    static let sharedByLists: Set<String> = ["出席", "发言", "通报"]
    /// Roles that already report what the person said: 要求 adds no speech beside them.
    static let speaking: Set<String> = ["讲话", "点评", "部署", "发言", "通报"]

    let lexicon: MeetingLexicon
    private let roleWords: [String]
    private let conditionalWords: [String]
    private let nonParticipation: [String]
    private let continuations: [String]
    private let convene: NSRegularExpression
    static let clauseBreaks: Set<Character> = ["，", ",", "。", ";", "；", ":", "：", "!", "！", "?", "？"]

    init(lexicon: MeetingLexicon) {
        self.lexicon = lexicon
        roleWords = lexicon.longestFirst("role")
        conditionalWords = lexicon.list("role-if-no-speech")
        nonParticipation = lexicon.list("non-participation")
        continuations = lexicon.longestFirst("clause-continuation")
        convene = lexicon.regex("convene")
    }

    struct Reading: Equatable {
        var roles: Set<String> = []
        /// 要求 at the head of the clause: a speech unless another speaking role is known.
        var speechIfNone = false
        var nonParticipant = false
        /// Nothing but a separator follows the name: the roles come from the verb further on.
        var pending = false
    }

    /// Splits text into clauses at clause punctuation and white space.
    static func clauses(_ text: String) -> [String] {
        var result: [String] = [], current = ""
        for c in text {
            if clauseBreaks.contains(c) || c.isWhitespace { result.append(current); current = "" } else { current.append(c) }
        }
        result.append(current)
        return result
    }

    /// Role words in one clause: the meeting's own name (after 召开) and quoted text do not count.
    func roles(inClause clause: String) -> Set<String> {
        var text = clause
        if let m = text.matches(convene).first {
            text = String(Array(text)[..<m.range.lowerBound])
        }
        text = Self.removingQuoted(text)
        var found: Set<String> = []
        var remaining = text
        for word in roleWords where remaining.contains(word) {
            if let role = lexicon.value("role", word) { found.insert(role) }
            remaining = remaining.replacingOccurrences(of: word, with: "|")
        }
        return found
    }

    static func removingQuoted(_ text: String) -> String {
        var out = "", depth = 0
        for c in text {
            if c == "《" || c == "“" { depth += 1; continue }
            if c == "》" || c == "”" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return out
    }

    /// Reads the text after a name (up to the next person) for that person's roles.
    func read(tail: String) -> Reading {
        var reading = Reading()
        let trimmed = tail.drop { $0.isWhitespace }
        guard let first = trimmed.first else { reading.pending = true; return reading }
        if first == "、" || first == "，" || first == "," { reading.pending = true; return reading }
        var clauses = Self.clauses(String(trimmed))
        let head = clauses.removeFirst()
        if nonParticipation.contains(where: head.contains) { reading.nonParticipant = true; return reading }
        reading.roles = roles(inClause: head)
        if conditionalWords.contains(where: { head.hasPrefix($0) }) { reading.speechIfNone = true }
        // Subject-less clauses that go on with a role verb belong to the same person (点评…,部署经济工作).
        guard !reading.roles.isEmpty else { return reading }
        for clause in clauses {
            var c = Substring(clause)
            for word in continuations where c.hasPrefix(word) { c = c.dropFirst(word.count); break }
            guard roleWords.contains(where: { c.hasPrefix($0) }) else { break }
            reading.roles.formUnion(roles(inClause: String(c)))
        }
        return reading
    }

    /// For a person followed only by a separator: the first later clause of the sentence with roles
    /// lends its attendance, speaking or briefing role.
    func inherited(from rest: String) -> Set<String> {
        for clause in Self.clauses(rest) {
            let found = roles(inClause: clause)
            if !found.isEmpty { return found.intersection(Self.sharedByLists) }
        }
        return []
    }
}

import Foundation
