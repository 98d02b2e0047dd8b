import ArchiveText
import ArchiveThreads
import CICU
import FoundationEssentials

/// A regular expression of data/meeting-patterns.tsv, compiled once by ICU — the engine
/// NSRegularExpression runs on, so the syntax and the matches are the same — and called directly.
/// NSRegularExpression hands ICU the text by copying it to UTF-16 through a callback per
/// character at every call: 13 µs for a 3 KB report, against under a microsecond for trying the
/// pattern at one position, so a pattern tried at a few places of a report cost more than
/// scanning it whole. Here the text is converted once per call site and the pattern can be tried
/// at chosen positions of it.
final class TextPattern: @unchecked Sendable {
    struct Match {
        /// UTF-16 offsets (scalar offsets too in BMP text, which reports are).
        let range: Range<Int>
        /// Capture groups, 0 the whole match; nil for a group that took no part.
        let groups: [String?]
    }

    let source: String
    /// The compiled pattern. ICU matchers keep state, so matching uses clones of it, each used by
    /// one thread at a time and kept for reuse.
    private let compiled: OpaquePointer
    private var idle: [OpaquePointer] = []
    private let lock = Lock()

    /// Throws when ICU does not accept the pattern, with its error code.
    init(_ pattern: String, multiline: Bool = false) throws(TextPatternError) {
        let units = Array(pattern.utf16)
        var error: Int32 = 0
        guard let compiled = units.withUnsafeBufferPointer({ cicu_open($0.baseAddress, Int32($0.count), multiline, &error) })
        else { throw TextPatternError(pattern: pattern, code: error) }
        self.source = pattern
        self.compiled = compiled
    }

    /// `literal` as a pattern that matches it: the characters NSRegularExpression.escapedPattern(for:)
    /// escapes, with a backslash before each.
    static func escaped(_ literal: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in literal.unicodeScalars {
            if "$()*+./?[\\^{|}".unicodeScalars.contains(scalar) { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    deinit {
        for matcher in idle { cicu_close(matcher) }
        cicu_close(compiled)
    }

    /// The first match at `from` or after.
    func firstMatch(in text: UnsafeBufferPointer<UInt16>, from: Int = 0) -> Match? {
        withMatcher(text) { matcher in
            cicu_find(matcher, Int32(from)) ? Self.match(matcher, in: text) : nil
        }
    }

    /// Every match, left to right, each search starting where the last match ended.
    func matches(in text: UnsafeBufferPointer<UInt16>) -> [Match] {
        withMatcher(text) { matcher in
            var found: [Match] = []
            var more = cicu_find(matcher, 0)
            while more {
                found.append(Self.match(matcher, in: text))
                more = cicu_find_next(matcher)
            }
            return found
        }
    }

    /// The matches `matches(in:)` finds, tried only at `starts` (ascending UTF-16 offsets): when
    /// every match of the pattern starts at one of them, the same matches.
    func matches(in text: UnsafeBufferPointer<UInt16>, startingAt starts: [Int]) -> [Match] {
        guard !starts.isEmpty else { return [] }
        return withMatcher(text) { matcher in
            var found: [Match] = []
            var next = 0
            for start in starts where start >= next && cicu_looking_at(matcher, Int32(start)) {
                let match = Self.match(matcher, in: text)
                found.append(match)
                // A search goes on where the last match ended (past it, if it was empty).
                next = max(match.range.upperBound, match.range.isEmpty ? start + 1 : start)
            }
            return found
        }
    }

    /// The first match that starts at one of `starts` (ascending UTF-16 offsets), trying only
    /// there. When every match of the pattern starts at one of them, this is `firstMatch`.
    func firstMatch(in text: UnsafeBufferPointer<UInt16>, startingAt starts: [Int]) -> Match? {
        guard !starts.isEmpty else { return nil }
        return withMatcher(text) { matcher in
            for start in starts where cicu_looking_at(matcher, Int32(start)) {
                return Self.match(matcher, in: text)
            }
            return nil
        }
    }

    private func withMatcher<Result>(_ text: UnsafeBufferPointer<UInt16>, _ body: (OpaquePointer) -> Result) -> Result {
        lock.lock()
        let kept = idle.popLast()
        lock.unlock()
        var error: Int32 = 0
        guard let matcher = kept ?? cicu_clone(compiled, &error) else {
            preconditionFailure("ICU could not copy the pattern \(source) (error \(error))")
        }
        let result: Result
        if let base = text.baseAddress {
            _ = cicu_set_text(matcher, base, Int32(text.count))
            result = body(matcher)
        } else {
            // ICU refuses a null text pointer, which an empty buffer has.
            result = [UInt16(0)].withUnsafeBufferPointer { one in
                _ = cicu_set_text(matcher, one.baseAddress, 0)
                return body(matcher)
            }
        }
        lock.lock()
        idle.append(matcher)
        lock.unlock()
        return result
    }

    private static func match(_ matcher: OpaquePointer, in text: UnsafeBufferPointer<UInt16>) -> Match {
        var groups: [String?] = []
        for group in 0...cicu_group_count(matcher) {
            let start = Int(cicu_start(matcher, group)), end = Int(cicu_end(matcher, group))
            groups.append(start < 0 || end < start ? nil : String(utf16Units: UnsafeBufferPointer(rebasing: text[start..<end])))
        }
        let start = Int(cicu_start(matcher, 0)), end = Int(cicu_end(matcher, 0))
        return Match(range: start..<end, groups: groups)
    }
}

/// A pattern ICU does not accept.
struct TextPatternError: Error, CustomStringConvertible {
    let pattern: String
    let code: Int32
    var description: String {
        if code == CICU_LIBRARY_MISSING, let error = cicu_load_error() { return String(cString: error) }
        return "ICU error \(code) compiling \(pattern)"
    }
}

extension String {
    /// All matches of a pattern with their capture groups.
    func matches(_ pattern: TextPattern) -> [TextPattern.Match] {
        [UInt16](utf16Of: self).withUnsafeBufferPointer { pattern.matches(in: $0) }
    }

    /// The first match only: the search stops there instead of running to the end of the text.
    func firstMatch(_ pattern: TextPattern) -> TextPattern.Match? {
        [UInt16](utf16Of: self).withUnsafeBufferPointer { pattern.firstMatch(in: $0) }
    }
}
