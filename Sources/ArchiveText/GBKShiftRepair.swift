/// `gbk-shift`: undoes GBK bytes read one byte out of step. The damage shows as `?` (a lost lead
/// byte) or a stretch of characters that form no word, then characters each made of one
/// character's trail byte and the next one's lead byte, usually ending in a stray ASCII letter (a
/// trail byte that put the reader back in step): `確?!半p過半”` for `確保“雙過半”`.
///
/// The run is re-encoded to GBK (ASCII `!,:;` as the full-width forms the page narrowed) and
/// decoded again one byte later. It is taken only when every pair decodes and the result forms
/// more common words than the damaged text (two more when no `?` marks the spot). The run's
/// first character lost its lead byte: it is restored only when exactly one GBK character with
/// that trail byte forms a common word with the character before it (or, if none does, with the
/// one after), otherwise U+FFFD marks the loss so nothing is invented. A last character whose
/// trail byte was lost is treated the same way. A `?` carrying its own pinyin is left to
/// PinyinAnnotationRepair.
struct GBKShiftRepair {
    static let name = "gbk-shift"

    /// Runs longer than this are not damage this repair can explain.
    private static let longestRun = 64
    /// A stretch of this many characters forming no word is suspect even without a `?`.
    private static let suspectStretch = 4

    private let words = CommonWords.shared

    private struct Edit {
        var range: Range<Int>
        var replacement: [Unicode.Scalar]
    }

    func repair(_ text: TracedText) -> TracedText? {
        let scalars = text.scalars
        var codec: GBKCodec?
        var edits: [Edit] = []
        // Per offset, whether the Han character there makes a common word with the one before it:
        // 0 not yet asked, 1 no, 2 yes. The stretch test visits each pair up to four times.
        var joined: [UInt8] = []
        // The end of the run of Han characters the index is in, and whether some stretch in it
        // can end in step.
        var runEnd = 0
        var runMayEndInStep = false
        // The first character after the last run that ends a GBK run (see `stops`): runs between
        // two ASCII characters share it, so it is searched for once, not once per run.
        var stop = -1
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            var candidate: (marker: Int?, start: Int)?
            if scalar == "?", index > 0, scalars[index - 1].isHan, index + 1 < scalars.count,
               PinyinSyllable.lostCharacterAnnotation(in: scalars, at: index) == nil {
                candidate = (index, index + 1)
            } else if scalar.isHan {
                if index >= runEnd {
                    runEnd = index + 1
                    while runEnd < scalars.count, scalars[runEnd].isHan { runEnd += 1 }
                    // Every stretch in the run meets the same first ASCII character after it, and the
                    // last start is the nearest to it: if that one cannot end in step, none can.
                    // This is endsInStep(scalars, from: runEnd - 1), with the stop remembered.
                    let last = runEnd - 1
                    if stop < last {
                        stop = last
                        while stop < scalars.count, !Self.stops(scalars[stop]) { stop += 1 }
                    }
                    runMayEndInStep = stop < scalars.count && stop - last < Self.longestRun
                        && Self.isInStep(scalars[stop])
                }
                if !runMayEndInStep {
                    // No stretch here is repaired, and a failed stretch skips only Han characters,
                    // so the scan would reach the run's end with nothing found.
                    index = runEnd
                    continue
                }
                if joined.isEmpty { joined = [UInt8](repeating: 0, count: scalars.count) }
                if isSuspectStretch(scalars, at: index, joined: &joined) { candidate = (nil, index) }
            }
            guard let candidate else {
                index += 1
                continue
            }
            if codec == nil { codec = GBKCodec() }
            guard let codec else { return nil }
            if let edit = shiftedRun(scalars, marker: candidate.marker, start: candidate.start, codec: codec) {
                edits.append(edit)
                index = edit.range.upperBound
            } else {
                index = candidate.marker == nil ? index + Self.suspectStretch : index + 1
            }
        }
        guard !edits.isEmpty else { return nil }
        var output = TracedText(reservingCapacity: scalars.count)
        var copied = 0
        for edit in edits {
            output.append(from: text, copied..<edit.range.lowerBound)
            for (offset, replacement) in edit.replacement.enumerated() {
                let source = edit.range.lowerBound + min(offset, edit.range.count - 1)
                output.append(replacement, origin: text.origins[source])
            }
            copied = edit.range.upperBound
        }
        output.append(from: text, copied..<scalars.count)
        return output
    }

    /// Whether `suspectStretch` Han characters from `index` form no common word among themselves
    /// and the stretch does not continue one already judged.
    private func isSuspectStretch(_ scalars: [Unicode.Scalar], at index: Int, joined: inout [UInt8]) -> Bool {
        guard index + Self.suspectStretch <= scalars.count else { return false }
        if index > 0, scalars[index - 1].isHan, !isJoined(scalars, index, &joined) { return false }
        for offset in index..<(index + Self.suspectStretch) {
            guard scalars[offset].isHan else { return false }
            if offset > index, isJoined(scalars, offset, &joined) { return false }
        }
        return true
    }

    /// Whether the Han characters at `index - 1` and `index` form a common word, asked once.
    private func isJoined(_ scalars: [Unicode.Scalar], _ index: Int, _ joined: inout [UInt8]) -> Bool {
        if joined[index] == 0 { joined[index] = words.isWord(scalars[index - 1], scalars[index]) ? 2 : 1 }
        return joined[index] == 2
    }

    /// The repair of the run starting at `start` (after the `?` at `marker`, if any), when the
    /// shifted reading is clean and reads better.
    private func shiftedRun(_ scalars: [Unicode.Scalar], marker: Int?, start: Int, codec: GBKCodec) -> Edit? {
        guard endsInStep(scalars, from: start) else { return nil }
        var bytes: [UInt8] = []
        var doubleByteCharacters = 0
        var end: Int?
        var trailLost = false
        var index = start
        while index < scalars.count, index - start < Self.longestRun {
            let scalar = scalars[index]
            if scalar.value >= 0x80 {
                guard let encoded = codec.encode(scalar), encoded.count == 2 else { return nil }
                bytes.append(contentsOf: encoded)
                doubleByteCharacters += 1
            } else if "!,:;".unicodeScalars.contains(scalar) {
                // Full-width punctuation (GBK A3xx) the page later narrowed to ASCII.
                bytes.append(contentsOf: [0xA3, UInt8(scalar.value) + 0x80])
                doubleByteCharacters += 1
            } else if scalar == "?" {
                trailLost = true
                end = index + 1
                break
            } else if (0x40...0x7E).contains(scalar.value) {
                bytes.append(UInt8(scalar.value))
                end = index + 1
                break
            } else {
                return nil
            }
            index += 1
        }
        guard let end, !bytes.isEmpty else { return nil }
        // `?M` alone (one character lost, the next read in step again) is taken only when the
        // text goes on in Chinese and the lost character is proven below.
        let singleCharacter = doubleByteCharacters == 0
        if singleCharacter, trailLost || marker == nil || end >= scalars.count || !scalars[end].isHan { return nil }

        // Decode one byte later: bytes[0] is a trail byte whose lead was lost.
        var middle: [Unicode.Scalar] = []
        var position = 1
        while position + 1 < bytes.count {
            guard let scalar = codec.decode(bytes[position], bytes[position + 1]) else { return nil }
            middle.append(scalar)
            position += 2
        }
        let danglingLead: UInt8? = position < bytes.count ? bytes[position] : nil
        if danglingLead != nil, !trailLost { return nil }
        if danglingLead == nil, trailLost { return nil }

        let first = marker ?? start
        let before: Unicode.Scalar? = first > 0 ? scalars[first - 1] : nil
        let after: Unicode.Scalar? = end < scalars.count ? scalars[end] : nil

        let restoredFirst = restore(trail: bytes[0], before: before, after: middle.first ?? after, codec: codec)
        if singleCharacter, restoredFirst == "\u{FFFD}" { return nil }
        var shifted = [restoredFirst] + middle
        if let danglingLead {
            shifted.append(restore(lead: danglingLead, before: shifted.last, after: after, codec: codec))
        }

        let damaged = Array(scalars[first..<end])
        let wordsBefore = words.wordCount(bracketed(damaged, before, after))
        let wordsAfter = words.wordCount(bracketed(shifted, before, after))
        // Without a `?` to show where bytes were lost, the shifted reading must win clearly.
        guard wordsAfter > wordsBefore + (marker == nil ? 1 : 0) else { return nil }
        return Edit(range: first..<end, replacement: shifted)
    }

    /// Whether a run from `start` ends where a shifted reading would be back in step (an ASCII
    /// trail byte or a `?`) before anything a GBK run cannot hold. Checked before any iconv work,
    /// because in clean text almost every suspect stretch fails here.
    private func endsInStep(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start
        while index < scalars.count, index - start < Self.longestRun {
            if !Self.stops(scalars[index]) {
                index += 1
                continue
            }
            return Self.isInStep(scalars[index])
        }
        return false
    }

    /// Whether the scalar ends a run a GBK reading could hold: ASCII other than the `!,:;` a page
    /// narrows from full-width forms.
    private static func stops(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return !(value >= 0x80 || value == 0x21 || value == 0x2C || value == 0x3A || value == 0x3B)
    }

    /// Whether a run stopped by this scalar ends back in step: an ASCII trail byte or a `?`.
    private static func isInStep(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x3F || (0x40...0x7E).contains(scalar.value)
    }

    private func bracketed(_ scalars: [Unicode.Scalar], _ before: Unicode.Scalar?, _ after: Unicode.Scalar?) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        if let before { result.append(before) }
        result.append(contentsOf: scalars)
        if let after { result.append(after) }
        return result
    }

    /// The one character with this trail byte that makes a common word with a neighbour, else U+FFFD.
    private func restore(trail: UInt8, before: Unicode.Scalar?, after: Unicode.Scalar?, codec: GBKCodec) -> Unicode.Scalar {
        unique((0x81...0xFE).lazy.compactMap { codec.decode($0, trail) }, before: before, after: after)
    }

    /// The one character with this lead byte that makes a common word with a neighbour, else U+FFFD.
    private func restore(lead: UInt8, before: Unicode.Scalar?, after: Unicode.Scalar?, codec: GBKCodec) -> Unicode.Scalar {
        unique((0x40...0xFE).lazy.compactMap { codec.decode(lead, $0) }, before: before, after: after)
    }

    /// The neighbour before decides; only when no candidate fits it does the one after. Two
    /// fitting candidates prove nothing.
    private func unique<S: Sequence<Unicode.Scalar>>(_ candidates: S, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Unicode.Scalar {
        let candidates = Array(candidates)
        var fitting: Set<Unicode.Scalar> = []
        if let before { fitting = Set(candidates.filter { words.isWord(before, $0) }) }
        if fitting.isEmpty, let after { fitting = Set(candidates.filter { words.isWord($0, after) }) }
        return fitting.count == 1 ? fitting.first! : "\u{FFFD}"
    }
}
