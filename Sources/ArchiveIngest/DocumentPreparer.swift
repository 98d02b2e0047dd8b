import ArchiveExtract
import ArchiveModel
import ArchiveStore
import ArchiveText
import FoundationEssentials
import Glibc

/// A source made ready for the store: a document with its facts, or the reason it needs no storing.
enum PreparedSource: Sendable {
    case document(report: Report, decoded: DecodedDocument)
    case duplicate
    case failed(reason: String)
}

/// Reads, hashes, decodes and extracts one source: the work that needs no write access, so several
/// threads do it at once while one thread writes.
struct DocumentPreparer: Sendable {
    let pipeline: TextPipeline
    let extractor: Extractor
    let options: IngestOptions

    /// `archived` says whether bytes with a digest are already in the archive; it is asked before
    /// decoding, so re-ingesting an archived corpus costs a read and a hash per file.
    func prepare(_ source: InputSource, archived: (String) -> Bool) -> PreparedSource {
        do {
            let bytes = try read(source)
            let sha = SHA256.hex(bytes)
            if archived(sha) { return .duplicate }
            var decoded = try pipeline.process(bytes)
            let report = extractor.report(decoded, source: source.name, sha256: sha)
            decoded.normalizedScalars = nil  // 4 bytes a character, not needed by the writer
            return .document(report: report, decoded: decoded)
        } catch {
            return .failed(reason: Self.reason(error))
        }
    }

    /// The line a user reads for a failure.
    static func reason(_ error: Error) -> String {
        switch error {
        case let error as IngestFailure: return error.reason
        case let error as ReportRejection: return error.reason
        case let error as TextError: return error.description
        case let error as DatabaseError: return "the archive refused the document: \(error.message)"
        default: return "\(error)"
        }
    }

    func read(_ source: InputSource) throws -> [UInt8] {
        switch source {
        case .standardInput:
            // At most one byte past the limit: a huge pipe is refused without being held in memory.
            let bytes = Self.readAll(STDIN_FILENO, upTo: options.maxBytes + 1) ?? []
            guard bytes.count <= options.maxBytes else {
                throw IngestFailure(reason: "too large (over the limit of \(options.maxBytes / 1_048_576) MiB; raise it with --max-size)")
            }
            return bytes
        case .file, .undecodedFile:
            return try readFile(source.pathBytes ?? [])
        }
    }

    /// One open, one fstat and reads straight into the buffer: FileManager's attribute dictionary and
    /// a Data copy cost more than the read itself for the small files reports are.
    /// Opened without blocking, so a pipe or device named as a file is refused by fstat, not waited on.
    private func readFile(_ path: [UInt8]) throws -> [UInt8] {
        let descriptor = PathBytes.withCString(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else {
            throw IngestFailure(reason: errno == ENOENT || errno == ENOTDIR || errno == ELOOP ? "no such file"
                                : errno == ENAMETOOLONG ? "the path is longer than the system allows (\(PATH_MAX) bytes)"
                                : "cannot read the file (permission denied?)")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw IngestFailure(reason: "cannot read the file (permission denied?)") }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw IngestFailure(reason: "\(PathBytes.kind(status.st_mode)), not a regular file; skipped")
        }
        let size = Int(status.st_size)
        guard size <= options.maxBytes else { throw tooLarge(size) }
        // One byte more than the limit, in case the file grew since fstat.
        guard let bytes = Self.readAll(descriptor, upTo: min(size, options.maxBytes) + 1) else {
            throw IngestFailure(reason: "cannot read the file (\(String(cString: strerror(errno))))")
        }
        guard bytes.count <= options.maxBytes else { throw tooLarge(bytes.count) }
        return bytes
    }

    /// The bytes of `descriptor` to its end, or the first `limit` of them, read straight into the
    /// array; again after an interrupted read. Nil when a read fails (errno says why). For a pipe
    /// the whole limit is reserved, but only the pages the reads fill take memory.
    private static func readAll(_ descriptor: Int32, upTo limit: Int) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: limit) { buffer, count in
            count = 0
            while count < limit {
                let got = Glibc.read(descriptor, buffer.baseAddress! + count, limit - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if got == 0 { break }
                count += got
            }
        }
        return failed ? nil : bytes
    }

    private func tooLarge(_ size: Int) -> IngestFailure {
        IngestFailure(reason: "too large (\(size / 1_048_576) MiB; the limit is \(options.maxBytes / 1_048_576) MiB, raise it with --max-size)")
    }
}
