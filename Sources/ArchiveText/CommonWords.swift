import ArchiveMatching
import ArchiveResources

/// Everyday two-character words (data/common-words.tsv, from jieba's dictionary) in simplified
/// and, through OpenCC, traditional form. They measure how much a stretch of text reads like
/// Chinese and prove which character a damaged byte stood for.
package struct CommonWords: Sendable {
    package static let shared = CommonWords()

    private let pairs: ScalarPairSet
    private let characters: ScalarBitmap

    private init() {
        // The table is word<TAB>freq under a header; only the first column is needed, so lines are
        // cut directly rather than through TSV.records' dictionary per row (23k rows, every run),
        // and as scalars, since the file holds no CR and splitting Characters costs grapheme breaking.
        let table = [Unicode.Scalar](scalarsOf: EmbeddedResources.data("common-words.tsv"))
        var words: [ArraySlice<Unicode.Scalar>] = []
        for line in table.split(separator: "\n").dropFirst() where line.first != "#" {
            let word = line.prefix { $0 != "\t" }
            if word.count == 2 { words.append(word) }
        }
        // One OpenCC call over the whole list adds each word's traditional form.
        if let traditional = ChineseConverter.toTraditional.convert(String(scalars: Array(words.joined(separator: ["\n"])))) {
            words.append(contentsOf: [Unicode.Scalar](scalarsOf: traditional).split(separator: "\n"))
        }
        var pairs: [(Unicode.Scalar, Unicode.Scalar)] = []
        pairs.reserveCapacity(words.count)
        var characters = ScalarBitmap()
        for word in words {
            let scalars = Array(word)
            guard scalars.count == 2 else { continue }
            pairs.append((scalars[0], scalars[1]))
            characters.insert(scalars[0].value)
            characters.insert(scalars[1].value)
        }
        self.pairs = ScalarPairSet(pairs)
        self.characters = characters
    }

    /// Whether `first` and `second` together are a common word.
    package func isWord(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        pairs.contains(first, second)
    }

    /// Whether the character occurs in some common word.
    func isCommon(_ scalar: Unicode.Scalar) -> Bool {
        characters.contains(scalar.value)
    }

    /// How many neighbouring pairs in `scalars` are common words.
    func wordCount<S: Collection<Unicode.Scalar>>(_ scalars: S) -> Int {
        var count = 0
        var previous: Unicode.Scalar?
        for scalar in scalars {
            if let previous, isWord(previous, scalar) { count += 1 }
            previous = scalar
        }
        return count
    }
}
