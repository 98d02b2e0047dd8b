import Foundation
import Testing

/// The query layer's answers on the real seed archive (the five seed reports ingested through the
/// binary), as issue 5 names them. They depend on extraction (issue 4) finding the seeds' facts:
/// until extraction lands they fail for want of facts, not because of the query layer, whose own
/// behaviour is covered on a fixture archive by QueryCommandTests and the ArchiveTests/Query suites.
@Suite struct SeedQueryTests {
    let folder = Paths.temporaryFolder()
    let db: String

    init() throws {
        db = folder.appending(path: "seeds.db").path
        let result = try CLI.run(["ingest", "--db", db, Paths.seeds.path])
        guard result.status == 0 else { throw CLIFailure(result.stderr) }
    }

    struct CLIFailure: Error { let message: String; init(_ message: String) { self.message = message } }

    func run(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run([arguments[0], "--db", db] + arguments.dropFirst())
    }

    func rows(_ filter: String) throws -> [[String: Any]] {
        let result = try run(["query", filter, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func theRegionsWithADoubleHalfGoalAreYueyangAndDaguan() throws {
        let regions = Set(try rows("goal=双过半").compactMap { $0["region"] as? String })
        #expect(regions == ["岳阳市", "大观区"])
    }

    @Test func theGDPTargetsAreYueyangsAmountAndLukousGrowth() throws {
        let facts = Set(try rows("indicator=GDP kind=target").map { row -> String in
            ["region", "value", "unit", "comparator", "period"].map { key in
                (row[key] as? NSNumber).map { "\($0)" } ?? (row[key] as? String) ?? "null"
            }.joined(separator: " ")
        })
        // Seed 000 states no year anywhere (no publication date, no "2023年"): its meeting date is
        // --04-21 and its year-long target has no period rather than a year guessed from the clock
        // or from outside knowledge (spec/export.md: unknown values are null, never guessed).
        #expect(facts == ["岳阳市 5100 亿元 >= null", "渌口区 8.5 % = 2022"])
    }

    @Test func anAliasGivesWhatItsCodeGives() throws {
        let alias = try run(["query", "indicator=固投", "--format", "csv"])
        let code = try run(["query", "indicator=FAI", "--format", "csv"])
        #expect(alias.status == 0)
        #expect(alias.stdout.split(separator: "\n").count > 1)
        #expect(alias.stdout == code.stdout)
    }

    @Test func hunanIncludesItsCitiesAndCounties() throws {
        let regions = Set(try rows("region=湖南省 indicator=GDP").compactMap { $0["region"] as? String })
        #expect(regions.isSuperset(of: ["渌口区", "岳阳市"]))
    }

    @Test func thePartySecretaryChairs() throws {
        let people = try rows("person=曹普华")
        #expect(people.contains { ($0["titles"] as? [String])?.contains("市委书记") == true })
        #expect(people.contains { ($0["roles"] as? [String])?.contains("主持") == true })
    }

    @Test func lukouHasFiveCountyTargets() throws {
        let result = try run(["compare", "kind=target level=county", "--format", "json"])
        let table = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let lukou = try #require(table.first { $0["region"] as? String == "渌口区" })
        #expect(lukou.filter { $0.key != "region" && !($0.value is NSNull) }.count == 5)
    }

    @Test func parseErrorsPointAndSuggest() throws {
        let result = try run(["query", "goal=双过半 indicater=GDP"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean 'indicator'?"))
        #expect(result.stderr.contains("\n" + String(repeating: " ", count: 2 + 12) + "^^^^^^^^^"))
    }

    @Test func anInjectionIsARegionThatDoesNotExist() throws {
        let result = try run(["query", "region=\"x' OR 1=1 --\""])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no region"))
        #expect(try run(["sql", "SELECT count(*) FROM documents", "--format", "csv"]).stdout == "count(*)\n5\n")
    }

    @Test func sqlRefusesToDelete() throws {
        let result = try run(["sql", "DELETE FROM documents"])
        #expect(result.status == 1)
        #expect(try run(["sql", "SELECT count(*) FROM documents", "--format", "csv"]).stdout == "count(*)\n5\n")
    }

    @Test func aChineseColumnLinesUp() throws {
        let result = try run(["query", "goal=双过半,满堂彩,开门红,开门稳", "--format", "table"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count >= 3)
        // The phrase column starts at the same display column on every line.
        let header = lines[0]
        let column = DisplayWidthProbe.of(String(header[..<header.range(of: "phrase")!.lowerBound]))
        for line in lines.dropFirst(2) {
            let phrase = ["双过半", "满堂彩", "开门红", "开门稳"].compactMap { line.range(of: $0) }.first
            let start = try #require(phrase)
            #expect(DisplayWidthProbe.of(String(line[..<start.lowerBound])) == column, "\(line)")
        }
    }

    /// The README's five questions print what the README shows (as a table, as on a terminal).
    @Test func theReadmeExamplesPrintWhatTheReadmeShows() throws {
        let readme = try String(contentsOf: Paths.repoRoot.appending(path: "README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Asking questions").dropFirst().first?
            .components(separatedBy: "\n(Output as on a terminal").first)
        let blocks = section.components(separatedBy: "    $ archivectl ").dropFirst()
        #expect(blocks.count == 5)
        for block in blocks {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let arguments = lines[0].split(separator: " ").map(String.init)
            let expected = lines.dropFirst().filter { $0.hasPrefix("    ") }.map { String($0.dropFirst(4)) }
            let result = try run(arguments + ["--format", "table"])
            #expect(result.status == 0, "\(lines[0]): \(result.stderr)")
            #expect(result.stdout.split(separator: "\n").map(String.init) == expected, "\(lines[0])")
        }
    }
}
