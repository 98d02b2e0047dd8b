extension StringProtocol {
    /// The text without leading and trailing spaces (Zs) and tabs — what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` removes — without bridging to NSString, which cost
    /// the meeting stage more than reading the meeting's name.
    public func trimmingSpacesAndTabs() -> String {
        trimming(where: \.isSpaceOrTab)
    }

    /// The text without leading and trailing white space and line breaks, as Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` trims.
    func trimmingSpacesAndLineBreaks() -> String {
        trimming(where: \.isSpaceOrLineBreak)
    }

    /// Scalar by scalar, as Foundation trims: a mark on a trimmed space stays.
    private func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        return String(self[first..<scalars.index(after: last)])
    }
}

extension Unicode.Scalar {
    /// The White_Space property, without the property table for the scalars a report is made of.
    package var isBlank: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// What CharacterSet.whitespaces holds: the space separators (Zs), the tab, and (as
    /// Foundation counts it) the zero-width space.
    var isSpaceOrTab: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// What CharacterSet.whitespacesAndNewlines holds: the above, the line and paragraph
    /// separators and the controls U+000A–U+000D and U+0085.
    var isSpaceOrLineBreak: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return isSpaceOrTab
        }
    }
}
