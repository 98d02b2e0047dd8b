import Archive
@testable import ArchiveExtract
@testable import ArchiveMatching
@testable import ArchiveText
import Foundation
import Testing

/// The scanning pieces the meeting stage's speed rests on must agree with what they replace:
/// the regex engine, Swift's sets and String's own initializers.
@Suite struct ScanningTests {
    let lexicon = MeetingLexicon.builtIn

    @Test func literalMatchesAgreeWithTheRegex() throws {
        let words = try #require(lexicon.literalAlternatives("convene"))
        for text in ["县委召开经济工作会议", "召开召开举行", "举办了论坛并举行签约", "没有会议", ""] {
            let regex = text.matches(lexicon.regex("convene")).map(\.range)
            #expect(ScalarText(text).literalMatches(words) == regex, "\(text)")
        }
    }

    /// Every pattern of the lexicon, through ICU directly, matches as NSRegularExpression (ICU behind
    /// Foundation) does over the seeds and the dev set's reports: same ranges, same groups; and the
    /// first match found by trying only where leading words start is the first match.
    @Test func icuPatternsMatchAsNSRegularExpressionDoes() throws {
        var texts = ["", "2023年7月24日", "a\u{1F600}2023年\n7月24日\u{20000}通报2024年上半年"]
        let folders = [Paths.seeds] + (Paths.sharedAvailable ? [Paths.devSet] : [])
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
                let bytes = try [UInt8](Data(contentsOf: folder.appending(path: name)))
                texts.append(try TextPipeline().process(bytes).normalized.text)
            }
        }
        #expect(texts.count > (Paths.sharedAvailable ? 20 : 5), "the seeds and, with ../shared beside the clone, the dev set")
        for (name, source) in lexicon.patterns.sorted(by: { $0.key < $1.key }) {
            for (multiline, pattern) in [(false, lexicon.regex(name)), (true, lexicon.lineRegex(name))] {
                let reference = try NSRegularExpression(pattern: source, options: multiline ? .anchorsMatchLines : [])
                for text in texts {
                    let ns = text as NSString
                    let expected = reference.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
                        (m.range.location..<(m.range.location + m.range.length),
                         (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? nil : ns.substring(with: m.range(at: $0)) })
                    }
                    let found = text.matches(pattern)
                    #expect(found.map(\.range) == expected.map(\.0), "\(name) in \(text.prefix(30))")
                    #expect(found.map(\.groups) == expected.map(\.1), "\(name) in \(text.prefix(30))")
                    if !multiline {
                        #expect(lexicon.firstMatch(name, in: text)?.range == expected.first?.0, "\(name) in \(text.prefix(30))")
                    }
                    let digits = lexicon.leadingDigits(name)
                    if digits > 0 {
                        let t = ScalarText(text)
                        let units = [UInt16](utf16Of: text)
                        let starts = t.utf16Offsets(PatternHead.digitRunStarts(t.scalars, count: digits), unitCount: units.count)
                        let tried = units.withUnsafeBufferPointer { pattern.matches(in: $0, startingAt: starts) }
                        #expect(tried.map(\.range) == expected.map(\.0), "\(name) from digits in \(text.prefix(30))")
                    }
                }
            }
        }
    }

    @Test func leadingDigitsAreReadOffThePatternsHead() {
        #expect(lexicon.leadingDigits("full-date") == 4)
        #expect(lexicon.leadingDigits("iso-date") == 4)
        #expect(lexicon.leadingDigits("any-date") == 4)
        #expect(lexicon.leadingDigits("dateline-month-day") == 1)
        #expect(lexicon.leadingDigits("byline") == 0)
        #expect(PatternHead.leadingDigits("(\\d{2})?年") == 0)
        #expect(PatternHead.leadingDigits("\\d*年") == 0)
        #expect(PatternHead.leadingDigits("(?=\\d)\\d+") == 0)
        #expect(PatternHead.leadingDigits("(?:\\d{3}|年)") == 0)
        #expect(PatternHead.digitRunStarts(Array("a2023年１２x9".unicodeScalars), count: 2) == [1, 2, 3, 6])
    }

    @Test func trimmingSpacesAndTabsIsFoundationsWhitespaceTrim() {
        for text in ["", " ", "\t会议\u{3000}", "\u{A0}经济 工作\u{2009}", "\n会议\n", "会议", "\u{200B}x\u{202F}"] {
            #expect(text.trimmingSpacesAndTabs() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isSpaceOrTab == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test func utf16UnitsAreTheStringsOwn() {
        for text in ["", "abc", "经济工作会议", "a\u{1F600}b\u{20000}", "é\u{301}"] {
            #expect([UInt16](utf16Of: text) == Array(text.utf16))
        }
    }

    @Test func stringsFromUTF16UnitsAreWhatTheStandardLibraryDecodes() {
        let texts = ["", "GDP增长5.9%", "é\u{301}、𠀋𡈽（補）", "\r\n\t全角１２３"]
        var samples = texts.map { Array($0.utf16) }
        samples += [[0xD840], [0x41, 0xDC0B, 0x42], [0xD840, 0xD840, 0xDC0B], [0xDC0B, 0xD840]]   // lone surrogates
        for units in samples {
            let made = units.withUnsafeBufferPointer { String(utf16Units: $0) }
            #expect(made == String(decoding: units, as: UTF16.self))
            #expect(Array(made.utf8) == Array(String(decoding: units, as: UTF16.self).utf8))
        }
    }

    @Test func patternsWithRegexSyntaxHaveNoLiteralAlternatives() {
        #expect(lexicon.literalAlternatives("full-date") == nil)
        #expect(lexicon.literalAlternatives("byline") == nil)
    }

    @Test func leadingWordsAreWhatEveryMatchStartsWith() throws {
        #expect(try #require(lexicon.leadingWords("plan-year")).map(\.text) == ["部署", "谋划", "安排"])
        #expect(try #require(lexicon.leadingWords("closing-byline")).map(\.text) == ["(", "（"])
        #expect(try #require(lexicon.leadingWords("reported-speech")).map(\.text) == ["在"])
        // 文\s*[/／] leads with 文 alone.
        #expect(try #require(lexicon.leadingWords("byline")).map(\.text).contains("文"))
        // A digit class, a lookbehind or a whole-pattern alternation give nothing to look for.
        #expect(lexicon.leadingWords("full-date") == nil)
        #expect(lexicon.leadingWords("iso-date") == nil)
        #expect(lexicon.leadingWords("any-date") == nil)
        #expect(lexicon.leadingWords("summary-year") == nil)
    }

    @Test func aTextWithoutLeadingWordsCannotMatch() {
        for text in ["部署2024年经济工作", "会议安排2023年工作", "总结经验", "(王明)", "2023年"] {
            for name in ["plan-year", "closing-byline", "byline", "publisher"] {
                let matches = !text.matches(lexicon.regex(name)).isEmpty
                #expect(!matches || lexicon.mayMatch(name, ScalarText(text)), "\(name) on \(text)")
            }
        }
        #expect(!lexicon.mayMatch("plan-year", ScalarText("总结2023年经济工作")))
    }

    @Test func aCategorysPhrasesAreFoundAnywhere() {
        let furniture = lexicon.phrases("furniture")
        #expect(furniture.contains(in: Array("首页 > 新闻".unicodeScalars)))
        #expect(furniture.contains(in: Array("来源:县融媒体中心".unicodeScalars)))
        #expect(!furniture.contains(in: Array("全县经济运行".unicodeScalars)))
        #expect(!lexicon.phrases("no-such-category").contains(in: Array("首页".unicodeScalars)))
    }

    @Test func scalarSetAgreesWithSet() {
        let members: [Unicode.Scalar] = ["，", "a", "\u{3000}", "\u{20000}", "\u{FFFF}"]
        let set = ScalarSet(members)
        for value in [0x2C, 0x61, 0x62, 0x3000, 0x3001, 0x20000, 0x20001, 0xFFFF, 0xFF0C] {
            let s = Unicode.Scalar(UInt32(value))!
            #expect(set.contains(s) == members.contains(s), "U+\(String(value, radix: 16))")
        }
    }

    /// Keys that share the filter's bit (v % 1024) with many non-members, and a set large enough
    /// to set most of its bits: every BMP scalar is answered as a Set would.
    @Test func scalarSetFilterTurnsAwayNoMember() {
        let keys: [UInt32] = Array(stride(from: 0x4E00, through: 0x9FFF, by: 1024)) + (0..<700).map { 0x3000 + $0 * 37 }
        let members = Set(keys.compactMap { Unicode.Scalar($0) })
        let set = ScalarSet(members)
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(set.contains(scalar) == members.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test func scalarMapFindsEveryKeyAndNoOther() {
        var dictionary: [Unicode.Scalar: Int] = [:]
        for value in stride(from: 0x4E00, to: 0x4E00 + 3000, by: 3) { dictionary[Unicode.Scalar(UInt32(value))!] = value }
        let map = ScalarMap(dictionary.map { ($0.key, $0.value) })
        for value in 0x4E00..<(0x4E00 + 3000) {
            #expect(map[Unicode.Scalar(UInt32(value))!] == dictionary[Unicode.Scalar(UInt32(value))!])
        }
    }

    @Test func bitmapAndPairSetAgreeWithSet() {
        let values: [UInt32] = [0x41, 0x4E00, 0xFFFF, 0x20000, 0x10FFFF]
        let bitmap = ScalarBitmap(values)
        for value: UInt32 in [0x41, 0x42, 0x4E00, 0x4E01, 0xFFFF, 0x20000, 0x20001, 0x10FFFF] {
            #expect(bitmap.contains(value) == values.contains(value), "U+\(String(value, radix: 16))")
        }
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("经", "济"), ("发", "展"), ("\u{20000}", "a"), ("\u{FFFF}", "\u{FFFF}")]
        let set = ScalarPairSet(pairs)
        for (a, b) in pairs { #expect(set.contains(a, b)) }
        #expect(!set.contains("济", "经"))
        #expect(!set.contains("\u{20000}", "b"))
        #expect(!set.contains("\u{FFFF}", "\u{FFFE}"))
    }

    @Test func keyedTableFindsEveryKeyAndNoOther() {
        let keys = (0..<5000).map { UInt64($0) << 21 | UInt64(0x4E00 + $0 % 97) }
        let table = ScalarKeyedTable(keys.enumerated().map { ($0.element, $0.offset) })
        for (offset, key) in keys.enumerated() { #expect(table[key] == offset) }
        #expect(table[UInt64(5000) << 21] == nil)
    }

    @Test func stringsFromScalarsEncodeEveryWidth() {
        for text in ["", "abc", "é岳阳市", "双过半🎉", "\u{10FFFF}x\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"] {
            #expect(String(scalars: Array(text.unicodeScalars)) == text)
        }
    }

    @Test func blankIsTheWhiteSpaceProperty() {
        for value in 0...0x3100 {
            guard let s = Unicode.Scalar(UInt32(value)) else { continue }
            #expect(s.isBlank == s.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }
}

/// Roles are bits in the closed list's order, so a role word must name one of that list.
@Suite struct RoleWordsTests {
    @Test func everyRoleWordNamesARoleOfTheClosedList() {
        let lexicon = MeetingLexicon.builtIn
        let closed = Set(lexicon.list("role-name"))
        for word in lexicon.list("role") + lexicon.list("role-if-no-speech") {
            let category = lexicon.list("role").contains(word) ? "role" : "role-if-no-speech"
            #expect(closed.contains(lexicon.value(category, word) ?? ""), "\(word)")
        }
        #expect(closed.count <= 64)
    }

    @Test func rolesComeOutInTheClosedListsOrder() {
        let roles = People.builtIn.roles
        let all = roles.set(roles.order.reversed())
        #expect(roles.ordered(all) == roles.order)
        #expect(roles.ordered(roles.set(["出席", "主持"])) == ["主持", "出席"])
        #expect(roles.set(["不是角色"]).isEmpty)
    }
}
