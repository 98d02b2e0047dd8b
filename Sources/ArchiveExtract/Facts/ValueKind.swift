import ArchiveMatching

/// Whether a value is a target (planned, expected, striven for) or an actual (achieved). Targets are
/// announced by the words before them in the sentence (预期目标是, 力争, 确保, 计划完成) or right after them
/// in the clause (`突破200亿元的预期目标`); 预计 is a target only for a period still ahead.
enum ValueKind {
    static let targetWords = FactLexicon.builtIn.table(.targetWord)
    /// A list of targets introduced by these words may run over several sentences cut at ；
    /// (`主要预期目标是：GDP增长7%左右；规上工业增加值增长8%；……。`).
    static let listHeaders = FactLexicon.builtIn.table(.targetListHeader)
    static let listContinuations = Punctuation.listContinuation.set

    /// Whether the sentence after `sentence` is still in a list of targets.
    static func continuesTargetList(_ text: [Unicode.Scalar], inList: Bool) -> Bool {
        guard let last = text.last, listContinuations.contains(last) else { return false }
        return inList || listHeaders.contains(in: text)
    }

    /// 目标是GDP增长6%，一季度增长4.5%: a period stated in a later clause than the target word begins a
    /// report of its own.
    static func periodChanges(_ text: [Unicode.Scalar], after wordEnd: Int, before start: Int,
                              marks: [PeriodMark]) -> Bool {
        let clauseEnd = ValueClause.clauseEnd(text, after: wordEnd)
        return marks.contains { $0.end > clauseEnd && $0.end <= start }
    }

    /// A line that heads what follows: short, one clause, no number with a unit, not a sentence
    /// (`2023年主要预期目标`).
    static func isHeading(_ text: [Unicode.Scalar]) -> Bool {
        text.count <= headingLength && !text.contains(where: { ValueClause.boundaries.contains($0) })
            && QuantityScanner.scan(text).isEmpty
    }
    static let headingLength = 16

    static let forecastWords = FactLexicon.builtIn.table(.forecastWord)
    static let goalWord = FactLexicon.builtIn.table(.goalWord)

    static func kind(_ text: [Unicode.Scalar], quantity: Quantity, after end: Int, periodYear: Int?,
                     contextYear: Int?, marks: [PeriodMark] = [], inTargetList: Bool = false) -> String {
        if inTargetList { return "target" }
        if let word = targetWords.matches(in: text, range: 0..<quantity.start).last,
           !periodChanges(text, after: word.end, before: quantity.start, marks: marks) {
            return "target"
        }
        // 增长目标7.5%, 突破200亿元的预期目标: 目标 in the value's own clause.
        let clause = ValueClause.clauseStart(text, before: quantity.start, from: 0)..<ValueClause.clauseEnd(text, after: end)
        if goalWord.contains(in: text, range: clause) { return "target" }
        if forecastWords.contains(in: text, range: 0..<quantity.start), let p = periodYear, let y = contextYear, p > y {
            return "target"
        }
        return "actual"
    }
}
