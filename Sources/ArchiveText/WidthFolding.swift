/// `width`: full-width digits, Latin letters, `％` and `．` become ASCII so numbers read as numbers.
/// Chinese punctuation (，、。：“”) keeps its width.
enum WidthFolding {
    static let name = "width"

    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF05, 0xFF0E:
            return Unicode.Scalar(scalar.value - 0xFEE0)
        default:
            return nil
        }
    }

    static func repair(_ text: TracedText) -> TracedText? {
        guard text.scalars.contains(where: { folded($0) != nil }) else { return nil }
        var output = text
        for index in output.scalars.indices {
            if let ascii = folded(output.scalars[index]) { output.scalars[index] = ascii }
        }
        return output
    }
}
