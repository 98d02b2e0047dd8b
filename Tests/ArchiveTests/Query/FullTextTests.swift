import Archive
@testable import ArchiveModel
@testable import ArchiveQuery
@testable import ArchiveStore
@testable import ArchiveText
import Foundation
import Testing

/// The trigram index records which documents hold a trigram, not where (Migrations/0004), so a
/// word longer than one trigram is checked against the text: search and `text=` must find a word
/// exactly where it is written, never where only its trigrams are.
@Suite struct FullTextTests {
    let folder = Paths.temporaryFolder()
    let archive: ArchiveDatabase

    static let texts = [
        "今年确保实现双过半目标。",                 // 1: the word itself
        "双过半，半目标另有所指。",                 // 2: both trigrams of 双过半目标, apart
        "全市GDP增长6%以上。",                      // 3: ASCII letters, a percent sign
        "a%c 与 %cd 与 axxcd。",                   // 4: a LIKE wildcard would make a%cd match here
    ]

    init() throws {
        archive = try ArchiveDatabase(path: folder.appending(path: "a.db").path)
        let writer = ReportWriter(connection: archive.connection)
        for (index, text) in Self.texts.enumerated() {
            let report = Report(document: DocumentInfo(source: "\(index + 1).txt", sha256: String(index + 1)),
                                meeting: Meeting(title: "会议\(index + 1)", date: "2023-0\(index + 1)-15"))
            _ = try archive.connection.transaction {
                try writer.write(report, decoded: DecodedDocument(original: text, normalized: NormalizedText(identity: text),
                                                                  encoding: "UTF-8"))
            }
        }
    }

    func found(_ word: String) throws -> [String] {
        try FullTextSearch(connection: archive.connection, words: [word]).run().column("id").map { $0.stringValue ?? "" }.sorted()
    }

    func meetings(_ filter: String) throws -> [String] {
        try ArchiveQuery(connection: archive.connection, filter: filter).rows().column("title").map { $0.stringValue ?? "" }.sorted()
    }

    @Test func hitsComeLatestMeetingFirst() throws {
        let hits = try FullTextSearch(connection: archive.connection, words: ["双过半"]).run()
        #expect(hits.column("id").map { $0.stringValue ?? "" } == ["2", "1"])
        #expect(hits.column("date").map { $0.stringValue ?? "" } == ["2023-02-15", "2023-01-15"])
        let short = try FullTextSearch(connection: archive.connection, words: ["与"]).run()
        #expect(short.column("id").map { $0.stringValue ?? "" } == ["4"])
        let limited = try FullTextSearch(connection: archive.connection, words: ["。"], limit: 2).run()
        #expect(limited.column("id").map { $0.stringValue ?? "" } == ["4", "3"])
    }

    /// A word below a trigram is looked for in date order until enough are found; the hits and
    /// their order must be those of looking through every report, whatever the limit, with ties
    /// on a date and meetings of unknown date among them.
    @Test func walkingInDateOrderFindsWhatTheScanFinds() throws {
        let dates: [String?] = ["2023-03-01", nil, "2023-03-01", "2022-12-31", nil, "2024-01-05", "2023-03-01"]
        let writer = ReportWriter(connection: archive.connection)
        for index in 0..<28 {
            let text = (index % 3 == 0 ? "过半" : "未及") + (index % 4 == 0 ? "与" : "") + "。"
            let report = Report(document: DocumentInfo(source: "w\(index).txt", sha256: "w\(index)"),
                                meeting: Meeting(title: "会议", date: dates[index % dates.count]))
            _ = try archive.connection.transaction {
                try writer.write(report, decoded: DecodedDocument(original: text, normalized: NormalizedText(identity: text),
                                                                  encoding: "UTF-8"))
            }
        }
        for words in [["过半"], ["与"], ["过半", "与"], ["。"], ["无"]] {
            for limit in 1...14 {
                let search = try FullTextSearch(connection: archive.connection, words: words, limit: limit)
                let walked = try #require(try search.latestHitsByWalking(budget: 1_000))
                let scanned = try search.latestHits()
                #expect(walked.compactMap { $0["id"].int64Value } == scanned, "\(words) limit \(limit)")
                // The walk's rows are what the hits' own query shows of them.
                #expect(walked.map(\.values) == (try search.shownRows(scanned)).map(\.values), "\(words) limit \(limit)")
                #expect(try search.run().column("id").compactMap { $0.int64Value } == scanned)
            }
        }
        // Fewer hits than asked among the first reports read: the walk gives up, the scan answers.
        let rare = try FullTextSearch(connection: archive.connection, words: ["与"], limit: 5)
        #expect(try rare.latestHitsByWalking(budget: 3) == nil)
        #expect(try rare.latestHitsByWalking(budget: 40)?.count == 5)
        // Words the index finds, and no limit, never walk.
        #expect(try FullTextSearch(connection: archive.connection, words: ["双过半"]).latestHitsByWalking() == nil)
        #expect(try FullTextSearch(connection: archive.connection, words: ["过半"], limit: nil).latestHitsByWalking() == nil)
    }

    @Test func theIndexKeepsPositionsAndNamesItsContentAsToolsLookForIt() throws {
        let sql = try #require(try archive.connection.scalar("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").stringValue)
        #expect(!sql.contains("detail"))
        // The spelling sqlite-utils and Datasette match in sqlite_master.
        #expect(sql.contains("content=\"documents\""))
        try archive.connection.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        // Phrase and column queries, which an index without positions refuses.
        #expect(try archive.connection.scalar("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '双过半目标'").int64Value == 1)
        #expect(try archive.connection.scalar("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'normalized_text: \"双过半目标\"'").int64Value == 1)
    }

    @Test func aLongWordIsFoundOnlyWhereItIsWritten() throws {
        #expect(try found("双过半目标") == ["1"])
        #expect(try meetings("text=双过半目标") == ["会议1"])
        // A word of one trigram is the index's own answer.
        #expect(try found("双过半") == ["1", "2"])
        #expect(try meetings("text=半目标") == ["会议1", "会议2"])
    }

    @Test func asciiCaseIsFoldedAsTheIndexFoldsIt() throws {
        #expect(try found("gdp") == ["3"])
        #expect(try found("gdp增长") == ["3"])
        #expect(try meetings("text=Gdp增长6") == ["会议3"])
    }

    @Test func likeWildcardsInAWordAreLiteral() throws {
        #expect(try found("6%以上") == ["3"])
        #expect(try found("a%cd").isEmpty)
        #expect(try found("a_cd").isEmpty)
    }

    @Test func aWordIsOneQuotedPhrase() {
        #expect(FullText.query("双过半目标") == "\"双过半目标\"")
        #expect(FullText.query("a\"bcd") == "\"a\"\"bcd\"")
        #expect(FullText.indexed("过半") == false && FullText.indexed("双过半"))
    }
}
