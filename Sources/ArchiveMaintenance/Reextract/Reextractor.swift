import ArchiveExtract
import ArchiveIngest
import ArchiveModel
import ArchiveQuery
import ArchiveResources
import ArchiveStore
import ArchiveText
import ArchiveThreads
import FoundationEssentials

/// Which documents a reextract reads.
public enum ReextractSelection: Sendable, Equatable {
    /// Those whose facts came from rules other than the archive's current ones.
    case outdated
    /// These documents, whatever their rules.
    case documents([Int64])
}

public struct ReextractSummary: Sendable, Equatable {
    /// Documents extracted again.
    public var reextracted = 0
    /// Of those, the documents whose facts differ from what was archived.
    public var changed = 0
    /// Corrections applied to the new facts.
    public var correctionsKept = 0
    /// Corrections whose fact the new extraction no longer has: (correction id, document sha256).
    public var vanished: [VanishedCorrection] = []
    /// Added, removed and changed facts per kind, over all documents.
    public var diff = FactDiff()
    public init() {}
}

/// Extracts archived documents again from their normalized text (no file, no decoding) with the
/// archive's current rules, and replaces the facts of those whose facts differ. Documents are
/// written a batch per transaction, each document's rules version with its facts: a kill loses at
/// most the open batch and leaves every document whole, and a rerun picks up the documents still
/// on older rules.
public final class Reextractor {
    public let database: ArchiveDatabase
    public let rules: ArchiveRules
    public var batchSize = 256
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Called after each batch is committed (or, in a dry run, compared), with the batch's
    /// documents; tests stop a run at a known point through it.
    public var afterBatch: (Int) -> Void = { _ in }

    public init(database: ArchiveDatabase) throws {
        self.database = database
        rules = try ArchiveRules(connection: database.connection)
    }

    /// The documents a selection reads, in id order.
    public func documents(_ selection: ReextractSelection) throws -> [Int64] {
        switch selection {
        case .documents(let ids): return Array(Set(ids)).sorted()
        case .outdated:
            return try database.connection.rows("SELECT id FROM documents WHERE rules_version IS NOT ? ORDER BY id",
                                                [rules.version]).compactMap { $0["id"].int64Value }
        }
    }

    /// Extracts `ids` again; with `dryRun` compares only and writes nothing. `progress` is told
    /// how many documents are done after each batch.
    public func run(_ ids: [Int64], dryRun: Bool = false, progress: (Int) -> Void = { _ in }) throws -> ReextractSummary {
        var summary = ReextractSummary()
        guard !ids.isEmpty else { return summary }
        let connection = database.connection
        // A killed large ingest's indexes first: without them each document's facts are found by
        // reading whole tables.
        if !dryRun, try DeferredIndexes.pending(connection) { try DeferredIndexes.build(connection) }
        let reader = ReportReader(connection: connection)
        let writer = ReportWriter(connection: connection, rulesVersion: rules.version)
        let lens = StoredLens(connection: connection)
        var done = 0
        var start = 0
        // The next batch is extracted on the workers while this thread compares and writes one.
        var pending = try startExtraction(Array(ids[0..<min(ids.count, batchSize)]))
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + batchSize)])
            let (inputs, extracted) = pending.finish()
            let nextStart = start + chunk.count
            if nextStart < ids.count {
                pending = try startExtraction(Array(ids[nextStart..<min(ids.count, nextStart + batchSize)]))
            }
            let body = {
                for (input, facts) in zip(inputs, extracted) {
                    guard let old = try reader.report(documentID: input.id) else { continue }
                    var new = lens.asStored(Self.report(facts, document: old.document))
                    let applied = try writer.corrections.apply(to: &new, documentID: input.id, record: !dryRun)
                    summary.correctionsKept += applied.kept
                    summary.vanished += applied.vanished
                    summary.reextracted += 1
                    let diff = FactDiff(old: old, new: new)
                    if !diff.isEmpty { summary.changed += 1 }
                    summary.diff += diff
                    if dryRun { continue }
                    if diff.isEmpty {
                        try connection.execute("UPDATE documents SET rules_version = ? WHERE id = ?", [self.rules.version, input.id])
                    } else {
                        try self.replace(input.id, old: old, new: new, writer: writer)
                    }
                }
            }
            if dryRun { try body() } else { try connection.transaction(body) }
            done += chunk.count
            start = nextStart
            progress(done)
            afterBatch(chunk.count)
        }
        if !dryRun { database.checkpoint() }
        return summary
    }

    struct Input: Sendable {
        let id: Int64
        let document: DecodedDocument
    }

    private func readInputs(_ ids: [Int64]) throws -> [Input] {
        let statement = try database.connection.cached("""
            SELECT id, normalized_text, extraction_input, title, published, publisher, rules_version
            FROM documents WHERE id = ?
            """)
        return try ids.compactMap { id -> Input? in
            guard let row = try statement.rows([id]).first else { return nil }
            let text = row.string("normalized_text") ?? ""
            // A document archived before its extraction input was recorded: its markup title, date
            // and publisher are unknown, so the archived ones stand in for them.
            let input = ExtractionInput.read(row.string("extraction_input"))
                ?? (row.string("rules_version") == nil
                    ? ExtractionInput(title: row.string("title"), published: row.string("published"), publisher: row.string("publisher"))
                    : ExtractionInput(title: nil, published: nil, publisher: nil))
            return Input(id: id, document: input.document(normalized: text))
        }
    }

    /// A batch being extracted on worker threads.
    struct PendingExtraction {
        let inputs: [Input]
        let results: ResultSlots<Extraction>
        let threads: [JoinableThread]

        /// The inputs and their facts, once every worker is done.
        func finish() -> ([Input], [Extraction]) {
            threads.forEach { $0.join() }
            return (inputs, results.values)
        }
    }

    /// Reads the documents and starts extracting them on `workers` threads.
    private func startExtraction(_ ids: [Int64]) throws -> PendingExtraction {
        let inputs = try readInputs(ids)
        let results = ResultSlots<Extraction>(count: inputs.count)
        let extractor = rules.extractor
        let threads = (0..<max(1, min(workers, inputs.count))).map { _ in
            JoinableThread(stackSize: 16 << 20) {
                while let index = results.claim() {
                    results.set(extractor.extract(inputs[index].document), at: index)
                }
            }
        }
        return PendingExtraction(inputs: inputs, results: results, threads: threads)
    }

    static func report(_ facts: Extraction, document: DocumentInfo) -> Report {
        var info = document
        info.title = facts.title
        info.published = facts.published
        info.publisher = facts.publisher
        info.authors = facts.authors
        return Report(document: info, meeting: facts.meeting, people: facts.people, indicators: facts.indicators,
                      goals: facts.goals)
    }

    /// The document's facts replaced by `new`'s; its title, date and publisher updated (the title
    /// only when it changed: an update of it rewrites the document's full-text entry).
    private func replace(_ id: Int64, old: Report, new: Report, writer: ReportWriter) throws {
        let connection = database.connection
        for table in ["participations", "indicator_values", "goal_mentions", "authors", "meetings"] {
            try connection.cached("DELETE FROM \(table) WHERE document_id = ?").execute([id])
        }
        try writer.writeFacts(new, documentID: id, correctionsApplied: true)
        if old.document.title != new.document.title {
            try connection.execute("UPDATE documents SET title = ? WHERE id = ?", [new.document.title, id])
        }
        try connection.execute("UPDATE documents SET published = ?, publisher = ?, rules_version = ? WHERE id = ?",
                               [new.document.published, new.document.publisher, rules.version, id])
    }
}

/// A report as the archive would store it: codes outside the archive's regions and indicators
/// kept as names only, and each person once (as ReportWriter writes them), so that comparing it
/// with the archived report finds only real differences.
struct StoredLens {
    let regions: Set<String>
    let indicators: Set<String>

    init(connection: Connection) {
        regions = Set(((try? connection.rows("SELECT code FROM regions")) ?? []).compactMap { $0.string("code") })
        indicators = Set(((try? connection.rows("SELECT code FROM indicators")) ?? []).compactMap { $0.string("code") })
    }

    func asStored(_ report: Report) -> Report {
        var report = report
        report.meeting.region = region(report.meeting.region)
        var seen = Set<String>()
        report.people = report.people.filter { seen.insert($0.name).inserted }
        for index in report.indicators.indices {
            report.indicators[index].region = region(report.indicators[index].region)
            if let code = report.indicators[index].indicator, !indicators.contains(code) { report.indicators[index].indicator = nil }
        }
        return report
    }

    private func region(_ ref: RegionRef?) -> RegionRef? {
        guard var ref else { return nil }
        if let code = ref.code, !regions.contains(code) { ref.code = nil; ref.level = nil }
        if ref.code == nil { ref.level = nil }
        return ref
    }
}
