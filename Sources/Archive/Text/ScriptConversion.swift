/// `traditional-to-simplified`: converts the lines of a document that are written in traditional
/// characters, through OpenCC's phrase-level t2s. Simplified text is never converted, because
/// every converter maps some characters one-to-many (t2s turns the 乾 ending a person's name into
/// 干): a line counts as traditional only when characters t2s would change clearly outnumber
/// characters s2t would change.
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
        guard text.scalars.contains(where: { $0.value >= 0x3400 }) else { return unchanged }
        let whole = text.string
        guard let simplified = ChineseConverter.toSimplified.convert(whole), simplified != whole,
              let traditional = ChineseConverter.toTraditional.convert(whole) else { return unchanged }

        let lines = lineRanges(text.scalars)
        let simplifiedLines = splitLines(simplified, count: lines.count)
            ?? lines.map { Array((ChineseConverter.toSimplified.convert(slice(text, $0)) ?? slice(text, $0)).unicodeScalars) }
        let traditionalLines = splitLines(traditional, count: lines.count)
            ?? lines.map { Array((ChineseConverter.toTraditional.convert(slice(text, $0)) ?? slice(text, $0)).unicodeScalars) }

        var traditionalCounts: [Int] = []
        var simplifiedCounts: [Int] = []
        for (number, range) in lines.enumerated() {
            let line = text.scalars[range]
            traditionalCounts.append(differences(line, simplifiedLines[number]))
            simplifiedCounts.append(differences(line, traditionalLines[number]))
        }
        let traditionalTotal = traditionalCounts.reduce(0, +)
        let simplifiedTotal = simplifiedCounts.reduce(0, +)
        let documentIsTraditional = traditionalTotal > 0 && traditionalTotal >= 3 * simplifiedTotal

        var output = TracedText(reservingCapacity: text.count)
        var convertedLines = 0
        var simplifiedLinesKept = 0
        for (number, range) in lines.enumerated() {
            let t = traditionalCounts[number]
            let s = simplifiedCounts[number]
            let isTraditional = t > 0 && t >= 2 * s && (t >= 2 || (documentIsTraditional && s == 0))
            if isTraditional {
                convertedLines += 1
                appendAligned(simplifiedLines[number], replacing: range, of: text, to: &output)
            } else {
                if s >= 2 && s > t { simplifiedLinesKept += 1 }
                output.append(from: text, range)
            }
            if range.upperBound < text.count { output.append(from: text, range.upperBound..<(range.upperBound + 1)) }
        }
        guard convertedLines > 0 else { return unchanged }
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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.scalars[range])
        return String(view)
    }

    /// How many characters differ between a line and its conversion (lengths may differ).
    private static func differences(_ line: ArraySlice<Unicode.Scalar>, _ converted: [Unicode.Scalar]) -> Int {
        var count = abs(line.count - converted.count)
        for (a, b) in zip(line, converted) where a != b { count += 1 }
        return count
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
