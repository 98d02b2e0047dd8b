import Foundation
import Testing

/// ICU, libxml2, OpenCC and libcrypto are opened by ingest on first use, not by every command at
/// start-up (about 3 ms each time). Seen through glibc's loader trace (LD_DEBUG=libs).
@Suite struct LibraryLoadingTests {
    static let ingestOnly = ["libicui18n", "libicuuc", "libxml2", "libopencc", "libcrypto"]

    /// The libraries the loader initialized while the command ran, by file name.
    static func loaded(_ arguments: [String]) throws -> (status: Int32, libraries: [String]) {
        let result = try CLI.run(arguments, environment: ["LD_DEBUG": "libs"])
        let libraries = result.stderr.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "calling init: ") else { return nil }
            return String(line[range.upperBound...].split(separator: "/").last ?? "")
        }
        return (result.status, libraries)
    }

    @Test func queriesLoadNoneOfIngestsLibrariesAndIngestLoadsThem() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "archive.db").path
        let ingest = try Self.loaded(["ingest", "--db", db, Paths.seeds.path])
        #expect(ingest.status == 0)
        // No trace at all means this C library has no LD_DEBUG (not glibc): nothing to check.
        try #require(ingest.libraries.contains { $0.hasPrefix("libsqlite3") })
        for name in Self.ingestOnly {
            #expect(ingest.libraries.contains { $0.hasPrefix(name + ".so") }, "ingest did not load \(name)")
        }
        for command in [["search", "双过半"], ["search", "过半"], ["query", "indicator=GDP"], ["stats"],
                        ["compare", "indicator=GDP kind=target"], ["export"], ["show", "meeting", "1"], ["show", "document", "1", "--original"], ["sql", "SELECT count(*) FROM documents"]] {
            let query = try Self.loaded(command + ["--db", db])
            #expect(query.status == 0, "\(command)")
            #expect(query.libraries.contains { $0.hasPrefix("libsqlite3") })
            let loaded = query.libraries.filter { library in Self.ingestOnly.contains { library.hasPrefix($0 + ".so") } }
            #expect(loaded.isEmpty, "\(command.joined(separator: " ")) loaded \(loaded)")
        }
    }

    /// A library as this machine has it, by the sonames the build may link against.
    static func library(_ sonames: [String]) -> String? {
        ["/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib"]
            .flatMap { folder in sonames.map { folder + "/" + $0 } }
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    static let libxml2 = library(["libxml2.so.2", "libxml2.so.16"])
    static let libopencc = library(["libopencc.so.1.1", "libopencc.so.1.2", "libopencc.so.2"])

    /// Whether this process may make a private mount namespace (root, and a container that allows it).
    static let canUnshare: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        probe.arguments = ["-m", "true"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    /// Runs `archivectl ingest` of the seeds into `db` in a mount namespace of its own, where
    /// `library` is an empty file (/dev/null bound over it).
    static func ingestWithout(_ library: String, into db: String) throws -> (status: Int32, stderr: String) {
        let script = "mount --bind /dev/null \"$1\" && exec \"$2\" ingest --db \"$3\" \"$4\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-m", "sh", "-c", script, "sh", library, CLI.binary.path, db, Paths.seeds.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    /// Without libxml2, ingest must say which library it cannot load, exit 1, and leave no archive.
    @Test(.enabled(if: canUnshare && libxml2 != nil, "needs a private mount namespace (root)"))
    func aMissingLibraryStopsIngestWithItsNameBeforeTheArchiveIsMade() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "archive.db").path
        let run = try Self.ingestWithout(Self.libxml2!, into: db)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("archivectl: cannot load libxml2's HTML parser (libxml2.so."), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    /// Without OpenCC, ingest archives everything and warns once that traditional text stays as written.
    @Test(.enabled(if: canUnshare && libopencc != nil, "needs a private mount namespace (root)"))
    func withoutOpenCCIngestWarnsAndArchivesTheTextAsWritten() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appending(path: "archive.db").path
        let run = try Self.ingestWithout(Self.libopencc!, into: db)
        #expect(run.status == 0, "\(run.stderr)")
        let warnings = run.stderr.split(separator: "\n").filter { $0.hasPrefix("archivectl: warning: cannot load OpenCC") }
        #expect(warnings.count == 1, "\(run.stderr)")
        #expect(warnings.first?.hasSuffix("traditional Chinese is archived as written") == true)
        #expect(try SeedArchiveTests.sqlite3(db, "SELECT count(*) FROM documents") == "5")
        // The traditional seeds are archived, not converted.
        #expect(try SeedArchiveTests.sqlite3(db, "SELECT count(*) FROM documents WHERE repairs LIKE '%traditional-to-simplified%'") == "0")
        #expect(try SeedArchiveTests.sqlite3(db, "SELECT count(*) FROM documents WHERE instr(normalized_text, '經濟') > 0") != "0")
    }
}
