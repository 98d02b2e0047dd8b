/// Builds the tables every worker reads (the gazetteer and its lookup, the meeting lexicon and its
/// patterns, names, common words, script characters, OpenCC's dictionaries) on threads of their own,
/// started before the archive is opened. Built lazily instead, the first worker built them while the
/// other waited for the same tables, after the writer had created the archive alone: the first
/// 0.3 s of an ingest used one core of two (10,000 reports).
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
        _ = ScriptCharacters.shared
    }

    private static func build(workers: Int) {
        _ = HostRegion.builtIn
        _ = People.builtIn
        _ = YearEvidence.builtIn
        _ = MeetingLexicon.builtIn
        _ = IndicatorVocabulary.builtIn
        _ = GoalVocabulary.builtIn
        _ = CommonWords.shared
        _ = ScalarBitmap.ideographic
        ChineseConverter.toSimplified.open(handles: workers)
    }
}
