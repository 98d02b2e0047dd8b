import Foundation
import Testing

enum QueryLanguage {
    /// The root help lists the subcommands (`query --help` would print the root help, exit 0, without one).
    static let available: Bool = (try? CLI.run(["--help"]).stdout.contains("\n  query ")) == true

    static let keys = ["indicator", "value", "kind", "measure", "unit", "comparator", "period", "goal", "stance",
                       "person", "title", "role", "region", "level", "date", "year", "meeting", "text"]
}

/// Filters as users (and scripts) really type them: huge, half-quoted, with control characters,
/// empty values, pieces of SQL. Each is an error (exit 2, one message) or a right answer; never a
/// crash, never rows the filter does not select, never a change to the archive.
/// Enabled once the build has the `query` command.
@Suite(.enabled(if: QueryLanguage.available, "needs the query command"))
struct QueryInputTests {

    /// The seeds' archive, made once for the suite.
    static let archive: String = {
        let folder = Paths.temporaryFolder()
        let db = folder.appending(path: "archive.db").path
        _ = try? CLI.run(["ingest", "--quiet", "--db", db, Paths.seeds.path])
        return db
    }()

    struct Answer {
        let result: CLI.Result
        var rows: [String] { result.stdout.split(separator: "\n").map(String.init) }
        var isError: Bool { result.status == 2 }
    }

    static func query(_ filter: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Answer {
        let started = Date()
        let result = try CLI.run(["query", "--db", archive, "--format", "jsonl", filter])
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 10, "\(seconds) s for a \(filter.utf8.count)-byte filter", sourceLocation: sourceLocation)
        #expect([0, 2].contains(result.status), "status \(result.status) for \(filter.prefix(80).debugDescription): \(result.stderr.prefix(500))",
                sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
        if result.status == 2 {
            #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
            #expect(!result.stderr.isEmpty, "an error without a message", sourceLocation: sourceLocation)
        }
        return Answer(result: result)
    }

    /// Whatever was asked, the archive is as it was.
    static func expectUnchanged(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let inspection = try ArchiveInspection(archive)
        #expect(try inspection.integrity == "ok", sourceLocation: sourceLocation)
        #expect(try inspection.documents == 5, sourceLocation: sourceLocation)
        #expect(try inspection.count("SELECT count(*) FROM sqlite_master WHERE type = 'table'") >= 10, sourceLocation: sourceLocation)
    }

    @Test func aHundredKilobyteFilterIsRefusedInAFewShortLines() throws {
        // Within the limits, the same term many times selects what it selects once.
        let one = try Self.query("year=2023")
        let repeated = try Self.query(String(repeating: "year=2023 ", count: 150))
        #expect(!one.isError && !repeated.isError)
        #expect(Set(repeated.rows) == Set(one.rows))
        // 100 KB: one term ten thousand times (SQLite refused the expression as too deep), one
        // enormous value, key or word, an enormous list.
        let big = String(repeating: "湖", count: 34_000)
        for filter in [String(repeating: "year=2023 ", count: 10_000), "region=" + big, "person=" + big, big + "=1",
                       "indicator=" + Array(repeating: "GDP", count: 25_000).joined(separator: ","),
                       "text=" + (0..<12_000).map { "湖\($0)" }.joined(separator: ","), String(repeating: "x", count: 100_000)] {
            let answer = try Self.query(filter)
            #expect(answer.isError, "\(filter.prefix(40))…: status \(answer.result.status)")
            // The message does not print the 100 KB back.
            #expect(answer.result.stderr.utf8.count < 2_000, "\(filter.prefix(40))…: \(answer.result.stderr.utf8.count) bytes of message")
        }
        // Many terms or values, each short: refused before SQLite's expression-depth limit.
        let terms = (0..<1_000).map { "year=\(2000 + $0 % 30)" }.joined(separator: " ")
        #expect(try Self.query(terms).isError)
        let values = "person=" + (0..<1_000).map { "张\($0)" }.joined(separator: ",")
        #expect(try Self.query(values).isError)
        try Self.expectUnchanged()
    }

    @Test(arguments: ["title=\"市委书记", "title='市委书记", "person=“曹普华", "person=「曹普华", "title=市委\"书记",
                      "\"", "'", "title=\"\"\"", "region=\"岳阳市\"\"", "text=\"经济 工作", "person=\"a\"b"])
    func unbalancedQuotesAreErrorsOrExactAnswers(filter: String) throws {
        let answer = try Self.query(filter)
        if !answer.isError {
            // A quote that was accepted is part of the value: such a name matches nothing here.
            #expect(answer.rows.isEmpty, "\(filter): \(answer.rows.prefix(3))")
        }
        try Self.expectUnchanged()
    }

    @Test(arguments: ["\u{1}", "\u{7}", "\u{8}", "\u{1B}[2J\u{1B}[31m", "\u{7F}", "\r", "\u{85}", "\u{2028}", "\u{FEFF}", "\u{200B}"])
    func controlCharactersAreErrorsOrExactAnswers(control: String) throws {
        for filter in ["region=岳阳\(control)市", "person=\(control)", "\(control)year=2023", "year=2023\(control)", control] {
            let answer = try Self.query(filter)
            if !answer.isError && filter != control && !filter.hasPrefix(control) && !filter.hasSuffix(control) {
                #expect(answer.rows.isEmpty, "\(filter.debugDescription): \(answer.rows.prefix(3))")
            }
            // A message never replays terminal escapes to the user's terminal.
            #expect(!answer.result.stderr.contains("\u{1B}"), "\(filter.debugDescription): raw escape in the message")
        }
        try Self.expectUnchanged()
    }

    @Test(arguments: QueryLanguage.keys)
    func everyKeyWithAnEmptyValueIsAnError(key: String) throws {
        for filter in ["\(key)=", "\(key)= year=2023", "\(key)!=", "\(key)=,", "\(key)=GDP,"] {
            let answer = try Self.query(filter)
            #expect(answer.isError, "\(filter): answered \(answer.rows.count) rows instead of an error")
            #expect(answer.result.stderr.contains(key), "\(filter): the message does not name \(key): \(answer.result.stderr)")
        }
        // A quoted empty value is still empty: an error, or (for names) nothing matches.
        let quoted = try Self.query("\(key)=\"\"")
        #expect(quoted.isError || quoted.rows.isEmpty, "\(key)=\"\": \(quoted.rows.count) rows")
    }

    @Test(arguments: [
        "region=岳阳市' OR '1'='1", "person=x' OR 1=1 --", "title=%", "title=_", "person=%'; DROP TABLE documents; --",
        "indicator=GDP; DELETE FROM documents", "text=\"')); DELETE FROM documents; --\"", "region=\"岳阳市\" OR 1=1",
        "meeting=1 OR 1=1", "year=2023 UNION SELECT * FROM documents", "value>=0) OR (1=1", "date>=2023-01-01' --",
        "text=* ", "text=\"\\\"\"", "unit=%' ESCAPE '", "period=2023' || '", "goal=双过半'--", "meeting=1;ATTACH '/tmp/x' AS y",
    ])
    func sqlFragmentsAreOnlyText(filter: String) throws {
        let answer = try Self.query(filter)
        if !answer.isError {
            // Taken as text, these name nothing in the archive, and % or _ are no wildcards.
            #expect(answer.rows.isEmpty, "\(filter): \(answer.rows.count) rows, e.g. \(answer.rows.first?.prefix(200) ?? "")")
        }
        try Self.expectUnchanged()
    }

    @Test func numbersAtTheEdgesAreErrorsOrExactAnswers() throws {
        for filter in ["value>=nan", "value<=inf", "value=-inf", "value>1e309", "value=0x10", "year=+202", "year=-999",
                       "meeting=99999999999999999999", "meeting=-1", "date>=2023-02-31", "date=0000-00", "value>=1_000"] {
            _ = try Self.query(filter)
        }
        #expect(try Self.query("meeting=99999999999999999999").isError)
        #expect(try Self.query("meeting=-1").rows.isEmpty)
        #expect(try Self.query("value>=nan").rows.isEmpty)
        try Self.expectUnchanged()
    }

    @Test func theSQLCommandRefusesWritesAndSecondStatements() throws {
        let version = try ArchiveInspection(Self.archive).count("PRAGMA user_version")
        for statement in ["DELETE FROM documents", "DROP TABLE documents", "SELECT 1; DELETE FROM documents",
                          "UPDATE documents SET title = 'x'", "ATTACH DATABASE '/tmp/evil.db' AS evil",
                          "PRAGMA user_version = 999", "VACUUM", "INSERT INTO documents_fts(documents_fts) VALUES ('delete-all')",
                          "WITH x AS (SELECT 1) DELETE FROM documents"] {
            let result = try CLI.run(["sql", "--db", Self.archive, statement])
            #expect(result.status != 0, "\(statement) was run")
            #expect(!result.stderr.contains("Fatal error"))
            #expect(result.stderr.split(separator: "\n").count <= 3, "\(statement): \(result.stderr)")
        }
        try Self.expectUnchanged()
        #expect(try ArchiveInspection(Self.archive).count("PRAGMA user_version") == version)
    }
}
