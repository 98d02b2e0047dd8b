import Foundation
import Testing

/// What analysis tools read: `--output` files in the format their extension names, the flat CSV
/// of indicator facts, and dates as numbers in the views.
@Suite struct AnalysisOutputTests {
    let folder = Paths.temporaryFolder()
    let db: String

    init() throws {
        db = folder.appending(path: "seeds.db").path
        let result = try CLI.run(["ingest", "--db", db, Paths.seeds.path])
        guard result.status == 0 else { throw SeedQueryTests.CLIFailure(result.stderr) }
    }

    func written(_ arguments: [String], to name: String) throws -> String {
        let path = folder.appending(path: name).path
        let result = try CLI.run(arguments + ["--db", db, "--output", path])
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func theOutputFilesExtensionChoosesTheFormat() throws {
        #expect(try written(["query", "kind=target"], to: "t.csv").hasPrefix("region,region_code,level,"))
        #expect(try written(["query", "kind=target"], to: "t.json").hasPrefix("["))
        #expect(try written(["query", "kind=target"], to: "t.md").hasPrefix("| region"))
        #expect(try written(["compare", "kind=target"], to: "c.svg").hasPrefix("<svg"))
        #expect(try written(["compare", "kind=target"], to: "c.CSV").hasPrefix("region,"))
        // --format wins; an extension that names no format keeps tab-separated text.
        #expect(try written(["query", "kind=target", "--format", "tsv"], to: "t2.csv").hasPrefix("region\tregion_code"))
        #expect(try written(["query", "kind=target"], to: "t.txt").hasPrefix("region\tregion_code"))
    }

    @Test func exportCSVHasOneRowPerIndicatorValueWithTheSpecsColumns() throws {
        let result = try CLI.run(["export", "--db", db, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        let header = lines.first.map { $0.split(separator: ",").map(String.init) } ?? []
        for column in ["source", "meeting", "date", "year", "month", "day", "indicator", "name", "kind", "measure",
                       "value", "unit", "comparator", "period", "region", "evidence"] {
            #expect(header.contains(column), "no column \(column)")
        }
        let count = try CLI.run(["sql", "--db", db, "SELECT count(*) FROM indicator_values", "--format", "tsv"])
        let values = Int(count.stdout.split(separator: "\n").last ?? "") ?? -1
        // Each value is one record; evidence with a line break would be quoted, and seeds have none.
        #expect(lines.count - 1 == values && values > 0)
    }

    @Test func theViewsGiveDatesAsNumbersAndRolesAsRows() throws {
        let dates = try CLI.run(["sql", "--db", db, "SELECT date, year, month, day FROM meeting_overview WHERE date IS NOT NULL ORDER BY id",
                                 "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(dates.stdout.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        for row in rows {
            let date = try #require(row["date"] as? String)
            let parts = date.split(separator: "-", omittingEmptySubsequences: true).compactMap { Int($0) }
            #expect(row["month"] as? Int == parts[parts.count - 2] && row["day"] as? Int == parts[parts.count - 1])
            #expect((row["year"] as? Int) == (date.hasPrefix("--") ? nil : parts[0]))
        }
        let roles = try CLI.run(["sql", "--db", db, "SELECT (SELECT count(*) FROM participant_roles) = (SELECT sum(json_array_length(roles)) FROM participants)",
                                 "--format", "tsv"])
        #expect(roles.stdout.split(separator: "\n").last == "1")
    }

    @Test func versionPrintsTheReleaseAndTheRulesVersion() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        let words = result.stdout.split(separator: " ")
        #expect(words.first == "archivectl" && words.count == 4 && words[2] == "(rules")
        #expect(words.last.map { $0.count == 18 && $0.hasSuffix(")\n") } == true, "\(result.stdout)")
    }
}
