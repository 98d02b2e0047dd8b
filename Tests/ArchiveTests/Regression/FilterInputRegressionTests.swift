import Archive
import Foundation
import Testing

/// Filters that once reached SQLite or the terminal as they were (found by QueryInputTests).
@Suite struct FilterInputRegressionTests {
    static func error(_ source: String) -> FilterError? {
        do { _ = try FilterParser.parse(source); return nil } catch let error as FilterError { return error } catch { return nil }
    }

    @Test func aThousandTermsAreRefusedBeforeSQLiteFindsTheExpressionTooDeep() throws {
        // Was: "Expression tree is too large (maximum depth 1000)", exit 1.
        let error = try #require(Self.error(String(repeating: "year=2023 ", count: 1_000)))
        #expect(error.message.contains("at most \(FilterParser.maxTerms) terms"))
        #expect(Self.error(String(repeating: "year=2023 ", count: FilterParser.maxTerms)) == nil)
    }

    @Test func longValueListsAreRefused() throws {
        let list = (0..<(FilterParser.maxValuesPerTerm + 1)).map { "张\($0)" }.joined(separator: ",")
        #expect(try #require(Self.error("person=" + list)).message.contains("at most \(FilterParser.maxValuesPerTerm) values"))
    }

    @Test func aFilterOverTheLengthLimitIsRefusedAndRenderedShort() throws {
        let source = "region=" + String(repeating: "湖", count: 100_000)
        let error = try #require(Self.error(source))
        #expect(error.message.contains("at most \(FilterParser.maxLength)"))
        // Was: the whole filter printed back, 272 KB of message.
        #expect(error.rendered.count < 600)
    }

    @Test func aLongTokenInAMessageIsCut() throws {
        let error = try #require(Self.error(String(repeating: "湖", count: 5_000) + "=1"))
        #expect(error.rendered.count < 600)
        #expect(error.rendered.contains("^"))
    }

    @Test(arguments: ["text=\"\"", "person=''", "title=“”", "region=「」", "unit=\"\" year=2023"])
    func aQuotedEmptyValueIsNoValue(source: String) throws {
        // Was: text="" matched every document.
        #expect(try #require(Self.error(source)).message.hasPrefix("no value after"))
    }

    @Test(arguments: ["text=\u{0}62070", "region=岳阳\u{1B}[31m市", "person=\u{7F}", "title=\u{85}", "year=2023\r"])
    func controlCharactersAreRefusedWhereTheyAre(source: String) throws {
        // Was (FuzzFilter, Fuzz/regressions/filter/nul-in-text-value): text=\0… reached SQLite's
        // full-text parser as "unterminated string".
        let error = try #require(Self.error(source))
        #expect(error.message.contains("control character"))
        // The message names the character by its code point and never prints it raw.
        let control = try #require(source.unicodeScalars.first { $0.properties.generalCategory == .control })
        #expect(error.rendered.contains(String(format: "U+%04X", control.value)), "\(error.rendered)")
        #expect(!error.rendered.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" },
                "\(error.rendered.debugDescription)")
    }

    @Test func theFuzzerInputThatReachedSQLiteIsAnError() throws {
        let bytes: [UInt8] = [0x74, 0x65, 0x78, 0x74, 0x3D, 0x00, 0x36, 0x32, 0x30, 0x37, 0x30, 0x00, 0x1B, 0x30, 0x6F, 0x61,
                              0x6C, 0x3D, 0xE5, 0x8F, 0x8C, 0xE8, 0x2F, 0xFF, 0xFF, 0xFF, 0xE7, 0xBB, 0x5F, 0x32, 0x30, 0x36,
                              0x32, 0x34, 0xFF, 0x74]
        #expect(Self.error(String(decoding: bytes, as: UTF8.self)) != nil)
    }
}
