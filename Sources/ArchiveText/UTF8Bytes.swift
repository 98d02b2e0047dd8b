import FoundationEssentials
import Glibc

/// Byte-wise comparison and search of strings' UTF-8, as SQLite compares text (BINARY collation,
/// instr(), LIKE). Foundation's String == and range(of:) compare canonical equivalents and go
/// through NSString; the generic Collection algorithms walk the UTF8View index by index. Both cost
/// milliseconds where memcmp and memchr cost microseconds.
extension String {
    /// True when both strings are the same bytes.
    package func hasSameUTF8(as other: String) -> Bool {
        var this = self, other = other
        return this.withUTF8 { a in
            other.withUTF8 { b in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
        }
    }

    /// Where `word`'s bytes first occur in these, as an index of this string; nil for an empty word.
    package func firstUTF8Match(of word: String) -> String.Index? {
        var text = self, word = word
        let offset: Int? = text.withUTF8 { t in word.withUTF8 { w in Self.firstOffset(of: w, in: t, from: 0) } }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// Every occurrence of `target`'s bytes replaced, left to right and without overlaps, as
    /// SQLite's replace() does. Valid UTF-8 only matches whole scalars, so the result is valid too.
    package func replacingUTF8(_ target: String, with replacement: String) -> String {
        var text = self, target = target, replacement = replacement
        return text.withUTF8 { t in
            target.withUTF8 { w in
                guard var hit = Self.firstOffset(of: w, in: t, from: 0) else { return self }
                return replacement.withUTF8 { r in
                    var out: [UInt8] = []
                    out.reserveCapacity(t.count + 16)
                    var copied = 0
                    while true {
                        out.append(contentsOf: t[copied..<hit])
                        out.append(contentsOf: r)
                        copied = hit + w.count
                        guard let next = Self.firstOffset(of: w, in: t, from: copied) else { break }
                        hit = next
                    }
                    out.append(contentsOf: t[copied...])
                    return String(decoding: out, as: UTF8.self)
                }
            }
        }
    }

    /// The first offset at or after `start` where `word` occurs in `text`; nil for an empty word.
    private static func firstOffset(of word: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
                                    from start: Int) -> Int? {
        guard let first = word.first, let base = text.baseAddress, let pattern = word.baseAddress,
              word.count <= text.count - start else { return nil }
        var start = start
        let last = text.count - word.count
        while start <= last {
            guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return nil }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, pattern, word.count) == 0 { return at }
            start = at + 1
        }
        return nil
    }
}
