import ArchiveMatching
import ArchiveResources

/// Pinyin written with tone marks, as "traditional" page converters add after characters
/// (`穩(wěn)`). A tone mark is required: it is what tells `(fā)` from an English `(fa)`.
enum PinyinSyllable {
    private static let toned = ScalarSet("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ".unicodeScalars)
    private static let plain = ScalarSet("abcdefghijklmnopqrstuvwxyzüê".unicodeScalars)
    private static let longest = 7

    private static let opens = ScalarSet(PageWord.table.scalars(.annotationOpen))
    private static let closes = ScalarSet(PageWord.table.scalars(.annotationClose))

    static func isOpen(_ scalar: Unicode.Scalar) -> Bool { opens.contains(scalar) }
    static func isClose(_ scalar: Unicode.Scalar) -> Bool { closes.contains(scalar) }

    /// If a toned syllable starts at `start` and is closed by a parenthesis, the index after it.
    static func closedSyllable(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var hasTone = false
        while index < scalars.count, index - start <= longest {
            let scalar = scalars[index]
            if toned.contains(scalar) {
                hasTone = true
            } else if !plain.contains(scalar) {
                break
            }
            index += 1
        }
        guard index > start, index - start <= longest, hasTone,
              index < scalars.count, isClose(scalars[index]) else { return nil }
        return index + 1
    }

    /// If `(syllable)` starts at `start`, the index after it.
    static func annotation(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count, isOpen(scalars[start]) else { return nil }
        return closedSyllable(in: scalars, from: start + 1)
    }

    /// A `?` that stands for a lost character carrying its own annotation: `?(lián)` or, when the
    /// opening parenthesis was lost with it, `?lián)`. Returns the index after the annotation.
    static func lostCharacterAnnotation(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard index < scalars.count, scalars[index] == "?" else { return nil }
        return annotation(in: scalars, from: index + 1) ?? closedSyllable(in: scalars, from: index + 1)
    }
}
