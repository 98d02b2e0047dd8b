import ArgumentParser
import Archive
import FoundationEssentials
import Glibc

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Archive reports from files, folders (.txt, .htm, .html, recursively) or standard input (-).",
        discussion: """
            The same bytes are archived once; each document is stored with all its facts or not at all.
            Exit status: 0 when nothing failed, 1 when some files failed (the rest are archived), 2 for a usage error.

            Examples:
              archivectl ingest seeds/
              archivectl ingest --db hunan.db reports/2023/ reports/2024/
              curl -s URL | archivectl ingest -
            """
    )

    @OptionGroup var database: DatabaseOption

    @Flag(name: .shortAndLong, help: "Print nothing but failures.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print one line per file.")
    var verbose = false

    @Option(name: .long, help: ArgumentHelp("Refuse files larger than this many MiB.", valueName: "MiB"))
    var maxSize: Int = 20

    @Option(name: .long, help: ArgumentHelp(
        "Most documents stored per transaction (1: each in its own). Each document is whole or absent either way; larger batches load faster.",
        valueName: "count"))
    var batchSize: Int = IngestOptions.defaultBatchSize

    @Option(name: .long, help: ArgumentHelp(
        "When the fact tables' indexes are written: during (row by row; queries stay fast meanwhile), after (once at the end, far less work for a large load; queries meanwhile read whole tables), or auto (after when the run has at least 1,000 files and as many as the archive has documents).",
        valueName: "when"))
    var indexes: IndexTiming = .auto

    @Flag(name: .long, help: "Skip the check that the archive is undamaged before the first write into it (it reads the whole file: seconds for 100,000 reports).")
    var noCheck = false

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one file or folder (or - for standard input)") }
        guard maxSize > 0 else { throw ValidationError("--max-size must be a positive number of MiB") }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be a positive number of documents") }
    }

    func run() throws {
        try reportingFailures {
            // Before the archive is created or opened: without these libraries nothing can be read.
            do throws(MissingLibrary) { try Ingestor.requireLibraries() } catch { throw Failure(message: error.message) }
            if let problem = Ingestor.conversionProblem() {
                Terminal.error("archivectl: warning: \(problem); traditional Chinese is archived as written")
            }
            var options = IngestOptions(maxBytes: maxSize * 1_048_576, batchSize: batchSize, indexes: indexes)
            options.checkBeforeWriting = !noCheck
            // While the archive is created or opened on this thread, the workers' tables are built on another.
            let warmUp = TableWarmUp(workers: options.workers)
            defer { warmUp.wait() }
            let archive = try database.open(.readWrite)
            let (sources, problems) = InputFiles.expand(bytes: RawArguments.bytes(of: paths))
            for problem in problems { Terminal.error("archivectl: \(Terminal.oneLine(problem.path)): \(problem.reason)") }
            let ingestor: Ingestor
            do {
                ingestor = try Ingestor(database: archive, options: options)
            } catch let error as DatabaseError {
                throw Failure(message: "\(archive.path): \(error.message)")
            } catch let error as ArchiveError {
                throw Failure(message: error.description)
            }
            if let outdated = try? ingestor.rules.outdatedCount(archive.connection), outdated > 0, !quiet {
                Terminal.error("archivectl: \(Count.text(outdated)) documents of \(archive.path) were extracted by other rules than "
                               + "this archivectl's; `archivectl reextract --db \(archive.path) --dry-run` shows what would change, "
                               + "`archivectl reextract --db \(archive.path)` updates them")
            }
            var printed = 0
            let progress = ProgressLine(total: sources.count, enabled: Terminal.stderrIsTerminal && !quiet && !verbose)
            var summary = ingestor.run(sources) { source, outcome in
                switch outcome {
                case .failed(let reason):
                    progress.clear()
                    printed += 1
                    Terminal.error("archivectl: \(Terminal.oneLine(source.name)): \(reason)")
                case .added(let id) where verbose:
                    Terminal.error("added \(Terminal.oneLine(source.name)) (document \(id))")
                case .skipped where verbose:
                    Terminal.error("skipped \(Terminal.oneLine(source.name)) (already archived)")
                default: break
                }
                progress.advance()
            } buildingIndexes: {
                progress.clear()
                if progress.enabled || verbose { Terminal.error("building the indexes …") }
            }
            progress.clear()
            if let refusal = summary.refusal { throw Failure(message: refusal) }
            // Failures of no input (building the indexes) are printed too: the count below is
            // always the number of lines printed.
            if summary.failures.count > printed {
                for problem in summary.failures where problem.path == archive.path {
                    Terminal.error("archivectl: \(Terminal.oneLine(problem.path)): \(problem.reason)")
                }
            }
            summary.failures.insert(contentsOf: problems, at: 0)
            if !quiet {
                print("\(summary.added) added, \(summary.skipped) skipped, \(summary.failed) failed")
            }
            if summary.failed > 0 { throw ExitCode(1) }
        }
    }
}

/// A one-line progress bar on stderr (count, rate, ETA), only on a terminal.
final class ProgressLine {
    let total: Int
    let enabled: Bool
    private var done = 0
    private let start = Date()
    private var lastDraw = Date.distantPast

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func advance() {
        done += 1
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = Date()
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        StandardStream.error.write("\r\(bar) \(done)/\(total)  \(FixedPoint.text(rate, decimals: 0)) docs/s  ETA "
                                   + "\(FixedPoint.text(remaining, decimals: 0))s ")
    }

    func clear() {
        guard enabled else { return }
        StandardStream.error.write("\r\u{1B}[K")
    }
}

extension IndexTiming: ExpressibleByArgument {}

/// The program's arguments as the bytes the system passed. Swift decodes each argument as UTF-8,
/// putting U+FFFD for bytes that are not; a path that was not UTF-8 is matched back to its bytes.
enum RawArguments {
    /// The bytes of each path (nil for `-`).
    static func bytes(of paths: [String]) -> [[UInt8]?] {
        var undecoded: [String: [UInt8]] = [:]
        for index in 1..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeRawBufferPointer(start: argument, count: strlen(argument)))
            if String(validating: bytes, as: UTF8.self) == nil {
                undecoded[String(decoding: bytes, as: UTF8.self)] = bytes
            }
        }
        return paths.map { path in path == "-" ? nil : undecoded[path] ?? Array(path.utf8) }
    }
}
