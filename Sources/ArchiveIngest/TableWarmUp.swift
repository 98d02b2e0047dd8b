import ArchiveExtract
import ArchiveText
import ArchiveThreads

/// Builds the tables every worker reads (the gazetteer and its lookup, the meeting lexicon and its
/// patterns, names, common words, script characters, OpenCC's dictionaries) on threads of their own,
/// started before the archive is opened, so no worker waits for another to build a table and the
/// building overlaps the writer's creation of the archive.
public final class TableWarmUp {
    private let threads: [JoinableThread]

    /// Starts building; `workers` OpenCC handles are opened, one for each worker.
    public init(workers: Int) {
        // Two threads: the script-character sets (OpenCC's two dictionaries over every CJK
        // character) take as long as all the rest.
        threads = [JoinableThread(stackSize: 1 << 20, Self.buildScriptCharacters),
                   JoinableThread(stackSize: 1 << 20) { Self.build(workers: workers) }]
    }

    /// Returns once the tables are built. An ingest waits before it returns, so the process never
    /// exits while this thread is still inside a C++ library's constructors.
    public func wait() {
        for thread in threads { thread.join() }
    }

    private static func buildScriptCharacters() {
        TextPipeline.buildScriptCharacters()
    }

    private static func build(workers: Int) {
        Extractor.buildTables()
        TextPipeline.buildTables(converters: workers)
    }
}
