import Foundation
import Testing

/// query, compare, search, show, sql and stats through the binary, on the fixture archive.
@Suite struct QueryCommandTests {
    let folder = Paths.temporaryFolder()
    let db: String

    init() throws { db = try QueryFixture.path(in: folder) }

    func run(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run([arguments[0], "--db", db] + arguments.dropFirst())
    }

    func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func queryPrintsJSONWithTheQueryColumns() throws {
        let result = try run(["query", "goal=双过半", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try json(result.stdout)
        #expect(Set(rows.compactMap { $0["region"] as? String }) == ["岳阳市", "大观区"])
        #expect(result.stdout.contains("\"岳阳市\""))
        #expect(!result.stdout.contains("\\u"))
    }

    @Test func theFacetAnswersWhichRegions() throws {
        let result = try run(["query", "goal=双过半", "--facet", "region", "--format", "csv"])
        #expect(result.stdout.split(separator: "\n").sorted() == ["region,count", "大观区,1", "岳阳市,1"])
    }

    @Test func pipedOutputIsTabSeparated() throws {
        let result = try run(["query", "indicator=GDP", "kind=target"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "region\tregion_code\tlevel\tdate\tmeeting\tindicator\tname\tkind\tmeasure\tvalue\tunit\tcomparator\tperiod")
        #expect(lines.contains("渌口区\t430212\tcounty\t2022-02-13\t区委经济工作会议\tGDP\t地区生产总值\ttarget\tgrowth\t8.5\t%\t=\t2022"))
    }

    @Test func aBadFilterIsAUsageErrorWithACaret() throws {
        let result = try run(["query", "region=岳阳 indicater=GDP"])
        #expect(result.status == 2)
        #expect(result.stderr == """
            archivectl: unknown key 'indicater' — did you mean 'indicator'?
              region=岳阳 indicater=GDP
                          ^^^^^^^^^

            """)
        let value = try run(["query", "indicator=社灵"])
        #expect(value.status == 2)
        #expect(value.stderr.contains("no indicator '社灵' — did you mean '社零' (RETAIL)?"))
    }

    @Test func anInjectionIsJustAnUnknownRegion() throws {
        let result = try run(["query", "region=\"x' OR 1=1 --\""])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no region 'x' OR 1=1 --'"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingArchiveExitsWithOne() throws {
        let result = try CLI.run(["query", "--db", folder.appending(path: "none.db").path, "goal=双过半"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no such file"))
    }

    @Test func sqlRefusesWritesAndDeletesNothing() throws {
        let refused = try run(["sql", "DELETE FROM documents"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("refused"))
        let count = try run(["sql", "SELECT count(*) AS n FROM documents", "--format", "csv"])
        #expect(count.stdout == "n\n6\n")
    }

    @Test func tableOutputLinesUpChineseColumns() throws {
        let result = try run(["query", "person=*", "--format", "table"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // Every data row's region column starts at the header's "region".
        let header = lines[0]
        let column = DisplayWidthProbe.of(String(header[..<header.range(of: "region")!.lowerBound]))
        for line in lines.dropFirst(2) {
            let region = ["岳阳市", "渌口区", "株洲市", "大观区", "湖南省"].first { line.contains($0) }!
            #expect(DisplayWidthProbe.of(String(line[..<line.range(of: region)!.lowerBound])) == column, "\(line)")
        }
    }

    @Test func compareDrawsAnSVG() throws {
        let file = folder.appending(path: "targets.svg").path
        let result = try run(["compare", "kind=target level=county", "--format", "svg", "--output", file])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: file, encoding: .utf8)
        #expect(svg.contains(">渌口区</text>") && svg.contains("Noto Sans CJK SC"))
        let table = try run(["compare", "kind=target level=county", "--with-parent", "--format", "csv"])
        #expect(table.stdout.contains("渌口区,8.5%,~8% (株洲市),+0.5%,12%"))
    }

    @Test func anOutputFileThatCannotBeWrittenIsNamedWithTheReason() throws {
        let missing = folder.appending(path: "no-such-folder/targets.svg").path
        let result = try run(["compare", "kind=target", "--format", "svg", "--output", missing])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(missing): cannot write: No such file or directory"), "\(result.stderr)")
        let intoFolder = try run(["query", "indicator=GDP", "--output", folder.path])
        #expect(intoFolder.status == 1)
        #expect(intoFolder.stderr.contains("\(folder.path): cannot write: Is a directory"), "\(intoFolder.stderr)")
        // A file that exists is replaced whole, not written over from the start.
        let file = folder.appending(path: "out.tsv").path
        try String(repeating: "x", count: 100_000).write(toFile: file, atomically: false, encoding: .utf8)
        #expect(try run(["query", "indicator=GDP", "--output", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == (try run(["query", "indicator=GDP"])).stdout)
    }

    @Test func searchMarksMatchesWhenPiped() throws {
        let result = try run(["search", "满堂彩"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("[满堂彩]"))
        #expect(try run(["search", "渌口", "--format", "jsonl"]).stdout.contains("\"region\":\"渌口区\""))
    }

    @Test func showAndStats() throws {
        let show = try run(["show", "meeting", "1"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("曹普华  市委书记  主持、讲话"))
        let original = try run(["show", "document", "d4d4", "--original"])
        #expect(original.stdout.contains("original: 「區委書記潘功發"))
        #expect(try run(["show", "meeting", "42"]).status == 1)
        let stats = try run(["stats", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(object["tables"] != nil && object["repairs"] != nil)
    }

    @Test(arguments: ["query", "compare", "search", "show", "sql", "stats"])
    func helpShowsExamples(_ command: String) throws {
        let help = try CLI.run([command, "--help"])
        #expect(help.status == 0)
        let examples = help.stdout.components(separatedBy: "Examples:").last ?? ""
        #expect(examples.components(separatedBy: "archivectl \(command)").count - 1 >= 2, "\(help.stdout)")
    }

    @Test func completionScriptsKnowTheCommands() throws {
        let bash = try CLI.run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0)
        for command in ["query", "compare", "search", "show", "sql", "stats"] { #expect(bash.stdout.contains(command)) }
        #expect(try CLI.run(["--generate-completion-script", "zsh"]).status == 0)
    }
}

/// Terminal columns of text (the test's own count, independent of the library's).
enum DisplayWidthProbe {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x2E80 && $1.value <= 0x9FFF) || ($1.value >= 0xFF00 && $1.value <= 0xFF60) ? 2 : 1) }
    }
}
