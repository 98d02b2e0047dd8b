import Archive
@testable import ArchiveQuery
import Foundation
import Testing

/// compare, search, show, sql and stats on the fixture archive.
@Suite struct CommandLogicTests {
    let folder = Paths.temporaryFolder()
    let archive: ArchiveDatabase

    init() throws { archive = try QueryFixture.archive(in: folder) }

    @Test func compareCountiesTargets() throws {
        let table = try Comparison(connection: archive.connection, filter: "kind=target level=county").table()
        #expect(table.columns == ["region", "GDP", "IVA", "FAI", "BUDGET_REV", "RETAIL"])
        #expect(table.rows.count == 1)
        #expect(table.rows[0].map { $0.stringValue ?? "" } == ["渌口区", "8.5%", "12%", "15%", "8%", "12%"])
    }

    /// A value outside the vocabulary is a column only when asked for (issue 18): its name is the
    /// report's own words, which no other report need share.
    @Test func compareShowsOnlyVocabularyIndicatorsUnlessAsked() throws {
        let zone = "kind=actual region=岳阳经济技术开发区"
        let vocabulary = try Comparison(connection: archive.connection, filter: zone).table()
        #expect(!vocabulary.columns.contains { $0.hasPrefix("税收收入") }, "\(vocabulary.columns)")
        let all = try Comparison(connection: archive.connection, filter: zone, vocabularyOnly: false).table()
        #expect(all.columns.contains { $0.hasPrefix("税收收入") }, "\(all.columns)")
    }

    @Test func compareWithParentShowsTheCityAndTheDifference() throws {
        let table = try Comparison(connection: archive.connection, filter: "indicator=GDP kind=target", withParent: true).table()
        #expect(table.columns == ["region", "GDP", "GDP parent", "GDP diff"])
        let rows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0[0].stringValue ?? "", $0.map { $0.stringValue ?? "" }) })
        #expect(rows["渌口区"] == ["渌口区", "8.5%", "~8% (株洲市)", "+0.5%"])
        // 岳阳市's target is an amount in 亿元, 湖南省's a growth rate: not comparable, so no parent.
        #expect(rows["岳阳市"] == ["岳阳市", ">=5100亿元", "", ""])
        // Every superior with a value, nearest first; the difference is from the nearest.
        let growth = try Comparison(connection: archive.connection, filter: "indicator=GDP kind=target year=2023 measure=growth",
                                    withParent: true).table()
        #expect(growth.rows.map { $0.map { $0.stringValue ?? "" } } == [["湖南省", "6.5%", "", ""]])
        let province = RegionRef(name: "湖南省", code: "430000", level: "province")
        let text = "2022年全省地区生产总值增长7%。"
        let evidence = Evidence(sentence: text, start: 0, end: text.count)
        try archive.connection.transaction {
            try ReportWriter(connection: archive.connection).write(
                Report(document: DocumentInfo(source: "province-2022.txt", sha256: "77" + String(repeating: "0", count: 62)),
                       meeting: Meeting(date: "2022-01-20", region: province),
                       indicators: [IndicatorValue(indicator: "GDP", name: "地区生产总值", kind: "target", measure: "growth",
                                                   value: 7, unit: "%", period: "2022", region: province, evidence: evidence)]),
                decoded: DecodedDocument(original: text, normalized: NormalizedText(identity: text), encoding: "UTF-8"))
        }
        let chain = try Comparison(connection: archive.connection, filter: "region=渌口 indicator=GDP", withParent: true).table()
        #expect(chain.rows.map { $0.map { $0.stringValue ?? "" } } == [["渌口区", "8.5%", "~8% (株洲市); 7% (湖南省)", "+0.5%"]])
        #expect(rows["湖南省"] == ["湖南省", "6.5%", "", ""])
    }

    @Test func aParentsTargetWithNoPeriodAtAMeetingOfTheYearIsThatYearsTarget() throws {
        let province = RegionRef(name: "湖南省", code: "430000", level: "province")
        let text = "全年全省地区生产总值增长7%。"
        let evidence = Evidence(sentence: text, start: 0, end: text.count)
        try archive.connection.transaction {
            try ReportWriter(connection: archive.connection).write(
                Report(document: DocumentInfo(source: "province-2022.txt", sha256: "79" + String(repeating: "0", count: 62)),
                       meeting: Meeting(date: "2022-01-20", region: province),
                       indicators: [IndicatorValue(indicator: "GDP", name: "地区生产总值", kind: "target", measure: "growth",
                                                   value: 7, unit: "%", period: nil, region: province, evidence: evidence)]),
                decoded: DecodedDocument(original: text, normalized: NormalizedText(identity: text), encoding: "UTF-8"))
        }
        let chain = try Comparison(connection: archive.connection, filter: "region=渌口 indicator=GDP", withParent: true).table()
        #expect(chain.rows.map { $0.map { $0.stringValue ?? "" } } == [["渌口区", "8.5%", "~8% (株洲市); 7% (湖南省)", "+0.5%"]])
    }

    @Test func compareByYearAcrossPeriodsAndAsAChart() throws {
        let byYear = try Comparison(connection: archive.connection, filter: "indicator=GDP", by: .year).table()
        #expect(byYear.column("year").map { $0.stringValue ?? "" } == ["2022", "2023"])
        let byPeriod = try Comparison(connection: archive.connection, filter: "region=岳阳 indicator=GDP", across: .period).table()
        #expect(byPeriod.columns == ["region", "2023", "2023Q1"])
        let svg = try Comparison(connection: archive.connection, filter: "kind=target level=county").chart(title: "targets").render()
        #expect(svg.contains(">渌口区</text>") && svg.contains(">BUDGET_REV</text>"))
    }

    @Test func aCompareCellHoldsOneIndicatorMeasureUnitKindAndPeriod() throws {
        for across in Comparison.ColumnKey.allCases {
            for by in Comparison.RowKey.allCases {
                let comparison = try Comparison(connection: archive.connection, filter: "", by: by, across: across)
                let (_, _, cells) = comparison.pivot()
                for (_, row) in cells {
                    for (column, cell) in row {
                        let kinds: Set<[String]> = Set(cell.facts.map { (f: Comparison.Fact) -> [String] in
                            [f.indicator ?? f.name, f.measure, f.unit, f.kind, f.period ?? ""]
                        })
                        #expect(kinds.count == 1, "\(by) × \(across): \(column) mixes \(kinds)")
                    }
                }
            }
        }
        // Split columns name what differs: GDP as a growth rate and as an amount side by side.
        let split = try Comparison(connection: archive.connection, filter: "region=岳阳 indicator=GDP").table()
        #expect(split.columns.count > 2 && split.columns.dropFirst().allSatisfy { $0.hasPrefix("GDP ") })
    }

    @Test func acrossKindPutsTargetsBesideActualsWithTheirGap() throws {
        // The fixture's GDP actual is for 2023Q1, its targets for whole years: no gap between them.
        let apart = try Comparison(connection: archive.connection, filter: "indicator=GDP", across: .kind).table()
        #expect(apart.columns.contains { $0.contains("target") } && apart.columns.contains { $0.contains("actual") })
        #expect(!apart.columns.contains { $0.contains("gap") })
        // An actual for a year with a target: the gap beside them.
        let county = RegionRef(name: "渌口区", code: "430212", level: "county")
        let text = "2022年全区地区生产总值增长8.1%。"
        let evidence = Evidence(sentence: text, start: 0, end: text.count)
        try archive.connection.transaction {
            try ReportWriter(connection: archive.connection).write(
                Report(document: DocumentInfo(source: "county-2022.txt", sha256: "78" + String(repeating: "0", count: 62)),
                       meeting: Meeting(date: "2023-01-20", region: county),
                       indicators: [IndicatorValue(indicator: "GDP", name: "地区生产总值", kind: "actual", measure: "growth",
                                                   value: 8.1, unit: "%", period: "2022", region: county, evidence: evidence)]),
                decoded: DecodedDocument(original: text, normalized: NormalizedText(identity: text), encoding: "UTF-8"))
        }
        let table = try Comparison(connection: archive.connection, filter: "indicator=GDP region=渌口", across: .kind).table()
        #expect(table.columns == ["region", "GDP target", "GDP actual", "GDP gap"])
        #expect(table.rows.first?.map { $0.stringValue ?? "" } == ["渌口区", "8.5%", "8.1%", "-0.4%"])
        let targets = table.columns.filter { $0.split(separator: " ").contains("target") }
        let gaps = table.columns.filter { $0.split(separator: " ").contains("gap") }
        #expect(!targets.isEmpty && !gaps.isEmpty)
        for gap in gaps {
            let actual = Comparison.renamed(gap, "gap", "actual"), target = Comparison.renamed(gap, "gap", "target")
            let a = try #require(table.columns.firstIndex(of: actual)), t = try #require(table.columns.firstIndex(of: target))
            #expect(t < a && table.columns.firstIndex(of: gap) == a + 1)
        }
        #expect(Comparison.gap(actual: Comparison.Cell(facts: [fact(6.2)]), target: Comparison.Cell(facts: [fact(6.5)])) == .text("-0.3%"))
        #expect(Comparison.gap(actual: Comparison.Cell(facts: [fact(6.2), fact(6)]), target: Comparison.Cell(facts: [fact(6.5)])) == .null)
    }

    func fact(_ value: Double) -> Comparison.Fact {
        Comparison.Fact(meetingID: nil, indicator: "GDP", name: "GDP", kind: "actual", measure: "growth", value: value, unit: "%",
                        comparator: "=", period: nil)
    }

    @Test func searchFindsLongAndShortWordsAndMarksThem() throws {
        let long = try FullTextSearch(connection: archive.connection, words: ["满堂彩"]).run()
        #expect(long.columns == ["id", "date", "region", "title", "snippet"])
        #expect(long.rows.count == 1)
        #expect(long.text(row: 0, column: 4).contains(MatchMarker.open + "满堂彩" + MatchMarker.close))
        let short = try FullTextSearch(connection: archive.connection, words: ["渌口"]).run()
        #expect(short.column("region").map { $0.stringValue ?? "" } == ["渌口区"])
        let both = try FullTextSearch(connection: archive.connection, words: ["双过半 书记"]).run()
        #expect(Set(both.column("region").map { $0.stringValue ?? "" }) == ["岳阳市", "大观区"])
        #expect(try FullTextSearch(connection: archive.connection, words: ["双过半", "渌口"]).run().rows.isEmpty)
        #expect(throws: QueryOptionError.self) { try FullTextSearch(connection: archive.connection, words: [" "]) }
    }

    @Test func snippetsAreOneLineAroundTheFirstMatch() {
        let o = MatchMarker.open, c = MatchMarker.close
        #expect(Snippet.around(["双过半"], in: "标题\n\n  确保“双过半”") == "标题 确保“\(o)双过半\(c)”")
        // Every kind of space is one: ideographic, no-break, CRLF.
        #expect(Snippet.around(["双过半"], in: "甲\u{3000}\u{A0}乙\r\n丙 双过半") == "甲 乙 丙 \(o)双过半\(c)")
        let long = String(repeating: "甲", count: 50) + "满堂彩" + String(repeating: "乙", count: 50)
        #expect(Snippet.around(["满堂彩"], in: long) == "…" + String(repeating: "甲", count: 20) + o + "满堂彩" + c
            + String(repeating: "乙", count: 37) + "…")
        // A short word inside a longer marked one is not marked twice.
        #expect(Snippet.around(["双过半", "过半"], in: "双过半，过半") == "\(o)双过半\(c)，\(o)过半\(c)")
    }

    @Test func showGroupsFactsWithEvidenceAndOriginalSpans() throws {
        let detail = try DocumentDetail(connection: archive.connection, document: "4")
        let text = detail.rendered(original: true)
        #expect(text.contains("潘功发  区委书记  主持、讲话"))
        #expect(text.contains("「区委书记潘功发主持并讲话，要求冲刺“双过半”。」"))
        #expect(text.contains("original: 「區委書記潘功發主持並講話，要求衝刺“雙過半”。」"))
        #expect(text.contains("repairs    traditional-to-simplified"))
        let bySHA = try DocumentDetail(connection: archive.connection, document: "d4d4")
        #expect(bySHA.documentID == 4)
        let meeting = try DocumentDetail(connection: archive.connection, meeting: 2)
        #expect(meeting.rendered(original: false).contains("indicators (5)"))
        #expect(meeting.json().rendered.hasPrefix(#"{"id":2,"meeting_id":2,"document":"#))
        #expect(throws: DocumentDetail.NotFound.self) { try DocumentDetail(connection: archive.connection, document: "99") }
        #expect(throws: DocumentDetail.NotFound.self) { try DocumentDetail(connection: archive.connection, meeting: 99) }
    }

    @Test func sqlReadsAndRefusesWrites() throws {
        let readOnly = try ArchiveDatabase(path: archive.path, mode: .readOnly)
        let table = try ReadOnlySQL.run("SELECT DISTINCT region FROM goal_facts WHERE phrase = '双过半' ORDER BY region", on: readOnly.connection)
        #expect(table.columns == ["region"])
        #expect(table.rows.map { $0[0].stringValue ?? "" } == ["大观区", "岳阳市"])
        #expect(throws: ReadOnlySQL.Refusal.self) { try ReadOnlySQL.run("DELETE FROM documents", on: readOnly.connection) }
        #expect(throws: ReadOnlySQL.Refusal.self) { try ReadOnlySQL.run("SELECT 1; DELETE FROM documents", on: readOnly.connection) }
        // Even on a writable connection the refusal comes first.
        #expect(throws: ReadOnlySQL.Refusal.self) { try ReadOnlySQL.run("DROP TABLE documents", on: archive.connection) }
        #expect(throws: DatabaseError.self) { try ReadOnlySQL.run("SELEC 1", on: readOnly.connection) }
        #expect(try archive.connection.scalar("SELECT count(*) FROM documents").int64Value == 6)
    }

    @Test func statsCountTablesLevelsYearsIndicatorsAndRepairs() throws {
        let sections = Dictionary(uniqueKeysWithValues: try ArchiveStats.sections(archive.connection).map { ($0.title, $0.table) })
        func pairs(_ title: String) -> [String: String] {
            Dictionary(uniqueKeysWithValues: (sections[title]?.rows ?? []).map { ($0[0].stringValue ?? "", $0.last?.stringValue ?? "") })
        }
        #expect(pairs("tables")["documents"] == "6")
        #expect(pairs("tables")["indicator_values"] == "11")
        #expect(pairs("meetings by level") == ["county": "2", "prefecture": "2", "province": "1", "(not a division)": "1"])
        #expect(pairs("meetings by year") == ["2022": "2", "2023": "2", "2024": "1", "(unknown)": "1"])
        #expect(pairs("indicator values by indicator")["GDP"] == "5")
        #expect(pairs("repairs") == ["traditional-to-simplified": "1"])
    }
}
