import Archive
@testable import ArchiveStore
import CSQLite
import Testing

/// Values bound to a statement arrive in SQLite as written.
@Suite struct StatementTests {
    @Test func textIsBoundWhole() throws {
        let connection = try Connection(path: ":memory:")
        let select = try connection.prepare("SELECT ?, length(?), typeof(?)")
        for text in ["", "a", "双过半", "全年GDP增长8%，" + String(repeating: "经济", count: 5_000), "e\u{301}"] {
            let row = try #require(select.rows([text, text, text]).first)
            #expect(row[0].stringValue == text)
            #expect(row[1].int64Value == Int64(text.unicodeScalars.count))
            #expect(row[2].stringValue == "text")
        }
    }

    /// As SQLite reads text it is given without a length: up to the first NUL.
    @Test func textIsCutAtANul() throws {
        let connection = try Connection(path: ":memory:")
        // hex() shows every stored byte; reading the text back would stop at a NUL by itself.
        let row = try #require(connection.prepare("SELECT hex(?)").rows(["双过\u{0}半"]).first)
        #expect(row[0].stringValue == "E58F8CE8BF87")
    }

    @Test func firstIntegerReadsTheFirstColumnOfTheFirstRow() throws {
        let connection = try Connection(path: ":memory:")
        try connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER)")
        try connection.execute("INSERT INTO t (id, name, n) VALUES (7, '张三', NULL), (9, '李四', 4)")
        #expect(try connection.prepare("SELECT id FROM t WHERE name = ?").firstInteger(["李四"]) == 9)
        #expect(try connection.prepare("SELECT id FROM t WHERE name = ?").firstInteger(["王五"]) == nil)
        #expect(try connection.prepare("SELECT n FROM t WHERE id = ?").firstInteger([7]) == nil)
    }

    /// Memory statistics are off from the first connection on (they cost a global mutex per
    /// allocation): SQLite then reports no memory in use, however much it holds.
    @Test func sqliteKeepsNoMemoryStatistics() throws {
        let connection = try Connection(path: ":memory:")
        try connection.execute("CREATE TABLE t (x TEXT)")
        try connection.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) INSERT INTO t SELECT hex(randomblob(1000)) FROM n")
        #expect(sqlite3_memory_used() == 0)
    }
}
