/// `traditional-to-simplified`: converts the lines of a document that are written in traditional
/// characters, through OpenCC's phrase-level t2s. Simplified text is never converted, because
/// every converter maps some characters one-to-many (t2s turns the 乾 ending a person's name into
/// 干): a line counts as traditional only when traditional-only characters clearly outnumber
/// simplified-only ones (see ScriptCharacters).
enum ScriptConversion {
    static let name = "traditional-to-simplified"

    struct Result {
        var text: TracedText
        /// hans, hant or mixed.
        var script: String
        var converted: Bool
    }

    static func apply(_ text: TracedText) -> Result {
        let unchanged = Result(text: text, script: "hans", converted: false)
        let characters = ScriptCharacters.shared
        // Most documents hold no traditional-only character: one test per character settles them,
        // before lines are cut and simplified characters counted.
        guard text.scalars.contains(where: { $0.value >= 0x3400 && characters.traditional.contains($0.value) }) else {
            return unchanged
        }
        let lines = lineRanges(text.scalars)
        var traditionalCounts = [Int](repeating: 0, count: lines.count)
        var simplifiedCounts = [Int](repeating: 0, count: lines.count)
        var anyTraditional = false
        for (number, range) in lines.enumerated() {
            for scalar in text.scalars[range] where scalar.value >= 0x3400 {
                if characters.traditional.contains(scalar.value) {
                    traditionalCounts[number] += 1
                    anyTraditional = true
                } else if characters.simplified.contains(scalar.value) {
                    simplifiedCounts[number] += 1
                }
            }
        }
        guard anyTraditional else { return unchanged }
        let traditionalTotal = traditionalCounts.reduce(0, +)
        let simplifiedTotal = simplifiedCounts.reduce(0, +)
        let documentIsTraditional = traditionalTotal >= 3 * simplifiedTotal

        let convert = lines.indices.map { number in
            let t = traditionalCounts[number]
            let s = simplifiedCounts[number]
            return t > 0 && t >= 2 * s && (t >= 2 || (documentIsTraditional && s == 0))
        }
        guard convert.contains(true) else { return unchanged }
        let whole = text.string
        let simplifiedLines = ChineseConverter.toSimplified.convert(whole).flatMap { splitLines($0, count: lines.count) }
            ?? lines.map { Array((ChineseConverter.toSimplified.convert(slice(text, $0)) ?? slice(text, $0)).unicodeScalars) }

        var output = TracedText(reservingCapacity: text.count)
        var simplifiedLinesKept = 0
        for (number, range) in lines.enumerated() {
            if convert[number] {
                appendAligned(simplifiedLines[number], replacing: range, of: text, to: &output)
            } else {
                if simplifiedCounts[number] >= 2 && simplifiedCounts[number] > traditionalCounts[number] { simplifiedLinesKept += 1 }
                output.append(from: text, range)
            }
            if range.upperBound < text.count { output.append(from: text, range.upperBound..<(range.upperBound + 1)) }
        }
        if output.scalars == text.scalars { return Result(text: text, script: "hant", converted: false) }
        return Result(text: output, script: simplifiedLinesKept > 0 ? "mixed" : "hant", converted: true)
    }

    /// Ranges of the lines, without their "\n".
    private static func lineRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<scalars.count)
        return ranges
    }

    private static func splitLines(_ text: String, count: Int) -> [[Unicode.Scalar]]? {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        return lines.count == count ? lines : nil
    }

    private static func slice(_ text: TracedText, _ range: Range<Int>) -> String {
        String(scalars: text.scalars[range])
    }

    /// Appends the converted line, mapping each character back to the one it came from: one to
    /// one when lengths agree, otherwise by the shared prefix and suffix with the middle spread.
    private static func appendAligned(_ converted: [Unicode.Scalar], replacing range: Range<Int>,
                                      of text: TracedText, to output: inout TracedText) {
        let originals = Array(text.origins[range])
        guard !originals.isEmpty else { return }
        if converted.count == range.count {
            for (offset, scalar) in converted.enumerated() { output.append(scalar, origin: originals[offset]) }
            return
        }
        let source = Array(text.scalars[range])
        var prefix = 0
        while prefix < min(source.count, converted.count), source[prefix] == converted[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(source.count, converted.count) - prefix,
              source[source.count - 1 - suffix] == converted[converted.count - 1 - suffix] { suffix += 1 }
        let sourceMiddle = source.count - prefix - suffix
        let convertedMiddle = converted.count - prefix - suffix
        for (offset, scalar) in converted.enumerated() {
            let origin: Int
            if offset < prefix {
                origin = originals[offset]
            } else if offset >= converted.count - suffix {
                origin = originals[source.count - (converted.count - offset)]
            } else if sourceMiddle > 0 {
                origin = originals[prefix + (offset - prefix) * sourceMiddle / max(1, convertedMiddle)]
            } else {
                origin = originals[max(0, min(prefix, originals.count - 1))]
            }
            output.append(scalar, origin: origin)
        }
    }
}
