import Foundation
import Testing

/// The archive as Datasette serves it (scripts/datasette-test), and datasette/metadata.yml as
/// scripts/datasette-metadata writes it from the migrations' comments.
@Suite struct DatasetteTests {
    /// Runs a script of the repository with `arguments`; its status and what it printed.
    static func script(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Paths.repoRoot.appending(path: "scripts/" + name).path] + arguments
        process.currentDirectoryURL = Paths.repoRoot
        let log = Paths.temporaryFolder().appending(path: "log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: log), as: UTF8.self))
    }

    @Test func searchFacetsAndCannedQueriesAnswerThroughTheJSONAPI() throws {
        let (status, output) = try Self.script("datasette-test", [CLI.binary.path])
        if status == 77 {
            // pip cannot install Datasette on this machine: said once, visibly, not failed.
            print(output.split(separator: "\n").last.map(String.init) ?? "scripts/datasette-test: skipped")
            return
        }
        #expect(status == 0, "\(output)")
    }

    @Test func theMetadataIsWhatTheMigrationsDescribe() throws {
        let (status, output) = try Self.script("datasette-metadata", ["--check"])
        #expect(status == 0, "\(output)")
    }
}
