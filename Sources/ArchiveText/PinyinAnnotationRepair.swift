/// `pinyin-annotation`: drops the parenthesised pinyin a converter wrote after characters
/// (`發(fā)展` → `發展`). A `?` carrying its own annotation (`勇?lián)?dāng)`) was a character lost
/// in decoding: the annotation goes and U+FFFD marks the loss. Ordinary parentheses — `(街道)`,
/// `(2023)`, an English `(fa)` — have no toned syllable after a character and stay.
enum PinyinAnnotationRepair {
    static let name = "pinyin-annotation"

    static func repair(_ text: TracedText) -> TracedText? {
        let scalars = text.scalars
        var output: TracedText?
        var copied = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            var replacement: Unicode.Scalar?
            var end: Int?
            if PinyinSyllable.isOpen(scalar), index > 0, scalars[index - 1].isHan || scalars[index - 1] == "\u{FFFD}" {
                end = PinyinSyllable.annotation(in: scalars, from: index)
            } else if scalar == "?", let after = PinyinSyllable.lostCharacterAnnotation(in: scalars, at: index) {
                end = after
                replacement = "\u{FFFD}"
            }
            guard let end else {
                index += 1
                continue
            }
            if output == nil { output = TracedText(reservingCapacity: scalars.count) }
            output!.append(from: text, copied..<index)
            if let replacement { output!.append(replacement, origin: text.origins[index]) }
            copied = end
            index = end
        }
        guard var output else { return nil }
        output.append(from: text, copied..<scalars.count)
        return output
    }
}
