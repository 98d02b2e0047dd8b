import ArchiveMatching

/// A number with its unit as written in a sentence: `8.5%`, `1,998.22亿元`, `百分之八`, `三千五百万元`,
/// or a range `7%-7.5%`. Offsets are scalar indices into the sentence.
struct Quantity: Equatable {
    var start: Int
    var end: Int
    var low: Double
    /// The upper end of a range such as 7%-7.5%.
    var high: Double?
    var unit: Unit
    /// 5000多亿元, 300余万元: more than the number written.
    var atLeast = false

    var isPercentagePoint: Bool { unit == .percentagePoint }
}

/// Finds every number that carries a unit. Numbers without one (years, dates, counts, ranks) are
/// passed over: they are not indicator values.
enum QuantityScanner {
    static let percentWord = FactLexicon.builtIn.word(.percentWord)
    static let rangeMarks = ScalarSet(Punctuation.rangeDash.scalars + FactLexicon.builtIn.scalars(.rangeMark))
    static let thousandsSeparators = Punctuation.thousandsSeparator.set
    static let decimalPoints = Punctuation.decimalPoint.set
    static let minusSigns = Punctuation.minusSign.set
    static let percentSigns = Punctuation.percentSign.set

    static func scan(_ text: [Unicode.Scalar]) -> [Quantity] {
        var found: [Quantity] = []
        var index = 0
        // Read once (see PeriodScanner.scan).
        let starters = chineseStarters
        while index < text.count {
            // Most positions begin no number; passing them here saves a call per position.
            guard mayBeginNumber(text[index], starters), let first = number(in: text, at: index) else {
                index += 1
                continue
            }
            var end = first.end
            guard let unit = first.unit else {
                // 7-7.5%: the first number takes the unit of the second.
                if let mark = skipSpaces(text, end), mark < text.count, rangeMarks.contains(text[mark]),
                   let second = number(in: text, at: mark + 1), let unit = second.unit, second.arabic == first.arabic {
                    found.append(Quantity(start: index, end: second.end, low: first.value, high: second.value, unit: unit))
                    index = second.end
                } else {
                    index = first.end
                }
                continue
            }
            var high: Double?
            if let mark = skipSpaces(text, end), mark < text.count, rangeMarks.contains(text[mark]),
               let second = number(in: text, at: mark + 1), second.unit == unit {
                high = second.value
                end = second.end
            }
            let sign = isMinus(text, before: index) ? -1.0 : 1.0
            found.append(Quantity(start: index, end: end, low: sign * first.value, high: high, unit: unit,
                                  atLeast: first.atLeast && high == nil))
            index = end
        }
        return found
    }

    struct Number {
        var value: Double
        var unit: Unit?
        var end: Int
        var arabic: Bool
        var atLeast = false
    }

    static let moreThan = ScalarSet(FactLexicon.builtIn.scalars(.moreThan))
    /// What a number other than Arabic digits may begin with (百分之 begins with a unit).
    static let chineseStarters = ScalarSet(ChineseNumber.digits.keys + ChineseNumber.smallUnits.keys + percentWord.prefix(1))

    /// The number starting at `index` with the unit right after it, if any.
    static func number(in text: [Unicode.Scalar], at index: Int) -> Number? {
        guard index < text.count, mayBeginNumber(text[index]) else { return nil }
        if matches(text, percentWord, at: index) {
            guard let inner = number(in: text, at: index + percentWord.count), inner.unit == nil else { return nil }
            return Number(value: inner.value, unit: .percent, end: inner.end, arabic: inner.arabic)
        }
        if let digit = arabicDigit(text[index]) {
            if index > 0, arabicDigit(text[index - 1]) != nil || text[index - 1] == "." { return nil }
            // Built as ASCII scalars: Int-to-String per digit and Foundation's contains(".") cost
            // more than the rest of the scan.
            var digits = String.UnicodeScalarView()
            digits.append(Unicode.Scalar(UInt8(48 + digit)))
            var hasPoint = false
            var end = index + 1
            while end < text.count {
                if let d = arabicDigit(text[end]) {
                    digits.append(Unicode.Scalar(UInt8(48 + d)))
                    end += 1
                } else if thousandsSeparators.contains(text[end]), threeDigitsFollow(text, end + 1) {
                    end += 1          // thousands separator
                } else if decimalPoints.contains(text[end]), end + 1 < text.count, arabicDigit(text[end + 1]) != nil,
                          !hasPoint {
                    digits.append(".")
                    hasPoint = true
                    end += 1
                } else {
                    break
                }
            }
            guard let value = Double(String(digits)) else { return nil }
            var unitStart = skipSpaces(text, end) ?? end
            let atLeast = unitStart < text.count && moreThan.contains(text[unitStart])
            if atLeast { unitStart += 1 }
            if let hit = Unit.table.match(in: text, at: unitStart), !(atLeast && hit.value == .percent) {
                return Number(value: value, unit: hit.value, end: hit.end, arabic: true, atLeast: atLeast)
            }
            return Number(value: value, unit: nil, end: end, arabic: true)
        }
        return chinese(in: text, at: index)
    }

    /// A Chinese numeral; the unit may begin inside the run (三千五百万元 is 3500 万元).
    static func chinese(in text: [Unicode.Scalar], at index: Int) -> Number? {
        let first = text[index]
        guard ChineseNumber.digits[first] != nil || ChineseNumber.smallUnits[first] != nil else { return nil }
        if index > 0, ChineseNumber.isNumeral(text[index - 1]) { return nil }
        var runEnd = index
        while runEnd < text.count, ChineseNumber.isNumeral(text[runEnd]) { runEnd += 1 }
        var split = index + 1
        while split <= runEnd {
            if let hit = Unit.table.match(in: text, at: split), hit.end > runEnd || (split == runEnd && hit.end > split),
               hit.value != .bareHundredMillion,
               let value = ChineseNumber.value(text[index..<split]) {
                return Number(value: value, unit: hit.value, end: hit.end, arabic: false)
            }
            split += 1
        }
        guard let value = ChineseNumber.value(text[index..<runEnd]) else { return nil }
        return Number(value: value, unit: nil, end: runEnd, arabic: false)
    }

    @inline(__always)
    static func mayBeginNumber(_ scalar: Unicode.Scalar) -> Bool { mayBeginNumber(scalar, chineseStarters) }

    @inline(__always)
    static func mayBeginNumber(_ scalar: Unicode.Scalar, _ chineseStarters: ScalarSet) -> Bool {
        arabicDigit(scalar) != nil || chineseStarters.contains(scalar)
    }

    /// 增长-3.2%: a minus sign right before the number, not a dash between two numbers.
    static func isMinus(_ text: [Unicode.Scalar], before index: Int) -> Bool {
        guard index > 0, minusSigns.contains(text[index - 1]) else { return false }
        guard index > 1 else { return true }
        let previous = text[index - 2]
        return arabicDigit(previous) == nil && !percentSigns.contains(previous)
    }

    static func arabicDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    static func threeDigitsFollow(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index + 3 <= text.count else { return false }
        for offset in 0..<3 where arabicDigit(text[index + offset]) == nil { return false }
        return index + 3 == text.count || arabicDigit(text[index + 3]) == nil
    }

    static func skipSpaces(_ text: [Unicode.Scalar], _ index: Int) -> Int? {
        var index = index
        while index < text.count, text[index] == " " || text[index] == "\u{3000}" { index += 1 }
        return index
    }

    static func matches(_ text: [Unicode.Scalar], _ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + word.count <= text.count else { return false }
        for (offset, scalar) in word.enumerated() where text[index + offset] != scalar { return false }
        return true
    }
}
