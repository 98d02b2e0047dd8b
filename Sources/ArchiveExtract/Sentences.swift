import ArchiveMatching
import ArchiveModel
import ArchiveText

/// The text cut into sentences, each with its scalar offsets in the normalized text: the unit of
/// evidence every fact points back to.
public struct Sentence: Sendable, Equatable {
    public let text: String
    public let start: Int
    public let end: Int
    /// The text's scalars, cut from the document's once, so the stages that read scalars do not
    /// decode the text again.
    let scalars: [Unicode.Scalar]

    init(text: String, start: Int, end: Int) {
        self.init(text: text, scalars: [Unicode.Scalar](scalarsOf: text), start: start, end: end)
    }

    init(text: String, scalars: [Unicode.Scalar], start: Int, end: Int) {
        self.text = text
        self.scalars = scalars
        self.start = start
        self.end = end
    }

    public var evidence: Evidence { Evidence(sentence: text, start: start, end: end) }
}

public enum Sentences {
    /// Ends a sentence: 。！？；, their ASCII forms, and line breaks. A closing quote or bracket
    /// right after the mark stays with the sentence it closes.
    static let terminators = ScalarSet(Punctuation.sentenceEnd.scalars + ["\n"])
    static let closers = Punctuation.sentenceCloser.set

    public static func split(_ text: String, skipping clutter: [Range<Int>] = []) -> [Sentence] {
        split(text, scalars: [Unicode.Scalar](scalarsOf: text), skipping: clutter)
    }

    /// `scalars` are the text's own (DecodedDocument.normalizedScalars).
    static func split(_ text: String, scalars: [Unicode.Scalar], skipping clutter: [Range<Int>] = []) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        // A sentence's string is copied from the text's UTF-8 (no encoding, no validation); the
        // byte offset of a scalar offset is walked to, and sentences come in order.
        var walkedScalars = 0
        var walkedBytes = 0
        func byteOffset(_ scalarOffset: Int) -> Int {
            while walkedScalars < scalarOffset {
                walkedBytes += UTF8.width(scalars[walkedScalars])
                walkedScalars += 1
            }
            return walkedBytes
        }
        func emit(_ end: Int) {
            // Trim white space at both ends; keep offsets exact.
            var s = start, e = end
            while s < e, scalars[s].isBlank { s += 1 }
            while e > s, scalars[e - 1].isBlank { e -= 1 }
            if s < e, !clutter.contains(where: { $0.contains(s) }) {
                let lower = text.utf8.index(text.utf8.startIndex, offsetBy: byteOffset(s))
                let upper = text.utf8.index(text.utf8.startIndex, offsetBy: byteOffset(e))
                let sentence = String(Substring(text.unicodeScalars[lower..<upper]))
                sentences.append(Sentence(text: sentence, scalars: Array(scalars[s..<e]), start: s, end: e))
            }
            start = end
        }
        // Read once (see PeriodScanner.scan).
        let terminators = Self.terminators, closers = Self.closers
        while i < scalars.count {
            let scalar = scalars[i]
            i += 1
            if terminators.contains(scalar) {
                while i < scalars.count, closers.contains(scalars[i]) { i += 1 }
                emit(i)
            }
        }
        emit(scalars.count)
        return sentences
    }
}
