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
