import ArchiveExtract
import ArchiveModel
import ArchiveStore
import ArchiveText
import ArchiveThreads
import FoundationEssentials
import Glibc

/// Limits and choices of one ingest run.
public struct IngestOptions: Sendable {
    /// Files larger than this are refused whole rather than truncated.
    public var maxBytes: Int
    /// Threads that read, decode and extract at once; one more thread (the caller's) writes.
    public var workers: Int
    /// Most documents stored per transaction; 1 stores each in its own. Each document is whole or
    /// absent either way (see BatchStore).
    public var batchSize: Int
    /// Longest time a batch waits to fill before it is stored anyway.
    public var batchSeconds: Double
    /// When the fact tables' indexes are written (see DeferredIndexes).
    public var indexes: IndexTiming
    /// Whether the archive, when it holds documents, is checked (`PRAGMA quick_check`) before the
    /// run first writes into it; a damaged one stops the run (`IngestSummary.refusal`).
    public var checkBeforeWriting = false

    /// Each commit writes every page its batch touched, and in a large archive a batch touches
    /// nearly every page of the index of people's names (their inserts land anywhere in it), so
    /// larger batches write those pages less often, for more resident memory while a batch waits.
    public static let defaultBatchSize = 512

    public init(maxBytes: Int = 20 * 1024 * 1024, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                batchSize: Int = IngestOptions.defaultBatchSize, batchSeconds: Double = 1, indexes: IndexTiming = .auto) {
        self.maxBytes = maxBytes
        self.workers = max(1, workers)
        self.batchSize = max(1, batchSize)
        self.batchSeconds = batchSeconds
        self.indexes = indexes
    }
}

/// When an ingest writes the fact tables' indexes.
public enum IndexTiming: String, Sendable, CaseIterable {
    /// Row by row, as each document is stored: queries stay fast during the ingest.
    case during
    /// Once, when the run ends, each by one sort of its table: far less work for a large load.
    /// Queries during the run are right but read whole tables.
    case after
    /// `after` for a run of at least `autoMinimum` inputs and at least as many as the archive
    /// holds documents (the build reads the whole archive); `during` otherwise.
    case auto

    public static let autoMinimum = 1_000

    /// Whether a run of `inputs` into an archive of `documents` builds its indexes at the end.
    public func defers(inputs: Int, documents: Int) -> Bool {
        switch self {
        case .during: false
        case .after: true
        case .auto: inputs >= Self.autoMinimum && inputs >= documents
        }
    }
}

/// What happened to one input.
public enum IngestOutcome: Sendable, Equatable {
    case added(documentID: Int64)
    case skipped
    case failed(reason: String)
}

public struct IngestSummary: Sendable, Equatable {
    public var added = 0
    public var skipped = 0
    public var failures: [InputProblem] = []
    public var failed: Int { failures.count }
    /// Why the run stopped before writing anything (a damaged archive); the counts are of the
    /// inputs before that point, none of them stored.
    public var refusal: String?
    public init() {}
}

/// Why one file was not archived.
public struct IngestFailure: Error, CustomStringConvertible, Sendable {
    public let reason: String
    public var description: String { reason }
}

/// Reads, decodes, extracts and stores documents. Reading, decoding and extraction run on
/// `options.workers` threads; the calling thread alone writes, in input order, so document ids and
/// everything else come out as a one-by-one ingest of the same inputs would make them.
public final class Ingestor {
    public let database: ArchiveDatabase
    public let options: IngestOptions
    let preparer: DocumentPreparer
    let store: BatchStore
    /// The rules this run extracts with; each document records their version.
    public let rules: ArchiveRules

    public init(database: ArchiveDatabase, options: IngestOptions = IngestOptions()) throws {
        try Self.requireLibraries()
        // Before anything is written: a row of deferred_indexes archivectl did not write is refused.
        try DeferredIndexes.check(database.connection)
        self.database = database
        self.options = options
        // Aliases come from the archive, so rows users add to indicator_aliases take effect.
        rules = try ArchiveRules(connection: database.connection)
        preparer = DocumentPreparer(pipeline: TextPipeline(), extractor: rules.extractor, options: options)
        store = BatchStore(connection: database.connection, rulesVersion: rules.version)
    }

    /// Throws MissingLibrary when a system library ingest needs (ICU, libxml2, libcrypto) cannot
    /// be loaded; loads them otherwise (IngestLibraries).
    public static func requireLibraries() throws(MissingLibrary) {
        if let missing = IngestLibraries.missing() { throw missing }
    }

    /// Why traditional Chinese would be archived unconverted on this system (OpenCC or its
    /// dictionary missing), or nil.
    public static func conversionProblem() -> String? { IngestLibraries.conversionProblem() }

    /// Ingests every source; `progress` is told of each outcome, in input order, on the calling
    /// thread, once the document is committed. `buildingIndexes` is called before indexes are built
    /// (DeferredIndexes), which takes seconds for a large archive.
    public func run(_ sources: InputList,
                    progress: (InputSource, IngestOutcome) -> Void = { _, _ in },
                    buildingIndexes: () -> Void = {}) -> IngestSummary {
        var summary = IngestSummary()
        // Workers stay at most two batches ahead of the writer (one in the store, one ready; three
        // while the last batches' indexes are built): memory is flat in the corpus size, and the
        // writer rarely waits for a batch.
        let handoff = OrderedHandoff<PreparedSource>(count: sources.count, window: Self.loadWindow(options))
        BulkLoad.prepare(database.connection)
        let connection = database.connection
        let documentsBefore = Int((try? store.writer.nextDocumentID()) ?? 1) - 1
        var deferIndexes = options.indexes.defers(inputs: sources.count, documents: documentsBefore)
        let checkpointer = BackgroundCheckpoint(path: database.path)
        var indexesDropped = false
        var indexesWaiting = 0, announced = false
        // Checked once, before the first write, so a rerun that only finds duplicates reads nothing more.
        var checked = !options.checkBeforeWriting || documentsBefore == 0
        func intact() -> Bool {
            if checked { return true }
            checked = true
            do { try database.requireIntact() } catch {
                summary.refusal = "\(error)"
            }
            return summary.refusal == nil
        }
        // A killed ingest's indexes: built now, unless this run builds its own at the end anyway.
        if !deferIndexes, (try? DeferredIndexes.pending(connection)) == true, intact() {
            buildingIndexes()
            do { try DeferredIndexes.build(connection) } catch { summary.failures.append(indexProblem(error)) }
        }
        // Workers look digests up in the archive beside the writer (a read connection each); an
        // archive that held no documents has none to find, and the writer checks each document again.
        startWorkers(sources, handoff: handoff, archivePath: documentsBefore == 0 ? nil : database.path)
        var index = 0
        while index < sources.count {
            // The first batch is small: until it is stored the writer, the thread the run waits on,
            // has nothing to do.
            let batch = nextBatch(from: handoff, documents: index == 0 ? min(options.batchSize, Self.firstBatch) : options.batchSize)
            if batch.isEmpty { break }
            let documents = batch.compactMap { item -> (report: Report, decoded: DecodedDocument)? in
                if case .document(let report, let decoded) = item { return (report, decoded) }
                return nil
            }
            if summary.refusal != nil || (!documents.isEmpty && !intact()) {
                handoff.stop()
                break
            }
            // Dropped with the first documents to store: a run of duplicates leaves the indexes be.
            if deferIndexes && !indexesDropped && !documents.isEmpty {
                do {
                    try DeferredIndexes.drop(connection)
                    indexesDropped = true
                    indexesWaiting = (try? DeferredIndexes.waiting(connection)) ?? 0
                } catch { deferIndexes = false }
            }
            var stored = store.store(documents).makeIterator()
            for (offset, item) in batch.enumerated() {
                let outcome: IngestOutcome
                switch item {
                case .document: outcome = stored.next() ?? .failed(reason: "not stored")
                case .duplicate: outcome = .skipped
                case .failed(let reason): outcome = .failed(reason: reason)
                }
                let source = sources[index + offset]
                switch outcome {
                case .added: summary.added += 1
                case .skipped: summary.skipped += 1
                case .failed(let reason): summary.failures.append(InputProblem(path: source.name, reason: reason))
                }
                progress(source, outcome)
            }
            index += batch.count
            // The batch's documents join the full-text index now, beside the workers; a failure is
            // left to the build after the last batch, which reports it.
            if indexesDropped { try? DeferredIndexes.indexFullTextSoFar(connection) }
            // Over the last batches, one dropped index is built after each while the workers
            // prepare the next, so no core idles through the whole build. An index built early is written row by row for the
            // batches after it, which the small tables' indexes, built first
            // (DeferredIndexes.tables), barely notice.
            if indexesWaiting > 0, sources.count - index <= indexesWaiting * options.batchSize {
                if !announced {
                    buildingIndexes()
                    announced = true
                    handoff.widen(to: Self.indexBuildWindow(options))
                }
                // Sorted in a small cache, as at the end: with the load's, a large table's sort
                // beside the workers' batches took 100,000 reports 32 MB higher (169 against 137 MB).
                BulkLoad.prepareIndexBuild(connection)
                // A failure is left to the build after the last batch, which reports it.
                let built = (try? DeferredIndexes.buildNext(connection)) ?? false
                indexesWaiting = built ? indexesWaiting - 1 : 0
                BulkLoad.resumeLoad(connection)
            }
        }
        // The workers' read connections must be closed for the checkpoint to fold the whole log back.
        handoff.waitForWorkers()
        // Also a killed run's, when this one meant to build at the end but did not drop any.
        if summary.refusal == nil && (indexesDropped || (try? DeferredIndexes.pending(connection)) == true) && intact() {
            if !announced { buildingIndexes() }
            BulkLoad.prepareIndexBuild(connection)
            do { try DeferredIndexes.build(connection) } catch { summary.failures.append(indexProblem(error)) }
        }
        // Stopped only now: while the writer builds the indexes alone, the checkpoints use the core
        // the workers left, and the last one below has that much less to copy.
        checkpointer?.stop()
        BulkLoad.finish(connection)
        database.checkpoint()
        return summary
    }

    /// The archive as the input that failed: its documents are stored, its indexes not built.
    private func indexProblem(_ error: Error) -> InputProblem {
        InputProblem(path: database.path, reason: "the documents are stored, but building the indexes failed ("
                     + ((error as? DatabaseError)?.message ?? "\(error)") + "); the next ingest builds them")
    }

    /// Documents in the first batch (see `run`).
    static let firstBatch = 32

    /// The next items in order: up to `limit` documents (and the duplicates and failures
    /// between them), or fewer when the next is not ready within `batchSeconds`.
    private func nextBatch(from handoff: OrderedHandoff<PreparedSource>, documents limit: Int) -> [PreparedSource] {
        var batch: [PreparedSource] = []
        var documents = 0
        let deadline = Date().addingTimeInterval(options.batchSeconds)
        while documents < limit && batch.count < 4 * options.batchSize {
            guard let item = handoff.take(before: batch.isEmpty ? nil : deadline) else { break }
            if case .document = item { documents += 1 }
            batch.append(item)
        }
        return batch
    }

    /// How far the workers may run ahead of the writer: two batches, so one is ready while the
    /// writer stores the other.
    static func loadWindow(_ options: IngestOptions) -> Int { window(batches: 2, options) }

    /// Once the writer builds indexes between the last batches, a third: while it builds one
    /// (up to a second at 100,000 reports) the workers fill the window and then wait.
    static func indexBuildWindow(_ options: IngestOptions) -> Int { window(batches: 3, options) }

    /// `batches` batches, plus two documents per worker in flight beyond them.
    private static func window(batches: Int, _ options: IngestOptions) -> Int {
        batches * options.batchSize + 2 * options.workers
    }

    private func startWorkers(_ sources: InputList, handoff: OrderedHandoff<PreparedSource>, archivePath: String?) {
        let preparer = self.preparer
        for _ in 0..<min(options.workers, max(1, sources.count)) {
            handoff.workerStarted()
            DetachedThread.start(stackSize: 16 << 20) {
                Self.yieldToWriter()
                Self.work(sources, handoff: handoff, preparer: preparer, archivePath: archivePath)
                handoff.workerFinished()
            }
        }
    }

    /// Workers run at a lower priority than the writer. The writer is the one thread that cannot be
    /// shared out, so when it is runnable it should have a core: with as many workers as cores,
    /// three threads on two cores gave each two thirds of one, and the whole ingest waited on the
    /// writer's third. The workers still get every cycle the writer leaves.
    private static func yieldToWriter() {
        #if os(Linux)
        // On Linux the nice value is the calling thread's (who = 0), not the whole process's.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, workerNice)
        #endif
    }

    static let workerNice: Int32 = 10

    private static func work(_ sources: InputList, handoff: OrderedHandoff<PreparedSource>,
                             preparer: DocumentPreparer, archivePath: String?) {
        let digests = ArchivedDigests(path: archivePath)
        while let index = handoff.claim() {
            handoff.deliver(preparer.prepare(sources[index], archived: digests.contains), at: index)
        }
    }

    /// One source, whole or not at all, on the calling thread.
    public func ingest(_ source: InputSource) -> IngestOutcome {
        let writer = store.writer
        switch preparer.prepare(source, archived: { (try? writer.contains(sha256: $0)) ?? false }) {
        case .document(let report, let decoded): return store.storeOne((report, decoded))
        case .duplicate: return .skipped
        case .failed(let reason): return .failed(reason: reason)
        }
    }
}
