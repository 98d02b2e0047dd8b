@testable import Archive
@testable import ArchiveQuery
import Foundation
import Testing

/// The filter language against a known archive (Tests/Fixtures/query-archive.json).
@Suite struct ArchiveQueryTests {
    let folder = Paths.temporaryFolder()
    let archive: ArchiveDatabase

    init() throws { archive = try QueryFixture.archive(in: folder) }

    func rows(_ filter: String, _ options: QueryOptions = QueryOptions()) throws -> ResultTable {
        try ArchiveQuery(connection: archive.connection, filter: filter, options: options).rows()
    }

    func strings(_ table: ResultTable, _ column: String) -> [String] {
        table.column(column).map { $0.stringValue ?? "" }
    }

    @Test func goalTermsListGoalFactsAndFacetByRegion() throws {
        let table = try rows("goal=双过半")
        #expect(table.columns == ["region", "region_code", "level", "date", "meeting", "phrase", "stance"])
        #expect(Set(strings(table, "region")) == ["岳阳市", "大观区"])
        let query = try ArchiveQuery(connection: archive.connection, filter: "goal=双过半")
        let facet = try query.facet("region")
        #expect(facet.columns == ["region", "count"])
        #expect(Set(strings(facet, "region")) == ["岳阳市", "大观区"])
        // A variant means its phrase.
        #expect(try rows("goal=时间过半任务过半").rows.count == 2)
    }

    @Test func indicatorFactsHaveTheQueryColumnsInOrder() throws {
        let table = try rows("indicator=GDP kind=target")
        #expect(table.columns == ["region", "region_code", "level", "date", "meeting", "indicator", "name", "kind",
                                  "measure", "value", "unit", "comparator", "period"])
        let described = table.rows.map { row in
            [row[0], row[9], row[10], row[11], row[12]].map { $0.stringValue ?? "" }.joined(separator: " ")
        }
        #expect(described == ["株洲市 8 % ~ 2022", "渌口区 8.5 % = 2022", "岳阳市 5100 亿元 >= 2023", "湖南省 6.5 % = 2023"])
    }

    @Test func anAliasEqualsItsCode() throws {
        let byAlias = try rows("indicator=固投")
        #expect(byAlias.rows.count == 2)
        #expect(byAlias.rows == (try rows("indicator=FAI")).rows)
        #expect(byAlias.rows == (try rows("indicator=fai")).rows)
    }

    @Test func aRegionIncludesEverythingBelowIt() throws {
        let regions = Set(strings(try rows("region=湖南省 indicator=GDP"), "region"))
        #expect(regions == ["渌口区", "岳阳市", "株洲市", "湖南省"])
        #expect(Set(strings(try rows("region=湖南 indicator=GDP"), "region")) == regions)
        #expect(Set(strings(try rows("region=430000 indicator=GDP"), "region")) == regions)
        #expect(Set(strings(try rows("region=株洲 indicator=GDP"), "region")) == ["渌口区", "株洲市"])
        #expect(Set(strings(try rows("region=渌口 kind=target"), "indicator")) == ["GDP", "IVA", "FAI", "BUDGET_REV", "RETAIL"])
        #expect(Set(strings(try rows("region!=湖南 goal=双过半"), "region")) == ["大观区"])
        #expect(Set(strings(try rows("region=湖南 level=county kind=target"), "region")) == ["渌口区"])
    }

    @Test func aValueWithoutItsOwnRegionBelongsToTheHost() throws {
        let table = try rows("region=湖南省 level=province indicator=GDP")
        #expect(strings(table, "region") == ["湖南省"])
        #expect(strings(table, "region_code") == ["430000"])
    }

    @Test func aHostThatIsNoDivisionIsFoundByName() throws {
        let table = try rows("region=岳阳经济技术开发区")
        #expect(strings(table, "title") == ["项目推进会"])
        // A value outside the vocabulary is found by its written name.
        #expect(strings(try rows("indicator=税收收入"), "name") == ["税收收入"])
    }

    @Test func peopleShowTitlesAndRoles() throws {
        let table = try rows("person=曹普华")
        #expect(table.columns == ["person", "titles", "roles", "region", "date", "meeting"])
        #expect(table.text(row: 0, column: 1) == "市委书记")
        #expect(table.text(row: 0, column: 2) == "主持、讲话")
        #expect(strings(try rows("title=市长"), "person") == ["李挚"])
        #expect(Set(strings(try rows("title=*书记 role=主持"), "person")) == ["曹普华", "潘功发"])
        #expect(Set(strings(try rows("role=主持,部署"), "person")) == ["曹普华", "潘功发", "赖晓智"])
    }

    @Test func meetingsAreListedWithoutFactTerms() throws {
        let table = try rows("")
        #expect(table.columns == ["id", "date", "region", "level", "title", "kind", "people", "indicators", "goals"])
        #expect(table.rows.count == 6)
        let yueyang = try rows("region=岳阳市 year=2023")
        #expect(yueyang.rows.count == 1)
        #expect(strings(yueyang, "people") == ["2"])
        #expect(strings(yueyang, "indicators") == ["3"])
        #expect(strings(yueyang, "goals") == ["双过半、满堂彩、开门红"])
    }

    @Test func numbersYearsAndDatesCompare() throws {
        #expect(Set(strings(try rows("value>8 kind=target measure=growth"), "indicator")) == ["GDP", "IVA", "FAI", "RETAIL"])
        #expect(strings(try rows("value>=5000"), "value") == ["5100"])
        #expect(Set(strings(try rows("year=2022"), "region")) == ["渌口区", "株洲市"])
        #expect(Set(strings(try rows("year>2022"), "region")) == ["岳阳市", "湖南省", "大观区"])
        // A meeting without a known year matches no year range.
        #expect(try rows("year<2030").rows.count == 5)
        #expect(strings(try rows("date>=2023-04-25 date<2024"), "region") == ["湖南省"])
        #expect(strings(try rows("date=2022-02"), "region") == ["渌口区"])
        // A value's year is its meeting's or its period's.
        #expect(try rows("indicator=GDP year=2023").rows.count == 3)
        #expect(try rows("indicator=GDP period=2023Q*").rows.count == 1)
        // A year as period is every period within it, whatever its form.
        #expect(Set(strings(try rows("indicator=GDP period=2023"), "period")) == ["2023", "2023Q1"])
    }

    @Test func aYearAsPeriodFindsThePeriodsWithinIt() throws {
        let (sql, values) = QueryPlanner.periodMatch("column1", ["2019"])
        let found = try archive.connection.rows(
            "SELECT column1 FROM (VALUES ('2019'), ('2019Q1'), ('2019H1'), ('2019-01..09'), ('2019-2021'), ('2020'), ('20190')) WHERE " + sql,
            values).compactMap { $0.string("column1") }
        #expect(found == ["2019", "2019Q1", "2019H1", "2019-01..09"])
    }

    @Test func termsOfOtherFactsMustHoldForTheSameMeeting() throws {
        #expect(Set(strings(try rows("indicator=GDP goal=双过半"), "region")) == ["岳阳市"])
        #expect(Set(strings(try rows("goal=双过半 person=潘功发"), "region")) == ["大观区"])
        #expect(strings(try rows("role=部署 indicator=IVA"), "region") == ["渌口区"])
        #expect(Set(strings(try rows("goal!=双过半"), "phrase")) == ["满堂彩", "开门红", "开门稳"])
    }

    @Test func textSearchesAnyWordLength() throws {
        #expect(strings(try rows("text=满堂彩"), "region") == ["岳阳市"])
        #expect(strings(try rows("text=渌口"), "region") == ["渌口区"])
        #expect(strings(try rows("text=税"), "title") == ["项目推进会"])
        #expect(try rows("text!=满堂彩").rows.count == 5)
        // FTS syntax in a word is taken literally.
        #expect(try rows(#"text="满堂彩 OR 双过半""#).rows.isEmpty)
    }

    @Test func unknownNamesAreErrorsWithSuggestions() throws {
        let indicator = #expect(throws: FilterError.self) { try rows("indicator=社灵") }
        #expect(indicator?.message == "no indicator '社灵' — did you mean '社零' (RETAIL)?")
        #expect(indicator?.range == 10..<12)
        let goal = #expect(throws: FilterError.self) { try rows("goal=双过伴") }
        #expect(goal?.message == "no goal '双过伴' — did you mean '双过半'?")
        let region = #expect(throws: FilterError.self) { try rows("region=岳杨市") }
        #expect(region?.message.contains("did you mean '岳阳市'") == true)
    }

    @Test func typedTextNeverBecomesSQL() throws {
        let injection = "x' OR 1=1 --"
        let error = #expect(throws: FilterError.self) { try rows("region=\"\(injection)\"") }
        #expect(error?.message.hasPrefix("no region") == true)
        let planned = try ArchiveQuery(connection: archive.connection,
                                       filter: "person=\"\(injection)\" title=\"a'b\" text=\"\(injection)\"").planned
        #expect(!planned.sql.contains(injection) && !planned.sql.contains("a'b"))
        #expect(planned.parameters.contains(.text(injection)))
        #expect(try rows("person=\"\(injection)\"").rows.isEmpty)
        #expect(try archive.connection.scalar("SELECT count(*) FROM documents").int64Value == 6)
    }

    @Test func sortLimitEvidenceAndSource() throws {
        let table = try rows("kind=target", QueryOptions(evidence: true, source: true, limit: 2, sort: ["-value"]))
        #expect(table.columns.suffix(3) == ["evidence", "source", "correction"])
        #expect(table.column("correction").allSatisfy { $0 == .null })
        #expect(strings(table, "value") == ["5100", "15"])
        #expect(strings(table, "source") == ["reports/yueyang.txt", "reports/lukou.txt"])
        #expect(strings(table, "evidence")[0] == "全年GDP确保突破5100亿元。")
        #expect(throws: QueryOptionError.self) { try rows("kind=target", QueryOptions(sort: ["valeu"])) }
        #expect(throws: QueryOptionError.self) {
            try ArchiveQuery(connection: archive.connection, filter: "kind=target").facet("nope")
        }
    }

    @Test func facetsCountListElements() throws {
        let facet = try ArchiveQuery(connection: archive.connection, filter: "person=*").facet("roles")
        let counts = Dictionary(uniqueKeysWithValues: facet.rows.map { ($0[0].stringValue ?? "", $0[1].int64Value ?? 0) })
        #expect(counts["讲话"] == 5)
        #expect(counts["主持"] == 2)
    }
}
