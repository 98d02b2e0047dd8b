import Archive
import Testing

@Suite struct FilterParserTests {
    @Test func readsTermsOperatorsListsAndQuotes() throws {
        let filter = try FilterParser.parse(#"indicator=GDP,固投 kind!=actual value>=8.5 title="市委 书记" date<2024-01"#)
        #expect(filter.terms.map(\.key) == [.indicator, .kind, .value, .title, .date])
        #expect(filter.terms.map(\.op) == [.equal, .notEqual, .greaterOrEqual, .equal, .less])
        #expect(filter.terms[0].values.map(\.text) == ["GDP", "固投"])
        #expect(filter.terms[3].values.map(\.text) == ["市委 书记"])
        #expect(filter.terms[4].values.map(\.text) == ["2024-01"])
    }

    @Test func positionsAreCharacterOffsets() throws {
        let filter = try FilterParser.parse("region=岳阳 goal=双过半")
        #expect(filter.terms[1].range == 10..<18)
        #expect(filter.terms[1].keyRange == 10..<14)
        #expect(filter.terms[1].values[0].range == 15..<18)
    }

    @Test func chineseQuotesAndIdeographicSpacesWork() throws {
        let filter = try FilterParser.parse("title=“市委书记”\u{3000}role=主持")
        #expect(filter.terms.map(\.key) == [.title, .role])
        #expect(filter.terms[0].values[0].text == "市委书记")
    }

    @Test func anUnknownKeySuggestsTheNearestOne() {
        let error = #expect(throws: FilterError.self) { try FilterParser.parse("kind=target indicater=GDP") }
        #expect(error?.message == "unknown key 'indicater' — did you mean 'indicator'?")
        #expect(error?.range == 12..<21)
        #expect(error?.rendered == """
            unknown key 'indicater' — did you mean 'indicator'?
              kind=target indicater=GDP
                          ^^^^^^^^^
            """)
    }

    @Test func theCaretLinesUpUnderChineseText() {
        let error = #expect(throws: FilterError.self) { try FilterParser.parse("region=岳阳 stance=gaol") }
        #expect(error?.message == "no stance 'gaol' — did you mean 'goal'?")
        // 岳阳 takes four columns, so the value starts at column 19, not 17.
        let lines = error?.rendered.split(separator: "\n").map(String.init) ?? []
        #expect(lines.count == 3)
        #expect(lines[2] == "  " + String(repeating: " ", count: 19) + "^^^^")
    }

    @Test func closedVocabulariesAndSyntaxAreChecked() {
        #expect(throws: FilterError.self) { try FilterParser.parse("kind=tagret") }
        #expect(throws: FilterError.self) { try FilterParser.parse("value>abc") }
        #expect(throws: FilterError.self) { try FilterParser.parse("year=23") }
        #expect(throws: FilterError.self) { try FilterParser.parse("date>=2023-13-01") }
        #expect(throws: FilterError.self) { try FilterParser.parse("kind>target") }
        #expect(throws: FilterError.self) { try FilterParser.parse("value>1,2") }
        #expect(throws: FilterError.self) { try FilterParser.parse("title=\"open") }
        #expect(throws: FilterError.self) { try FilterParser.parse("region=") }
        #expect(throws: FilterError.self) { try FilterParser.parse("=GDP") }
        #expect(throws: FilterError.self) { try FilterParser.parse("region=>湖南") }
    }

    @Test func aBareWordSuggestsATextTerm() {
        let error = #expect(throws: FilterError.self) { try FilterParser.parse("双过半") }
        #expect(error?.message.contains("text=双过半") == true)
    }

    @Test func anEmptyFilterHasNoTerms() throws {
        #expect(try FilterParser.parse("  ").terms.isEmpty)
    }

    @Test func editDistanceCountsCharacters() {
        #expect(Suggestion.editDistance("社灵", "社零") == 1)
        #expect(Suggestion.editDistance("indicater", "indicator") == 1)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("gaol", "goal") == 1)
        #expect(Suggestion.nearest(to: "x' OR 1=1 --", in: ["岳阳市", "湖南省"]) == nil)
    }

    @Test func argumentsGetBackTheQuotesTheShellRemoved() throws {
        #expect(FilterParser.source(fromArguments: ["title=市委 书记", "role=主持"]) == #"title="市委 书记" role=主持"#)
        #expect(FilterParser.source(fromArguments: ["goal=双过半 region=岳阳"]) == "goal=双过半 region=岳阳")
        #expect(FilterParser.source(fromArguments: [#"title="市委 书记""#]) == #"title="市委 书记""#)
        #expect(FilterParser.source(fromArguments: ["value>=8"]) == "value>=8")
        let filter = try FilterParser.parse(FilterParser.source(fromArguments: ["text=全 市", "kind=target"]))
        #expect(filter.terms.map(\.values) .map { $0.map(\.text) } == [["全 市"], ["target"]])
    }
}
