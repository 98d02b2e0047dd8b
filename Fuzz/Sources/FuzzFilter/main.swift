import Archive
import Foundation
import Glibc

/// Any text as a filter of `archivectl query`, parsed, resolved, planned and run against an
/// archive of the seed reports. A FilterError or QueryOptionError is a fine answer (exit 2 for
/// the user); an SQLite error means a filter reached the database unchecked (exit 1, a message
/// from SQLite): that, a trap or a crash is a bug.
enum Fixture {
    // One thread: libFuzzer calls the callback from the main thread only.
    nonisolated(unsafe) static let archive: ArchiveDatabase = {
    let path = FileManager.default.temporaryDirectory.appending(path: "fuzz-filter-\(getpid()).db").path
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    do {
        let database = try ArchiveDatabase(path: path)
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../../../seeds").standardized.path
        let (sources, _) = InputFiles.expand([seeds])
        _ = try Ingestor(database: database).run(sources)
        return database
    } catch {
        fatalError("cannot build the archive to query: \(error)")
    }
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFilter(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    do {
        let query = try ArchiveQuery(connection: Fixture.archive.connection, filter: text, options: QueryOptions(limit: 50))
        _ = try query.rows()
    } catch let error as FilterError {
        _ = error.rendered
    } catch is QueryOptionError {
    } catch {
        fatalError("filter \(text.debugDescription) reached SQLite: \(error)")
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

// Build the archive and load the region index before the clock starts on the first input.
for warmUp in ["region=湖南 year=2023", "person=曹普华 role=主持", "goal=双过半", "indicator=GDP kind=target"] {
    Array(warmUp.utf8).withUnsafeBufferPointer { _ = fuzzFilter($0.baseAddress, $0.count) }
}
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzFilter))
