import ArchiveMatching

/// Whether a slogan is still to be reached (`goal`) or has been (`achieved`), read from the verb
/// before it in its clause: 确保, 力争, 冲刺, 奋战, 夺取 → goal; 实现了, 取得, 迎来 → achieved. A bare 实现
/// is a goal after 要/确保/努力 and an achievement in a report of what was done (今年以来……实现“开门稳”,
/// 一季度全市经济实现“开门红”).
enum GoalStance: String {
    case goal
    case achieved

    enum Marker: Sendable { case goal, achieved, bareAchieve, neutral }

    static let markers = FactLexicon.builtIn.table(.goalMarker) { value -> Marker? in
        switch value {
        case "goal": .goal
        case "achieved": .achieved
        case "bare-achieve": .bareAchieve
        case "neutral": .neutral
        default: nil
        }
    }
    /// A report of work done: the sentence looks back.
    static let retrospective = FactLexicon.builtIn.table(.goalRetrospective)

    /// Said after the slogan: “开门红”已经实现.
    static let doneAfter = FactLexicon.builtIn.table(.goalDoneAfter)

    static func of(_ text: [Unicode.Scalar], phraseStart: Int, phraseEnd: Int) -> GoalStance {
        let clauseStart = ValueClause.clauseStart(text, before: phraseStart, from: 0)
        let found = markers.matches(in: text, range: clauseStart..<phraseStart).filter { $0.value != .neutral }
        guard let nearest = found.last else {
            let clauseEnd = ValueClause.clauseEnd(text, after: phraseEnd)
            return doneAfter.contains(in: text, range: phraseEnd..<clauseEnd) ? .achieved : .goal
        }
        switch nearest.value {
        case .goal, .neutral: return .goal
        case .achieved:
            // 争取交出, 确保取得: a verb of intent right before the verb of having done governs it.
            if let governing = found.dropLast().last, governing.end == nearest.start, governing.value == .goal {
                return .goal
            }
            return .achieved
        case .bareAchieve:
            // 确保……实现 in the clause; else a sentence that looks back reports it done; else a
            // sentence that calls for work (要, 确保, 力争 anywhere before) sets it as a goal.
            if found.dropLast().contains(where: { $0.value == .goal }) { return .goal }
            if retrospective.contains(in: text, range: 0..<clauseStart) { return .achieved }
            let before = markers.matches(in: text, range: 0..<clauseStart)
            return before.contains { $0.value == .goal } ? .goal : .achieved
        }
    }
}
