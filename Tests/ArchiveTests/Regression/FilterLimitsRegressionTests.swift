import Archive
import Testing

/// Filters that once reached SQLite or the terminal as they were (found by QueryInputTests).
@Suite struct FilterLimitsRegressionTests {
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
}
