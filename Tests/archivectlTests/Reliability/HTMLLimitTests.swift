import Archive
import Foundation
import Testing

/// Pages at libxml2's limits: deep nesting keeps all its text, and a tag with absurdly many
/// attributes is named and refused before it can stall the run.
@Suite struct HTMLLimitTests {
    static let paragraph = "某县召开经济运行调度会，县长主持并讲话，会议要求确保全年目标实现。"

    @Test func aPageOf300UnclosedParagraphsAndFontsKeepsAllItsText() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = "<html><head><title>会议</title></head><body>"
            + (1...300).map { "<p><font>第\($0)段。" }.joined() + "<p><font>" + Self.paragraph + "</body></html>"
        let page = folder.appending(path: "deep.html")
        try Data(html.utf8).write(to: page)
        let db = folder.appending(path: "archive.db").path
        let result = try CLI.run(["ingest", "--db", db, page.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try ArchiveInspection(db).connection.scalar("SELECT normalized_text FROM documents").stringValue ?? ""
        #expect(text.contains("第300段"), "\(text.suffix(200))")
        #expect(text.contains(Self.paragraph))
        #expect(try ArchiveInspection(db).connection.scalar("SELECT repairs FROM documents").stringValue == "[]")
    }

    @Test func aReportWrappedIn300DivsIsArchived() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = "<html><body>" + String(repeating: "<div>", count: 300) + Self.paragraph
            + String(repeating: "</div>", count: 300) + "</body></html>"
        let page = folder.appending(path: "wrapped.html")
        try Data(html.utf8).write(to: page)
        let result = try CLI.run(["ingest", "--db", folder.appending(path: "archive.db").path, page.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 added"))
    }

    @Test func aTagWith200000AttributesIsNamedAndTheGoodFilesArchivedInBoundedTime() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appending(path: "in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let seed = try String(contentsOf: Paths.seed("001"), encoding: .utf8)
        for number in 1...100 {
            try Data((seed + "\n第\(number)页\n").utf8).write(to: inputs.appending(path: "good-\(number).txt"))
        }
        let attributes = (0..<200_000).map { " a\($0)=\"\"" }.joined()
        let stall = inputs.appending(path: "stall.html")
        try Data(("<html><body><p" + attributes + ">" + Self.paragraph + "</p></body></html>").utf8).write(to: stall)
        let db = folder.appending(path: "archive.db").path
        let start = Date()
        let result = try CLI.run(["ingest", "--db", db, inputs.path])
        let seconds = Date().timeIntervalSince(start)
        #expect(result.status == 1)
        HostileInputTests.expectOneLine(result, naming: stall.path, saying: ["attributes", "1000"])
        #expect(result.stdout.contains("100 added, 0 skipped, 1 failed"), "\(result.stdout)")
        // Parsing it took libxml2 over two minutes; the refusal is a scan of its bytes.
        #expect(seconds < 60, "the run took \(seconds) s")
    }
}
