/// What every match of a pattern starts with, read off the pattern's text, so it can be tried
/// only where such a start is instead of at every position of a report.
public enum PatternHead {
    /// The pattern split at its top-level `|` (one part when there is none).
    public static func alternatives(_ pattern: Substring) -> [Substring] {
        var parts: [Substring] = []
        var start = pattern.startIndex
        forEachSyntax(pattern) { index, c, depth in
            if c == "|" && depth == 0 {
                parts.append(pattern[start..<index])
                start = pattern.index(after: index)
            }
            return true
        }
        parts.append(pattern[start...])
        return parts
    }

    /// Calls `visit` with each character that is syntax — not escaped, not inside a class — and the
    /// group depth after it (a `(` counts in, a `)` out), until `visit` returns false.
    private static func forEachSyntax(_ text: Substring, _ visit: (Substring.Index, Character, Int) -> Bool) {
        var depth = 0, inClass = false, escaped = false
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "[" {
                inClass = true
            } else if c == "]" {
                inClass = false
            } else if !inClass {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
                if !visit(index, c, depth) { return }
            }
            index = text.index(after: index)
        }
    }

    /// How many decimal digits (`\d`, ICU's \p{Nd}) every match starts with: `(\d{4})\s*年…` and
    /// `(?<!\d)(\d{4})…` give 4, so do the two joined by `|`. Zero when the head is anything else
    /// (a literal, a class, an optional group, a lookahead).
    public static func leadingDigits(_ pattern: Substring) -> Int {
        let parts = alternatives(pattern)
        if parts.count > 1 { return parts.map(leadingDigits).min() ?? 0 }
        var head = pattern
        while head.hasPrefix("(?<!") || head.hasPrefix("(?<=") {
            // A look-behind takes no text: the match starts after it.
            guard let close = closingParen(head) else { return 0 }
            head = head[head.index(after: close)...]
        }
        if head.hasPrefix("(") {
            if head.hasPrefix("(?") && !head.hasPrefix("(?:") { return 0 }
            guard let close = closingParen(head) else { return 0 }
            let after = head[head.index(after: close)...]
            if after.hasPrefix("?") || after.hasPrefix("*") || after.hasPrefix("{0") { return 0 }
            let inside = head[head.index(head.startIndex, offsetBy: head.hasPrefix("(?:") ? 3 : 1)..<close]
            return leadingDigits(inside)
        }
        guard head.hasPrefix("\\d") else { return 0 }
        let quantifier = head.dropFirst(2)
        if quantifier.hasPrefix("?") || quantifier.hasPrefix("*") { return 0 }
        if quantifier.hasPrefix("{") {
            let count = quantifier.dropFirst().prefix { $0.isASCII && $0.isNumber }
            return Int(count) ?? 0
        }
        return 1
    }

    /// The `)` that closes the group `text` opens with.
    private static func closingParen(_ text: Substring) -> Substring.Index? {
        var close: Substring.Index?
        forEachSyntax(text) { index, c, depth in
            if c == ")" && depth == 0 { close = index }
            return close == nil
        }
        return close
    }

    /// Offsets where `count` decimal digits start (every one inside a longer run too), ascending.
    public static func digitRunStarts(_ scalars: [Unicode.Scalar], count: Int) -> [Int] {
        var starts: [Int] = []
        var run = 0
        for (index, scalar) in scalars.enumerated() {
            let isDigit = scalar.value < 0x10000 ? decimalDigits.contains(scalar.value)
                : scalar.properties.generalCategory == .decimalNumber
            run = isDigit ? run + 1 : 0
            if run >= count { starts.append(index + 1 - count) }
        }
        return starts
    }

    /// The decimal digits (\p{Nd}) of the Basic Multilingual Plane, one bit each: asking Unicode's
    /// property tables at every Han character of a report cost more than the pattern it saves.
    private static let decimalDigits = ScalarBitmap(everyBMPScalarWhere: { $0.properties.generalCategory == .decimalNumber })
}
