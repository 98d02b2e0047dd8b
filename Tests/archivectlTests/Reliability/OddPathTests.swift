import Archive
import Foundation
import Testing

/// Folders as they come from other machines: names that are not UTF-8, pipes, very deep paths,
/// line breaks in names. Every path met is archived, skipped as a duplicate, or named on one line
/// with its reason, and the summary counts the lines printed.
@Suite struct OddPathTests {
    /// GBK bytes of three common words, which are not UTF-8.
    static let gbkNames: [[UInt8]] = [[0xB9, 0xE3, 0xB6, 0xAB], [0xB1, 0xA8, 0xB8, 0xE6], [0xD6, 0xD0, 0xCE, 0xC4]]

    static func path(_ folder: URL, _ parts: [UInt8]...) -> [UInt8] {
        Array(folder.path.utf8) + parts.flatMap { [UInt8(ascii: "/")] + $0 }
    }

    static func write(_ path: [UInt8], _ bytes: Data) throws {
        let descriptor = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        #expect(descriptor >= 0)
        _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    static func makeFolder(_ path: [UInt8]) {
        let code = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { mkdir($0.baseAddress!, 0o755) }
        }
        #expect(code == 0)
    }

    /// Lines of stderr that report a failure, and the summary's failed count agree.
    static func expectCountsMatchLines(_ result: CLI.Result, failed: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("archivectl: ") && !$0.contains("warning:") }
        #expect(lines.count == failed, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.contains(" \(failed) failed"), "\(result.stdout)", sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("archivectl: ") }, "\(result.stderr)",
                sourceLocation: sourceLocation)
    }

    @Test func filesAndFoldersWithGBKNamesAreArchived() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inside = Self.path(folder, Self.gbkNames[0])
        Self.makeFolder(inside)
        try Self.write(Self.path(folder, Self.gbkNames[0], Self.gbkNames[1] + Array(".txt".utf8)), Data(contentsOf: Paths.seed("001")))
        try Self.write(Self.path(folder, Self.gbkNames[2] + Array(".txt".utf8)), Data(contentsOf: Paths.seed("002")))
        try Self.write(Self.path(folder, Array("plain.txt".utf8)), Data(contentsOf: Paths.seed("003")))
        let db = folder.appending(path: "archive.db").path
        let result = try CLI.run(["ingest", "--db", db, folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3 added, 0 skipped, 0 failed"), "\(result.stdout)")
        let sources = try ArchiveInspection(db).connection.rows("SELECT source FROM documents").compactMap { $0.string("source") }
        #expect(sources.contains(folder.path + "/\\xB9\\xE3\\xB6\\xAB/\\xB1\\xA8\\xB8\\xE6.txt"), "\(sources)")
    }

    @Test func aPathNotUTF8NamedAsAnArgumentIsReadByItsBytes() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = Self.path(folder, Self.gbkNames[2] + Array(".txt".utf8))
        try Self.write(file, Data("某县召开经济运行调度会。".utf8))
        let (sources, problems) = InputFiles.expand(bytes: [file, Self.path(folder, Self.gbkNames[1])])
        #expect(Array(sources) == [.undecodedFile(file)])
        #expect(problems.map(\.reason) == ["no such file or folder"])
        #expect(problems.first?.path == folder.path + "/\\xB1\\xA8\\xB8\\xE6")
    }

    @Test func aFIFOInAFolderIsNamedAndTheRunCompletes() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appending(path: "in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Paths.seed("001"), to: inputs.appending(path: "good.txt"))
        let pipe = inputs.appending(path: "pipe.txt").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let db = folder.appending(path: "archive.db").path
        // A run that opened the FIFO would wait for a writer for ever.
        for arguments in [[inputs.path], [pipe, inputs.appending(path: "good.txt").path]] {
            let result = try CLI.run(["ingest", "--db", db] + arguments)
            #expect(result.status == 1)
            HostileInputTests.expectOneLine(result, naming: pipe, saying: ["named pipe", "not a regular file"])
            Self.expectCountsMatchLines(result, failed: 1)
        }
        #expect(try ArchiveInspection(db).documents == 1)
    }

    @Test func aPathLongerThanTheSystemAllowsIsNamed() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Paths.seed("001"), to: folder.appending(path: "good.txt"))
        // Folders made one inside the other by descriptor: their whole path passes PATH_MAX.
        let part = String(repeating: "d", count: 200)
        var descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        var depth = 0
        while depth * 201 < 4_300 {
            #expect(mkdirat(descriptor, part, 0o755) == 0)
            let next = openat(descriptor, part, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = next
            depth += 1
        }
        let file = openat(descriptor, "deep.txt", O_WRONLY | O_CREAT, 0o644)
        close(file)
        close(descriptor)
        let db = folder.appending(path: "archive.db").path
        let result = try CLI.run(["ingest", "--db", db, folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("longer than the system allows"), "\(result.stderr.suffix(300))")
        Self.expectCountsMatchLines(result, failed: 1)
        #expect(try ArchiveInspection(db).documents == 1)
        // Removed by descriptor too: FileManager cannot reach so deep a path.
        _ = try? Process.run(URL(fileURLWithPath: "/bin/rm"), arguments: ["-rf", folder.path]).waitUntilExit()
    }

    @Test func aLineBreakInAFileNameStaysInItsOneLine() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64))
            .write(to: folder.appending(path: "two\nlines.txt"))
        try FileManager.default.copyItem(at: Paths.seed("001"), to: folder.appending(path: "good.txt"))
        let result = try CLI.run(["ingest", "--db", folder.appending(path: "archive.db").path, folder.path])
        #expect(result.status == 1)
        Self.expectCountsMatchLines(result, failed: 1)
        #expect(result.stderr.contains("two\u{240A}lines.txt: "), "\(result.stderr)")
    }
}
