import ArchiveModel
import ArchiveStore
import ArchiveText
import FoundationEssentials

/// Stores prepared documents a batch per transaction, each document still whole or not at all.
///
/// A batch is one transaction: its documents go in by one statement (see
/// `ReportWriter.writeDocuments`), then their facts. A crash or kill loses the uncommitted batch and
/// nothing else, and never leaves part of a document. When anything in a batch fails, the batch is
/// rolled back and its documents are stored again one transaction each, so a document that cannot
/// be stored fails alone and the others go in. (A savepoint per document would do the same, but
/// FTS5 writes its pending index data out at every savepoint, which is the cost batching saves.)
struct BatchStore {
    let connection: Connection
    let writer: ReportWriter

    init(connection: Connection, rulesVersion: String? = nil) {
        self.connection = connection
        self.writer = ReportWriter(connection: connection, rulesVersion: rulesVersion)
    }

    /// The outcome of each document, in order.
    func store(_ documents: [(report: Report, decoded: DecodedDocument)]) -> [IngestOutcome] {
        guard documents.count > 1 else { return documents.map(storeOne) }
        do {
            let stored = try connection.transaction {
                var outcomes: [IngestOutcome] = []
                var fresh: [(report: Report, decoded: DecodedDocument)] = []
                var seen = Set<String>()
                for document in documents {
                    let sha = document.report.document.sha256
                    // Checked again under the write lock: another process, or an earlier file of this
                    // batch, may have stored the same bytes since the workers looked.
                    if try seen.contains(sha) || writer.contains(sha256: sha) {
                        outcomes.append(.skipped)
                    } else {
                        seen.insert(sha)
                        fresh.append(document)
                        outcomes.append(.added(documentID: 0))
                    }
                }
                let firstID = try writer.nextDocumentID()
                try writer.writeDocuments(fresh, firstID: firstID)
                for (offset, document) in fresh.enumerated() {
                    try writer.writeFacts(document.report, documentID: firstID + Int64(offset))
                }
                TestPause.reach(.writing)
                var nextID = firstID
                return outcomes.map { outcome in
                    guard case .added = outcome else { return outcome }
                    defer { nextID += 1 }
                    return .added(documentID: nextID)
                }
            }
            TestPause.reach(.stored)
            return stored
        } catch let error as DatabaseError where error.isBusy {
            // Another process held the archive past every retry; one document at a time would wait as long again each.
            return documents.map { _ in .failed(reason: DocumentPreparer.reason(error)) }
        } catch {
            return documents.map(storeOne)
        }
    }

    /// One document in its own transaction.
    func storeOne(_ document: (report: Report, decoded: DecodedDocument)) -> IngestOutcome {
        do {
            let outcome: IngestOutcome = try connection.transaction {
                if try writer.contains(sha256: document.report.document.sha256) { return .skipped }
                let id = try writer.write(document.report, decoded: document.decoded)
                TestPause.reach(.writing)
                return .added(documentID: id)
            }
            if case .added = outcome { TestPause.reach(.stored) }
            return outcome
        } catch {
            return .failed(reason: DocumentPreparer.reason(error))
        }
    }
}
