/// Builds the tables every worker reads (the gazetteer and its lookup, the meeting lexicon and its
/// patterns, names, common words, script characters, OpenCC's dictionaries) on threads of their own,
/// started before the archive is opened. Built lazily instead, the first worker built them while the
/// other waited for the same tables, after the writer had created the archive alone: the first
/// 0.3 s of an ingest used one core of two (10,000 reports).
public final class TableWarmUp: @unchecked Sendable {
    private let done = Condition()
    private var finished = 0

    /// Starts building; `workers` OpenCC handles are opened, one for each worker.
    public init(workers: Int) {
        // Two threads: the script-character sets (OpenCC's two dictionaries over every CJK
        // character) take as long as all the rest.
        let parts: [@Sendable () -> Void] = [Self.buildScriptCharacters, { Self.build(workers: workers) }]
        for part in parts {
            DetachedThread.start(stackSize: 1 << 20) { [self] in
                part()
                done.lock()
                finished += 1
                done.broadcast()
                done.unlock()
            }
        }
    }

    /// Returns once the tables are built. An ingest waits before it returns, so the process never
    /// exits while this thread is still inside a C++ library's constructors.
    public func wait() {
        done.lock()
        while finished < 2 { done.wait() }
        done.unlock()
    }

    private static func buildScriptCharacters() {
        _ = ScriptCharacters.shared
    }

    private static func build(workers: Int) {
        _ = HostRegion.builtIn
        _ = People.builtIn
        _ = MeetingLexicon.builtIn
        _ = IndicatorVocabulary.builtIn
        _ = GoalVocabulary.builtIn
        _ = CommonWords.shared
        _ = ScalarBitmap.ideographic
        ChineseConverter.toSimplified.open(handles: workers)
    }
}
