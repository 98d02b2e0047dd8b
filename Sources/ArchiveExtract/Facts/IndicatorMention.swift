import ArchiveMatching

/// What a stretch of a sentence names as the thing measured: an indicator of the vocabulary (code),
/// or something else (code nil) whose value must not be given to a vocabulary indicator.
struct IndicatorSubject: Equatable {
    var code: String?
    var name: String
    /// The alias matched, for preferring 规上工业增加值 over the looser 工业增加值 in one sentence.
    var alias: String?
}

/// Finds the indicator named in a span of a sentence.
struct IndicatorMatcher: Sendable {
    let aliases: PhraseTable<String>
    let codes: [String: String]

    init(vocabulary: IndicatorVocabulary) {
        aliases = vocabulary.table
        codes = vocabulary.aliases
    }

    /// Words right after an alias that make it part of another quantity's name
    /// (规模以上工业总产值, 固定资产投资中的工业投资, 招商引资签约金额).
    static let continuations = FactLexicon.builtIn.table(.indicatorContinuation)
    /// Words right before an alias that make it another quantity (人均GDP, 单位GDP能耗, 合同利用外资).
    static let qualifiers = FactLexicon.builtIn.table(.indicatorQualifier)
    /// 规模工业企业实现增加值: the value added of 规模工业 named around the word 企业.
    static let industrialFirms = FactLexicon.builtIn.table(.industrialFirms) { $0.isEmpty ? nil : $0 }
    static let valueAdded = FactLexicon.builtIn.word(.valueAdded)
    static let within = FactLexicon.builtIn.word(.within)

    /// The subject a span names, or nil when it names nothing (only verbs, periods, places, linking words).
    func subject(in text: [Unicode.Scalar], range: Range<Int>) -> IndicatorSubject? {
        guard !range.isEmpty else { return nil }
        if let firms = Self.industrialFirms.matches(in: text, range: range).last,
           let added = firstIndex(of: Self.valueAdded, in: text, range: firms.end..<range.upperBound),
           let code = codes[firms.value + String(scalars: Self.valueAdded)] {
            return IndicatorSubject(code: code, name: string(text, firms.start..<added + Self.valueAdded.count))
        }
        if let hit = aliases.matches(in: text, range: range).last {
            let alias = string(text, hit.start..<hit.end)
            let blockedAfter = Self.continuations.match(in: text, at: hit.end, limit: range.upperBound) != nil
                || firstIndex(of: Self.within, in: text, range: hit.end..<range.upperBound) != nil
            let blockedBefore = Self.qualifiers.match(in: text, endingAt: hit.start, from: range.lowerBound) != nil
            if blockedAfter || blockedBefore {
                return IndicatorSubject(code: nil, name: Self.trimmedName(text, range), alias: nil)
            }
            return IndicatorSubject(code: hit.value, name: alias, alias: alias)
        }
        return Filler.isEmpty(text, range) ? nil : IndicatorSubject(code: nil, name: Self.trimmedName(text, range))
    }

    /// An item of a parallel list, completed by the shared suffix of the last item when it names
    /// nothing alone (城镇居民 and 农村居民人均可支配收入).
    func listItem(_ item: [Unicode.Scalar], last: [Unicode.Scalar]) -> IndicatorSubject {
        if let subject = subject(in: item, range: 0..<item.count), subject.code != nil { return subject }
        // 一季度、上半年GDP分别增长: items that are only periods share the last item's indicator.
        if Filler.isEmpty(item, 0..<item.count), let shared = subject(in: last, range: 0..<last.count) { return shared }
        var cut = 1
        while cut < last.count {
            let joined = item + last[cut...]
            if let hit = aliases.matches(in: joined, range: 0..<joined.count).last, hit.start < item.count,
               hit.end > item.count {
                let alias = string(joined, hit.start..<hit.end)
                return IndicatorSubject(code: hit.value, name: alias, alias: alias)
            }
            cut += 1
        }
        return subject(in: item, range: 0..<item.count) ?? IndicatorSubject(code: nil, name: string(item, 0..<item.count))
    }

    /// Words that end an indicator's name as written (税收收入|增长12%).
    static let nameEnders = FactLexicon.builtIn.table(.nameEnder)
    static let leadingWords = PhraseTable<Bool>(words: FactLexicon.builtIn.words(.nameLeadingWord) + FactLexicon.builtIn.words(.hostWord))

    static let heads = FactLexicon.builtIn.words(.indicatorHead)

    /// Whether a name outside the vocabulary is an indicator's noun phrase: it ends in a head
    /// noun (工业总产值, 旅游收入), not in a fragment (提出经济, 首次).
    static func isIndicatorName(_ name: String) -> Bool {
        heads.contains { name.hasSuffix($0) }
    }

    /// The name of an indicator outside the vocabulary as the clause writes it.
    static func trimmedName(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
        // The last clause of the span that names something (其中工业投资增势迅猛，同比增长 → 工业投资).
        var start = range.lowerBound
        var clauseEnd = range.upperBound
        var cursor = range.upperBound
        while cursor > range.lowerBound {
            let clauseStart = ValueClause.clauseStart(text, before: cursor, from: range.lowerBound)
            if !Filler.isEmpty(text, clauseStart..<clauseEnd) {
                start = clauseStart
                break
            }
            clauseEnd = max(range.lowerBound, clauseStart - 1)
            cursor = clauseEnd
        }
        for index in start..<clauseEnd where text[index] == " " { start = index + 1 }
        if start >= clauseEnd {
            start = range.lowerBound
            clauseEnd = range.upperBound
        }
        // 1至9月全县工业投资: a period before the name is not part of it.
        if let period = PeriodScanner.scan(Array(text[start..<clauseEnd]), year: nil).last { start += period.end }
        while let hit = leadingWords.match(in: text, at: start, limit: clauseEnd) { start = hit.end }
        var end = start
        while end < clauseEnd, nameEnders.match(in: text, at: end, limit: clauseEnd) == nil { end += 1 }
        return string(text, start..<(end > start ? end : clauseEnd))
    }

    func firstIndex(of word: [Unicode.Scalar], in text: [Unicode.Scalar], range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index + word.count <= range.upperBound {
            if QuantityScanner.matches(text, word, at: index) { return index }
            index += 1
        }
        return nil
    }
}

package func string(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
    String(scalars: text[range])
}
