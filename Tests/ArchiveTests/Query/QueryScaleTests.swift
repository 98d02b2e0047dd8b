import Archive
import Foundation
import Testing

/// Query speed on a large archive. Off by default (it writes 100,000 synthetic documents, about a
/// minute); run with ARCHIVECTL_SCALE_DB=/tmp/scale.db (the file is kept for timing the binary too):
///
///     ARCHIVECTL_SCALE_DB=/tmp/scale.db swift test --skip-build --filter QueryScaleTests
///
/// Measured (100,000 documents, 800,000 values, release binary, whole process, on a shared machine
/// at load 13–18): 10–40 ms of CPU per query below, 0.06–0.26 s wall; a query with no region,
/// person or goal term (every GDP target of 2019 above 14.9%) reads all 50,000 GDP targets: 0.11 s CPU.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["ARCHIVECTL_SCALE_DB"] != nil))
struct QueryScaleTests {
    static let path = ProcessInfo.processInfo.environment["ARCHIVECTL_SCALE_DB"] ?? ""
    static let documents = Int(ProcessInfo.processInfo.environment["ARCHIVECTL_SCALE_DOCS"] ?? "") ?? 100_000

    /// Documents spread over every county and prefecture, each with people, eight values and a goal.
    static func fill(_ archive: ArchiveDatabase) throws {
        let connection = archive.connection
        let existing = try connection.scalar("SELECT count(*) FROM documents").int64Value ?? 0
        guard existing < documents else { return }
        let regions = try connection.rows("SELECT code, name, level FROM regions WHERE level != 'province'")
        let indicators = ["GDP", "IVA", "FAI", "RETAIL", "TRADE", "BUDGET_REV", "FISCAL_REV", "INCOME"]
        let goals = ["双过半", "开门红", "满堂彩", "全年红"]
        var generator = SystemRandomNumberGenerator()
        let writer = ReportWriter(connection: connection)
        var index = Int(existing)
        while index < documents {
            try connection.transaction {
                for _ in 0..<1000 where index < documents {
                    let region = regions[Int.random(in: 0..<regions.count, using: &generator)]
                    let ref = RegionRef(name: region.string("name") ?? "", code: region.string("code"), level: region.string("level"))
                    let year = Int.random(in: 2019...2024, using: &generator)
                    let text = "\(ref.name)召开经济工作会议。书记甲\(index % 997)主持并讲话，要求确保“\(goals[index % 4])”。全年地区生产总值增长\(index % 9)%。第\(index)号文件。"
                    let evidence = Evidence(sentence: "全年地区生产总值增长\(index % 9)%。", start: 0, end: 10)
                    let values = indicators.map { code in
                        IndicatorValue(indicator: code, name: code, kind: Bool.random(using: &generator) ? "target" : "actual",
                                       measure: "growth", value: Double(Int.random(in: 0...150, using: &generator)) / 10, unit: "%",
                                       period: String(year), region: ref, evidence: evidence)
                    }
                    let report = Report(
                        document: DocumentInfo(source: "synthetic/\(index).txt", sha256: String(format: "%064x", index), title: "\(ref.name)经济工作会议"),
                        meeting: Meeting(title: "经济工作会议", date: String(format: "%04d-%02d-%02d", year, index % 12 + 1, index % 28 + 1), region: ref, kind: "annual-conference"),
                        people: [Person(name: "书记甲\(index % 997)", titles: ["书记"], roles: ["主持", "讲话"], evidence: evidence),
                                 Person(name: "长乙\(index % 1499)", titles: ["长"], roles: ["出席"], evidence: evidence)],
                        indicators: values,
                        goals: [GoalMention(phrase: goals[index % 4], surface: goals[index % 4], stance: "goal", evidence: evidence)])
                    try writer.write(report, decoded: DecodedDocument(original: text, normalized: NormalizedText(identity: text), encoding: "UTF-8"))
                    index += 1
                }
            }
        }
        try connection.execute("ANALYZE")
        archive.checkpoint()
    }

    @Test(arguments: ["indicator=GDP kind=target region=湖南省", "goal=双过半 region=岳阳", "person=书记甲7",
                      "kind=target level=county region=株洲", "indicator=固投 year=2023 value>12 region=湖南",
                      "text=第4242号 indicator=GDP", "region=渌口"])
    func mainQueriesAreFast(_ filter: String) throws {
        let archive = try ArchiveDatabase(path: Self.path)
        try Self.fill(archive)
        let start = Date()
        let query = try ArchiveQuery(connection: archive.connection, filter: filter, options: QueryOptions(limit: 1000))
        let table = try query.rows()
        let elapsed = Date().timeIntervalSince(start)
        print("\(filter): \(table.rows.count) rows in \(Int(elapsed * 1000)) ms")
        #expect(elapsed < 0.1, "\(filter) took \(Int(elapsed * 1000)) ms")
    }
}
