import Archive
import Foundation
import Testing

/// The main queries use indexes: none reads all of indicator_values (a 100,000-document archive
/// holds millions of values). Checked on SQLite's own plan.
@Suite struct QueryPlanTests {
    static let mainQueries = [
        "indicator=GDP kind=target",
        "indicator=固投",
        "region=湖南省 indicator=GDP",
        "region=岳阳",
        "kind=target level=county",
        "goal=双过半",
        "person=曹普华",
        "indicator=GDP goal=双过半",
        "text=满堂彩 indicator=GDP",
        "year=2023 indicator=GDP",
    ]

    @Test(arguments: mainQueries) func noFullScanOfIndicatorValues(_ filter: String) throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try QueryFixture.archive(in: folder)
        let plan = try ArchiveQuery(connection: archive.connection, filter: filter).queryPlan()
        #expect(!plan.isEmpty)
        let scans = plan.filter { line in
            line.hasPrefix("SCAN v") || line.hasPrefix("SCAN indicator_values") || line.hasPrefix("SCAN v2")
        }
        #expect(scans.isEmpty, "\(filter): \(plan.joined(separator: " | "))")
    }
}

/// The fact indexes carry what the main queries filter and join on (Migrations/0005), so a fact
/// row is read only for a fact the query returns.
@Suite struct CoveringIndexTests {
    @Test func aGoalIsFoundAndJoinedFromItsIndexAlone() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try QueryFixture.archive(in: folder)
        let plan = try ArchiveQuery(connection: archive.connection, filter: "goal=双过半").queryPlan()
        #expect(plan.contains { $0.contains("COVERING INDEX goal_mentions_by_phrase") }, "\(plan)")
    }

    @Test func indicatorValuesAreIndexedByPeriodAndMeetingToo() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try QueryFixture.archive(in: folder)
        let columns = try archive.connection.prepare("SELECT name FROM pragma_index_info('indicator_values_by_indicator_region')")
            .rows([]).map { $0.string("name") ?? "" }
        #expect(columns == ["indicator_code", "kind", "region_code", "period", "meeting_id"])
    }
}
