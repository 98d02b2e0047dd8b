import ArchiveMatching

/// Which characters are written only in traditional or only in simplified Chinese, as OpenCC
/// itself sees them: every CJK character is run once through t2s and s2t and those that change
/// are kept. Counting them needs no conversion, so simplified text — the common case — never
/// pays for a call into OpenCC.
struct ScriptCharacters: Sendable {
    static let shared = ScriptCharacters()

    /// Characters t2s rewrites (traditional forms, and a few shared ones such as 乾).
    package let traditional: ScalarBitmap
    /// Characters s2t rewrites (simplified forms).
    let simplified: ScalarBitmap

    private static let blocks: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]

    private init() {
        // One character per line, so phrase dictionaries do not join neighbours.
        var list: [Unicode.Scalar] = []
        var characters: [Unicode.Scalar] = []
        for block in Self.blocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value) else { continue }
                characters.append(scalar)
                list.append(scalar)
                list.append("\n")
            }
        }
        let text = String(scalars: list)
        traditional = Self.changed(characters, ChineseConverter.toSimplified.convert(text))
        simplified = Self.changed(characters, ChineseConverter.toTraditional.convert(text))
    }

    private static func changed(_ characters: [Unicode.Scalar], _ converted: String?) -> ScalarBitmap {
        guard let converted else { return ScalarBitmap() }
        // Split as scalars: OpenCC writes no CR, and splitting Characters costs grapheme breaking.
        let lines = [Unicode.Scalar](scalarsOf: converted).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= characters.count else { return ScalarBitmap() }
        var result = ScalarBitmap()
        for (index, character) in characters.enumerated() {
            let line = lines[index]
            if line.count != 1 || line.first != character { result.insert(character.value) }
        }
        return result
    }
}
