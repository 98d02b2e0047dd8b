import FoundationEssentials
import Glibc

/// Byte-wise comparison and search of strings' UTF-8, as SQLite compares text (BINARY collation,
/// instr(), LIKE). Foundation's String == and range(of:) compare canonical equivalents and go
/// through NSString; the generic Collection algorithms walk the UTF8View index by index. Both cost
/// milliseconds where memcmp and memchr cost microseconds.
extension String {
    /// True when both strings are the same bytes.
    func hasSameUTF8(as other: String) -> Bool {
        var this = self, other = other
        return this.withUTF8 { a in
            other.withUTF8 { b in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
        }
    }

    /// Where `word`'s bytes first occur in these, as an index of this string; nil for an empty word.
    func firstUTF8Match(of word: String) -> String.Index? {
        var text = self, word = word
        let offset: Int? = text.withUTF8 { t in
            word.withUTF8 { w in
                guard let first = w.first, w.count <= t.count, let base = t.baseAddress, let pattern = w.baseAddress else { return nil }
                var start = 0
                let last = t.count - w.count
                while start <= last {
                    guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return nil }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, pattern, w.count) == 0 { return at }
                    start = at + 1
                }
                return nil
            }
        }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
}
