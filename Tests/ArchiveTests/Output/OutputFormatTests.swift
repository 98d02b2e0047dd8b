import Archive
@testable import ArchiveOutput
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML  // XMLParser lives here on Linux
#endif

@Suite struct OutputFormatTests {
    let table = ResultTable(
        columns: ["region", "value", "unit", "titles"],
        rows: [[.text("岳阳市"), .real(5100), .text("亿元"), .text(#"["市委书记"]"#)],
               [.text("渌口区"), .real(8.5), .text("%"), .text(#"["区委副书记","区长"]"#)],
               [.text("Tianmen, \"天门\""), .null, .text("a\tb"), .text("[]")]],
        listColumns: ["titles"])

    @Test func displayWidthCountsWideCharactersTwice() {
        #expect(DisplayWidth.of("GDP") == 3)
        #expect(DisplayWidth.of("岳阳市") == 6)
        #expect(DisplayWidth.of("“双过半”") == 8)   // CJK quotes are ambiguous: one column each
        #expect(DisplayWidth.of("ＧＤＰ") == 6)     // fullwidth Latin
        #expect(DisplayWidth.of("\u{1B}[1m双\u{1B}[0m") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func tableColumnsLineUpWithChinese() {
        let mixed = ResultTable(columns: ["region", "unit", "value"],
                                rows: [[.text("岳阳市"), .text("亿元"), .real(5100)],
                                       [.text("Tianmen"), .text("%"), .real(8.5)],
                                       [.text("湘西土家族苗族自治州"), .text("万美元"), .integer(12)]])
        let lines = OutputFormat.table.render(mixed).split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        // The second column starts, and the right-aligned third column ends, at the same display column in every row.
        func start(of text: String, in line: String) -> Int {
            DisplayWidth.of(String(line[..<line.range(of: text)!.lowerBound]))
        }
        let starts = zip([0, 2, 3, 4], ["unit", "亿元", "%", "万美元"]).map { start(of: $1, in: lines[$0]) }
        #expect(Set(starts) == [DisplayWidth.of("湘西土家族苗族自治州") + 2])
        let ends = [2, 3, 4].map { DisplayWidth.of(lines[$0]) }
        #expect(Set(ends).count == 1)
        #expect(lines[2].hasSuffix("5100") && lines[3].hasSuffix(" 8.5") && lines[4].hasSuffix("  12"))
        #expect(!lines.contains { $0.hasSuffix(" ") })
        let people = OutputFormat.table.render(table)
        #expect(people.contains("区委副书记、区长"))
    }

    @Test func csvQuotesWhatNeedsIt() {
        let csv = OutputFormat.csv.render(table)
        #expect(csv == "region,value,unit,titles\n岳阳市,5100,亿元,市委书记\n渌口区,8.5,%,区委副书记、区长\n"
            + "\"Tianmen, \"\"天门\"\"\",,a\tb,\n")
    }

    @Test func tsvEscapesTabs() {
        let tsv = OutputFormat.tsv.render(table).split(separator: "\n").map(String.init)
        #expect(tsv[0] == "region\tvalue\tunit\ttitles")
        #expect(tsv[3] == "Tianmen, \"天门\"\t\ta\\tb\t")
    }

    @Test func aWindowsLineBreakInACellIsEscapedToo() {
        // As a Character "\r\n" equals neither "\r" nor "\n"; a cell holding one must not break the row.
        let cell = ResultTable(columns: ["text"], rows: [[.text("上半年\r\n下半年")]])
        #expect(OutputFormat.tsv.render(cell) == "text\n上半年\\r\\n下半年\n")
        #expect(OutputFormat.csv.render(cell) == "text\n\"上半年\r\n下半年\"\n")
    }

    @Test func jsonKeepsChineseAndArrays() {
        let json = OutputFormat.json.render(table)
        #expect(json.contains(#"{"region":"岳阳市","value":5100,"unit":"亿元","titles":["市委书记"]}"#))
        #expect(!json.contains("\\u"))
        let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 3)
        #expect(parsed?[1]["titles"] as? [String] == ["区委副书记", "区长"])
        let lines = OutputFormat.jsonl.render(table).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1] == #"{"region":"渌口区","value":8.5,"unit":"%","titles":["区委副书记","区长"]}"#)
        #expect(OutputFormat.json.render(ResultTable(columns: ["a"])) == "[]\n")
    }

    @Test func markdownEscapesPipes() {
        let md = OutputFormat.md.render(ResultTable(columns: ["a", "n"], rows: [[.text("x|y"), .integer(2)]]))
        #expect(md == "| a | n |\n| --- | ---: |\n| x\\|y | 2 |\n")
    }

    @Test func matchesAreBoldOnATerminalAndBracketedElsewhere() {
        let marked = ResultTable(columns: ["snippet"], rows: [[.text("确保“" + MatchMarker.open + "双过半" + MatchMarker.close + "”")]],
                                 markedColumns: ["snippet"])
        #expect(OutputFormat.table.render(marked, terminal: true).contains("\u{1B}[1m双过半\u{1B}[0m"))
        #expect(OutputFormat.table.render(marked, terminal: false).contains("[双过半]"))
        #expect(OutputFormat.tsv.render(marked).contains("[双过半]"))
        #expect(OutputFormat.md.render(marked).contains("**双过半**"))
        #expect(OutputFormat.json.render(marked).contains(#""确保“双过半”""#))
    }

    @Test func sectionsRenderUnderTitles() {
        let sections = [(title: "a", table: ResultTable(columns: ["x"], rows: [[.integer(1)]])),
                        (title: "b", table: ResultTable(columns: ["y"], rows: [[.text("乙")]]))]
        #expect(OutputFormat.json.render(sections: sections) == #"{"a":[{"x":1}],"b":[{"y":"乙"}]}"# + "\n")
        #expect(OutputFormat.jsonl.render(sections: sections) == "{\"section\":\"a\",\"x\":1}\n{\"section\":\"b\",\"y\":\"乙\"}\n")
        #expect(OutputFormat.table.render(sections: sections).hasPrefix("a\nx\n─\n1\n"))
    }

    @Test func svgChartsLabelInChinese() {
        let chart = SVGBarChart(title: "GDP 目标", groups: ["渌口区", "株洲市"], series: ["GDP"],
                                values: [[8.5], [nil]], labels: [["8.5%"], [""]])
        let svg = chart.render()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("Noto Sans CJK SC"))
        #expect(svg.contains(">渌口区</text>") && svg.contains(">8.5%</text>") && svg.contains(">GDP 目标</text>"))
        #expect(svg.components(separatedBy: "<rect x=").count - 1 == 2)   // one bar and one legend key
        let parsed = XMLParser(data: Data(svg.utf8))
        #expect(parsed.parse())
        // Bars of different units get their own scales: both full height here.
        let mixed = SVGBarChart(title: "t", groups: ["甲", "乙"], series: ["GDP"], values: [[8.5], [5100]],
                                labels: [["8.5%"], ["5100亿元"]], units: [["%"], ["亿元"]]).render()
        #expect(mixed.components(separatedBy: "height=\"260.0\"").count - 1 == 2)
        #expect(mixed.contains("bars scaled per unit"))
    }

    @Test func chartLabelsWiderThanTheirSlotAreTurnedSoNoneOverlap() {
        func chart(_ groups: [String], _ labels: [String]) -> String {
            SVGBarChart(title: "t", groups: groups, series: ["GDP"], values: groups.map { _ in [1] },
                        labels: labels.map { [$0] }).render()
        }
        let short = chart(["甲", "乙"], ["1%", "2%"])
        #expect(!short.contains("rotate("))
        // Ten CJK characters at 13 px are wider than a one-bar group and its gap.
        let long = chart(["一二三四五六七八九十", "十九八七六五四三二一"], [">=5100亿元", ">=4800亿元"])
        #expect(long.components(separatedBy: "rotate(-40").count - 1 == 2)
        #expect(long.components(separatedBy: "rotate(-90").count - 1 == 2)
        // The turned labels stay inside the picture: its left margin grows to hold them.
        #expect(SVGBarChart.textWidth("一二三四五六七八九十", size: 13) == 130)
        #expect(!long.contains("x=\"-"))
    }
}
