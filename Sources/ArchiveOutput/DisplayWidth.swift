/// How many terminal columns text takes: East Asian wide and fullwidth characters take two,
/// combining marks and ANSI escape sequences none. (Unicode's EastAsianWidth.txt, the ranges a
/// terminal actually draws wide; ambiguous characters count as one, as most terminals draw them.)
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                // CSI sequences end with a letter: ESC [ 1 m
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            width += of(scalar)
        }
        return width
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if isZeroWidth(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    static func isZeroWidth(_ v: UInt32) -> Bool {
        (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v)
            || v == 0x2060 || v == 0xFEFF || (0x1AB0...0x1AFF).contains(v) || (0x20D0...0x20FF).contains(v)
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F,       // Hangul Jamo initials
             0x2E80...0x303E,       // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
             0x3041...0x33FF,       // Hiragana, Katakana, Bopomofo, Hangul compatibility, Kanbun, CJK compatibility
             0x3400...0x4DBF,       // CJK extension A
             0x4E00...0x9FFF,       // CJK unified ideographs
             0xA000...0xA4CF,       // Yi
             0xA960...0xA97F,       // Hangul Jamo extended A
             0xAC00...0xD7A3,       // Hangul syllables
             0xF900...0xFAFF,       // CJK compatibility ideographs
             0xFE10...0xFE19,       // vertical forms
             0xFE30...0xFE6F,       // CJK compatibility forms, small forms
             0xFF00...0xFF60,       // fullwidth forms
             0xFFE0...0xFFE6,
             0x1F300...0x1F64F,     // pictographs and emoticons
             0x1F900...0x1F9FF,
             0x20000...0x2FFFD,     // CJK extensions B–F
             0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` padded with spaces to `width` columns, on the right (left-aligned) or the left.
    public static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return right ? padding + text : text + padding
    }
}
