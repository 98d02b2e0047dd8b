import ArchiveText

/// A report's whole normalized text in the forms the meeting stage scans it in — scalars for the
/// word scans, UTF-16 for the patterns — converted once per report rather than by every step that
/// reads the whole text.
struct ReportText: Sendable {
    let string: String
    let scalars: ScalarText
    let utf16: [UInt16]

    init(_ string: String) {
        self.init(string, scalars: [Unicode.Scalar](scalarsOf: string))
    }

    /// `scalars` are the string's own.
    init(_ string: String, scalars: [Unicode.Scalar]) {
        self.string = string
        self.scalars = ScalarText(scalars)
        utf16 = [UInt16](utf16Of: scalars)
    }

    func matches(_ pattern: TextPattern) -> [TextPattern.Match] {
        utf16.withUnsafeBufferPointer { pattern.matches(in: $0) }
    }

    func firstMatch(_ pattern: TextPattern) -> TextPattern.Match? {
        utf16.withUnsafeBufferPointer { pattern.firstMatch(in: $0) }
    }
}
