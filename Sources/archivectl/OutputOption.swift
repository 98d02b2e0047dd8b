import ArgumentParser
import Archive
import FoundationEssentials
import Glibc

extension OutputFormat: ExpressibleByArgument {}

/// `--format` and `--output`, shared by the commands that print tables.
struct OutputOption: ParsableArguments {
    @Option(help: ArgumentHelp("table, json, jsonl, csv, tsv or md (default: the --output file's extension, else table on a terminal, tsv when piped).",
                               valueName: "format"))
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Let --output replace a file that is an SQLite database (never the archive being read).")
    var force = false

    var sink: OutputSink { OutputSink(path: output, force: force) }
    var toTerminal: Bool { sink.toTerminal }
    var resolved: OutputFormat { format ?? output.flatMap(OutputFormat.named(byExtensionOf:)) ?? (toTerminal ? .table : .tsv) }

    func write(_ text: String, beside archive: ArchiveDatabase) throws { try sink.write(text, beside: archive) }
}

/// Standard output or a file.
struct OutputSink {
    let path: String?
    var force = false

    /// Output goes to a terminal: bold marks and the table format are wanted.
    var toTerminal: Bool { path == nil && Terminal.stdoutIsTerminal }

    /// Writes the text; a file is refused when it is the archive read (the same file by device
    /// and inode, however named) or, unless `force`, any SQLite database.
    func write(_ text: String, beside archive: ArchiveDatabase) throws {
        if let path {
            try Self.checkDestination(path, archive: archive.path, force: force)
            try StandardStream.replaceFile(path, with: text)
        } else {
            StandardStream.output.write(text)
        }
    }

    static func checkDestination(_ path: String, archive: String, force: Bool) throws {
        var target = stat(), source = stat()
        guard stat(path, &target) == 0 else { return }
        if stat(archive, &source) == 0 && target.st_dev == source.st_dev && target.st_ino == source.st_ino {
            throw Failure(message: "\(path): refused: --output names the archive being read (\(archive)); choose another file")
        }
        if !force && (target.st_mode & S_IFMT) == S_IFREG && isSQLiteDatabase(path) {
            throw Failure(message: "\(path): refused: --output names an SQLite database; choose another file, or add --force to replace it")
        }
    }

    /// The file starts with SQLite's header string.
    static func isSQLiteDatabase(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 16)
        let count = read(descriptor, &header, 16)
        return count == 16 && header == Array("SQLite format 3\0".utf8)
    }
}

extension ParsableCommand {
    /// Runs a reading command: a bad filter or option is a usage error (exit 2, the filter shown
    /// with a caret under the problem), anything the archive refuses exits 1.
    func reportingQueryFailures(_ body: () throws -> Void) throws {
        try reportingFailures {
            do {
                try body()
            } catch let error as FilterError {
                throw Failure(message: error.rendered, exitCode: 2)
            } catch let error as QueryOptionError {
                throw Failure(message: error.message, exitCode: 2)
            } catch let error as DocumentDetail.NotFound {
                throw Failure(message: error.message, exitCode: 1)
            } catch let error as ReadOnlySQL.Refusal {
                throw Failure(message: error.message, exitCode: 1)
            } catch let error as DatabaseError {
                throw Failure(message: error.message, exitCode: 1)
            }
        }
    }
}
