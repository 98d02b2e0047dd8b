import Foundation

/// Limits and choices of one ingest run.
public struct IngestOptions: Sendable {
    /// Files larger than this are refused whole rather than truncated.
    public var maxBytes: Int
    public init(maxBytes: Int = 20 * 1024 * 1024) { self.maxBytes = maxBytes }
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
    public init() {}
}

/// Why one file was not archived.
public struct IngestFailure: Error, CustomStringConvertible, Sendable {
    public let reason: String
    public var description: String { reason }
}

/// Reads, decodes, extracts and stores documents, one transaction per document.
public final class Ingestor {
    public let database: ArchiveDatabase
    public let options: IngestOptions
    let pipeline = TextPipeline()
    let extractor: Extractor
    let writer: ReportWriter

    public init(database: ArchiveDatabase, options: IngestOptions = IngestOptions()) throws {
        self.database = database
        self.options = options
        // Aliases come from the archive, so rows users add to indicator_aliases take effect.
        var aliases: [String: String] = [:]
        for row in try database.connection.rows("SELECT alias, code FROM indicator_aliases") {
            if let alias = row.string("alias"), let code = row.string("code") { aliases[alias] = code }
        }
        extractor = Extractor(indicators: IndicatorVocabulary(aliases: aliases))
        writer = ReportWriter(connection: database.connection)
    }

    /// Ingests every source; `progress` is told of each outcome as it happens.
    public func run(_ sources: [InputSource],
                    progress: (InputSource, IngestOutcome) -> Void = { _, _ in }) -> IngestSummary {
        var summary = IngestSummary()
        for source in sources {
            let outcome = ingest(source)
            switch outcome {
            case .added: summary.added += 1
            case .skipped: summary.skipped += 1
            case .failed(let reason): summary.failures.append(InputProblem(path: source.name, reason: reason))
            }
            progress(source, outcome)
        }
        database.checkpoint()
        return summary
    }

    /// One source, whole or not at all.
    public func ingest(_ source: InputSource) -> IngestOutcome {
        do {
            let bytes = try read(source)
            let sha = SHA256.hex(bytes)
            if try writer.contains(sha256: sha) { return .skipped }
            let report = try prepare(bytes: bytes, sha256: sha, source: source.name)
            return try database.connection.transaction {
                // Another process may have stored the same bytes while we were extracting.
                if try writer.contains(sha256: sha) { return .skipped }
                return .added(documentID: try writer.write(report.report, decoded: report.decoded))
            }
        } catch let error as IngestFailure {
            return .failed(reason: error.reason)
        } catch let error as TextError {
            return .failed(reason: error.description)
        } catch let error as DatabaseError {
            return .failed(reason: "the archive refused the document: \(error.message)")
        } catch {
            return .failed(reason: "\(error)")
        }
    }

    /// Decoding and extraction: pure work that needs no database.
    func prepare(bytes: [UInt8], sha256: String, source: String) throws -> (report: Report, decoded: DecodedDocument) {
        let decoded = try pipeline.process(bytes)
        let facts = extractor.extract(decoded)
        let info = DocumentInfo(source: source, sha256: sha256, title: facts.title, published: facts.published,
                                publisher: facts.publisher, authors: facts.authors, script: decoded.script,
                                repairs: decoded.repairs, encoding: decoded.encoding)
        let report = Report(document: info, meeting: facts.meeting, people: facts.people,
                            indicators: facts.indicators, goals: facts.goals)
        return (report, decoded)
    }

    func read(_ source: InputSource) throws -> [UInt8] {
        switch source {
        case .standardInput:
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= options.maxBytes else { throw tooLarge(data.count) }
            return [UInt8](data)
        case .file(let path):
            let attributes: [FileAttributeKey: Any]
            do {
                attributes = try FileManager.default.attributesOfItem(atPath: path)
            } catch {
                throw IngestFailure(reason: "no such file")
            }
            if let type = attributes[.type] as? FileAttributeType, type != .typeRegular, type != .typeSymbolicLink {
                throw IngestFailure(reason: "not a regular file")
            }
            if let size = attributes[.size] as? Int, size > options.maxBytes { throw tooLarge(size) }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw IngestFailure(reason: "cannot read the file (permission denied?)")
            }
            defer { try? handle.close() }
            let data = (try? handle.read(upToCount: options.maxBytes + 1)) ?? Data()
            guard data.count <= options.maxBytes else { throw tooLarge(data.count) }
            return [UInt8](data)
        }
    }

    private func tooLarge(_ size: Int) -> IngestFailure {
        IngestFailure(reason: "too large (\(size / 1_048_576) MiB; the limit is \(options.maxBytes / 1_048_576) MiB, raise it with --max-size)")
    }
}
