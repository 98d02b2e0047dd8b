import ArchiveMatching

/// Chinese numerals as reports write them in values: 八, 十二, 三千五百, 两百, 八点五, 一万二千.
/// Only well-formed numerals parse: a run such as 十百千万 (a slogan) is not a number.
enum ChineseNumber {
    static let digits = FactLexicon.builtIn.numbers(.numeralDigit)
    static let smallUnits = FactLexicon.builtIn.numbers(.numeralSmallUnit)
    static let largeUnits = FactLexicon.builtIn.numbers(.numeralLargeUnit)
    static let point: Unicode.Scalar = FactLexicon.builtIn.scalars(.numeralPoint)[0]

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digits[scalar] != nil || smallUnits[scalar] != nil || largeUnits[scalar] != nil || scalar == point
    }

    /// The value of `scalars` as a whole, or nil when they are not one well-formed numeral.
    static func value(_ scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        guard !scalars.isEmpty else { return nil }
        if let dot = scalars.firstIndex(of: point) {
            // 八点五: an integer part, then digits read one by one.
            guard let whole = value(scalars[scalars.startIndex..<dot]) else { return nil }
            let fraction = scalars[(dot + 1)...]
            guard !fraction.isEmpty else { return nil }
            var text = "0."
            for scalar in fraction {
                guard let digit = digits[scalar] else { return nil }
                text += String(digit)
            }
            return whole + (Double(text) ?? 0)
        }
        var total = 0        // the part already multiplied by 万 or 亿
        var section = 0      // the current part below 万
        var digit: Int?      // a digit waiting for its unit
        var lastSmall = Int.max
        for scalar in scalars {
            if let d = digits[scalar] {
                if digit != nil { return nil }   // 八五 is not a numeral
                digit = d == 0 ? nil : d
                if d == 0 { lastSmall = Int.max }
            } else if let unit = smallUnits[scalar] {
                guard unit < lastSmall else { return nil }
                if let d = digit {
                    section += d * unit
                } else if section == 0 {
                    section = unit           // 十二, 百亿: a unit at the start means one of it
                } else {
                    return nil
                }
                digit = nil
                lastSmall = unit
            } else if let unit = largeUnits[scalar] {
                section += digit ?? 0
                digit = nil
                guard section > 0 || total > 0 else { return nil }
                // 亿亿 and runs that big are no numeral of a value; they must not overflow either.
                let (scaled, overflow) = (unit == 10_000 ? section : total + section).multipliedReportingOverflow(by: unit)
                guard !overflow, scaled < 1_000_000_000_000_000 else { return nil }
                total = unit == 10_000 ? total + scaled : scaled
                section = 0
                lastSmall = Int.max
            } else {
                return nil
            }
        }
        section += digit ?? 0
        let result = total + section
        return result > 0 ? Double(result) : (scalars.allSatisfy { digits[$0] == 0 } ? 0 : nil)
    }
}
