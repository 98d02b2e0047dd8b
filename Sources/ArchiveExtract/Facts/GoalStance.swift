import ArchiveMatching

/// Whether a slogan is still to be reached (`goal`) or has been (`achieved`), read from the verb
/// before it in its clause: 确保, 力争, 冲刺, 奋战, 夺取 → goal; 实现了, 取得, 迎来 → achieved. A bare 实现
/// is a goal after 要/确保/努力 and an achievement in a report of what was done (今年以来……实现“开门稳”,
/// 一季度全市经济实现“开门红”).
enum GoalStance: String {
    case goal
    case achieved

    enum Marker: Sendable { case goal, achieved, bareAchieve, neutral }

    static let markers = PhraseTable<Marker>([
        ("实现了", .achieved), ("已实现", .achieved), ("已经实现", .achieved), ("取得了", .achieved),
        ("取得", .achieved), ("迎来了", .achieved), ("迎来", .achieved), ("赢得了", .achieved),
        ("赢得", .achieved), ("交出", .achieved), ("交出了", .achieved), ("夺得", .achieved),
        ("夺得了", .achieved), ("收获了", .achieved), ("喜获", .achieved), ("喜迎", .achieved),
        ("实现", .bareAchieve),
        ("为实现", .goal), ("为取得", .goal), ("确保", .goal), ("力争", .goal), ("冲刺", .goal),
        ("奋战", .goal), ("夺取", .goal), ("争取", .goal), ("努力", .goal), ("奋力", .goal), ("全力", .goal),
        ("决战", .goal), ("打好", .goal), ("锚定", .goal), ("目标", .goal), ("力求", .goal), ("誓夺", .goal),
        ("拼抢", .goal), ("争创", .goal), ("打赢", .goal), ("要", .goal), ("必须", .goal), ("务必", .goal),
        ("将", .goal), ("聚力", .goal), ("协力", .goal), ("加力", .goal), ("发力", .goal), ("攻坚", .goal),
        ("抢抓", .goal), ("大干", .goal),
        // Words that hold 要 or 将 without meaning "shall".
        ("主要", .neutral), ("重要", .neutral), ("需要", .neutral), ("只要", .neutral), ("必要", .neutral),
        ("纪要", .neutral), ("将近", .neutral),
    ])
    /// A report of work done: the sentence looks back.
    static let retrospective = PhraseTable<Bool>(words: ["以来", "已经", "去年", "上年"])

    /// Said after the slogan: “开门红”已经实现.
    static let doneAfter = PhraseTable<Bool>(words: ["已经实现", "已实现", "实现了", "顺利实现了", "如期实现"])

    static func of(_ text: [Unicode.Scalar], phraseStart: Int, phraseEnd: Int) -> GoalStance {
        let clauseStart = ValueClause.clauseStart(text, before: phraseStart, from: 0)
        let found = markers.matches(in: text, range: clauseStart..<phraseStart).filter { $0.value != .neutral }
        guard let nearest = found.last else {
            let clauseEnd = ValueClause.clauseEnd(text, after: phraseEnd)
            return doneAfter.contains(in: text, range: phraseEnd..<clauseEnd) ? .achieved : .goal
        }
        switch nearest.value {
        case .goal, .neutral: return .goal
        case .achieved: return .achieved
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
