import ArchiveMatching
import ArchiveModel

/// Indicator values of one sentence: each number with a unit is paired with the indicator the
/// sentence names for it, or dropped when it is no indicator value (a share, a multi-year average,
/// a percentage-point change, a number inside a noun phrase, a parallel list that does not pair up).
struct SentenceIndicators {
    let text: [Unicode.Scalar]
    let sentence: Sentence
    let matcher: IndicatorMatcher
    let context: ExtractionContext
    let marks: [PeriodMark]
    let carried: PeriodMark?
    /// The sentence continues a list of targets begun in an earlier one.
    var inTargetList = false

    private struct Found {
        var value: IndicatorValue
        var alias: String?
    }

    func values() -> [IndicatorValue] {
        let quantities = QuantityScanner.scan(text)
        var found: [Found] = []
        var subject: IndicatorSubject?
        var lastItems: [[Unicode.Scalar]] = []
        /// The names of the values found one by one, in order, for a 分别 list that names none.
        var namedSubjects: [[Unicode.Scalar]] = []
        var previousEnd = 0
        var index = 0
        while index < quantities.count {
            let quantity = quantities[index]
            let (comparator, end) = Comparator.of(quantity, in: text, from: previousEnd)
            let clauseStart = ValueClause.clauseStart(text, before: quantity.start, from: previousEnd)
            if let marker = ValueClause.listMarker(text, clauseStart..<quantity.start)
                ?? pairedWithoutMarker(index, of: quantities, clause: clauseStart..<quantity.start, end: end) {
                let list = pairList(from: index, of: quantities, marker: marker, previousEnd: previousEnd,
                                    previousItems: lastItems, recentSubjects: namedSubjects)
                found += list.found
                lastItems = list.items
                subject = nil
                previousEnd = list.end
                index = list.next
                continue
            }
            defer {
                previousEnd = end
                index += 1
            }
            let lead = previousEnd..<quantity.start
            let clause = clauseStart..<quantity.start
            if quantity.isPercentagePoint || ValueClause.isShare(text, clause) || ValueClause.isAverage(text, clause)
                || ValueClause.isShareOfPrevious(text, quantity, previousEnd: index > 0 ? quantities[index - 1].end : nil) {
                continue
            }
            if RegionScope.isNational(text, clause) {
                subject = nil
                continue
            }
            let named = matcher.subject(in: text, range: clause) ?? matcher.subject(in: text, range: lead)
            guard let current = named ?? subject else { continue }
            subject = current
            let emitted = emit(quantity, comparator: comparator, end: end, subject: current, verbs: clause)
            found += emitted
            if named != nil, !emitted.isEmpty { namedSubjects.append(Array(current.name.unicodeScalars)) }
        }
        return preferringPreciseAliases(found).map(\.value)
    }

    private struct PairedList {
        var found: [Found]
        var items: [[Unicode.Scalar]]
        var end: Int
        var next: Int
    }

    /// 甲、乙和丙分别增长a、b、c: the values after 分别, up to the first word that is no separator,
    /// paired with the items named before it by position, or not at all when the counts differ.
    /// 甲a亿元，乙b亿元，分别增长x%和y%: with no items of its own and no list before, the list pairs
    /// with the values named one by one just before it (`recentSubjects`).
    private func pairList(from index: Int, of quantities: [Quantity], marker: Int, previousEnd: Int,
                          previousItems: [[Unicode.Scalar]], recentSubjects: [[Unicode.Scalar]] = []) -> PairedList {
        var group: [(quantity: Quantity, comparator: String, end: Int)] = []
        var lastEnd = previousEnd
        var next = index
        while next < quantities.count,
              next == index || ValueClause.onlySeparates(text, lastEnd..<quantities[next].start) {
            let (comparator, end) = Comparator.of(quantities[next], in: text, from: lastEnd)
            group.append((quantities[next], comparator, end))
            lastEnd = end
            next += 1
        }
        // 分别增长7%、8%左右: a qualifier after the last value belongs to every value without its own.
        if let last = group.last, last.quantity.high == nil,
           Comparator.after.match(in: text, at: QuantityScanner.skipSpaces(text, last.quantity.end) ?? last.quantity.end) != nil {
            for member in group.indices.dropLast() where group[member].comparator == "=" && group[member].quantity.high == nil {
                group[member].comparator = last.comparator
            }
        }
        let itemsStart = ValueClause.clauseStart(text, before: marker, from: previousEnd)
        let named = itemsStart..<marker
        var items = listItems(named, count: group.count)
        // 分别达到500亿元和50亿元，分别增长8%和10%: the second list names no items of its own.
        if items.isEmpty || Filler.isEmpty(text, named) && items.count != group.count {
            items = previousItems.isEmpty && recentSubjects.count >= group.count
                ? Array(recentSubjects.suffix(group.count)) : previousItems
        }
        var found: [Found] = []
        let clause = itemsStart..<quantities[index].start
        let skipped = RegionScope.isNational(text, named) || ValueClause.isShare(text, clause)
            || ValueClause.isAverage(text, clause)
        if items.count == group.count, let last = items.last, !skipped {
            for (item, member) in zip(items, group) {
                found += emit(member.quantity, comparator: member.comparator, end: member.end,
                              subject: matcher.listItem(item, last: last), verbs: marker..<member.quantity.start)
            }
        }
        return PairedList(found: found, items: items, end: lastEnd, next: next)
    }

    static let bothResidents = FactLexicon.builtIn.word(.bothResidents)
    static let bothResidentsTable = FactLexicon.builtIn.table(.bothResidents)

    /// 城乡居民人均可支配收入为a元和b元: two values joined with no 分别 after a subject that names
    /// both kinds of residents are a list of two all the same; the list begins at the first value.
    private func pairedWithoutMarker(_ index: Int, of quantities: [Quantity], clause: Range<Int>, end: Int) -> Int? {
        guard index + 1 < quantities.count, quantities[index + 1].unit == quantities[index].unit,
              index + 2 == quantities.count || !ValueClause.onlySeparates(text, quantities[index + 1].end..<quantities[index + 2].start),
              ValueClause.onlySeparates(text, end..<quantities[index + 1].start),
              Self.bothResidentsTable.contains(in: text, range: clause) else { return nil }
        return quantities[index].start
    }
    static let residents = FactLexicon.builtIn.words(.residents).map { Array($0.unicodeScalars) }

    /// The items of a list of indicators, split at 、 和 及 与 以及; 城乡居民X for two values is
    /// 城镇居民X and 农村居民X.
    private func listItems(_ range: Range<Int>, count: Int) -> [[Unicode.Scalar]] {
        let items = splitItems(range)
        if items.count == 1, count == 2, let item = items.first,
           let at = (0..<item.count).first(where: { QuantityScanner.matches(item, Self.bothResidents, at: $0) }) {
            let rest = item[(at + Self.bothResidents.count)...]
            return Self.residents.map { $0 + rest }
        }
        return items
    }

    static let itemJoiners = ScalarSet(FactLexicon.builtIn.scalars(.itemJoiner))

    private func splitItems(_ range: Range<Int>) -> [[Unicode.Scalar]] {
        var items: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = text[index]
            if let joiner = ValueClause.andAlsoTable.match(in: text, at: index, limit: range.upperBound) {
                items.append(current)
                current = []
                index = joiner.end
                continue
            }
            if Self.itemJoiners.contains(scalar) {
                items.append(current)
                current = []
            } else if scalar != " " {
                current.append(scalar)
            }
            index += 1
        }
        items.append(current)
        return items.filter { !$0.isEmpty }
    }

    private func emit(_ quantity: Quantity, comparator: String, end: Int, subject: IndicatorSubject,
                      verbs: Range<Int>) -> [Found] {
        guard !quantity.isPercentagePoint, ValueClause.standsAlone(text, after: end) else { return [] }
        // A value outside the vocabulary is recorded only under an indicator's noun phrase.
        if subject.code == nil, !IndicatorMatcher.isIndicatorName(subject.name) { return [] }
        let growth = ValueClause.hasGrowthWord(text, verbs)
        let measure: String
        var sign = 1.0
        if quantity.unit == .percent {
            // A rate is named as one (城镇调查失业率); a percentage after a verb of change is a growth.
            if ValueClause.endsInRateWord(subject.name) || (!growth && ValueClause.mentionsRate(text, verbs)) {
                measure = "rate"
            } else {
                measure = "growth"
                if ValueClause.isFall(text, verbs) { sign = -1 }
            }
        } else {
            // 同比增加16.7亿元 is an increment, not the level.
            if growth { return [] }
            measure = "level"
        }
        let ownMark = marks.last { $0.end <= quantity.start }
        let mark = ownMark ?? carried
        let periodYear: Int? = mark.flatMap { m in
            if case .year(let y) = m.period { return y }
            return m.year ?? context.year
        }
        var kind = ValueKind.kind(text, quantity: quantity, after: end, periodYear: periodYear, contextYear: context.year,
                                  marks: marks, inTargetList: inTargetList)
        // A value the sentence places in a year still ahead cannot have been achieved.
        if ownMark != nil, let p = periodYear, let y = context.year, p > y { kind = "target" }
        var period = mark.flatMap { $0.period.formatted(year: $0.year ?? context.year) }
        // Targets are for a year: a quarter carried from an earlier sentence is not theirs.
        if kind == "target", ownMark == nil { period = (mark?.year ?? context.year).map(String.init) }
        func value(_ number: Double, _ comparator: String) -> Found {
            Found(value: IndicatorValue(indicator: subject.code, name: subject.name, kind: kind, measure: measure,
                                        value: sign * number, unit: quantity.unit.exported, comparator: comparator,
                                        period: period, region: context.host, evidence: sentence.evidence),
                  alias: subject.alias)
        }
        if let high = quantity.high {
            return [value(quantity.low, ">="), value(high, "<=")]
        }
        return [value(quantity.low, comparator)]
    }

    /// 工业增加值 beside 规上工业增加值 in one sentence is the whole of industry, not the vocabulary's
    /// indicator: when one alias of a code ends another of the same code, the longer one wins.
    private func preferringPreciseAliases(_ found: [Found]) -> [Found] {
        found.filter { candidate in
            guard let alias = candidate.alias, let code = candidate.value.indicator else { return true }
            return !found.contains { other in
                guard let longer = other.alias, other.value.indicator == code, longer != alias,
                      longer.hasSuffix(alias), other.value.kind == candidate.value.kind,
                      other.value.measure == candidate.value.measure else { return false }
                return true
            }
        }
    }
}

extension PeriodMark: Equatable {
    static func == (lhs: PeriodMark, rhs: PeriodMark) -> Bool {
        lhs.end == rhs.end && lhs.period == rhs.period && lhs.year == rhs.year
    }
}
