import ArgumentParser
import Archive
import FoundationEssentials

extension OutputFormat: ExpressibleByArgument {}

/// `--format` and `--output`, shared by the commands that print tables.
struct OutputOption: ParsableArguments {
    @Option(help: ArgumentHelp("table, json, jsonl, csv, tsv or md (default: the --output file's extension, else table on a terminal, tsv when piped).",
                               valueName: "format"))
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    var sink: OutputSink { OutputSink(path: output) }
    var toTerminal: Bool { sink.toTerminal }
    var resolved: OutputFormat { format ?? output.flatMap(OutputFormat.named(byExtensionOf:)) ?? (toTerminal ? .table : .tsv) }

    func write(_ text: String) throws { try sink.write(text) }
}

/// Standard output or a file.
struct OutputSink {
    let path: String?

    /// Output goes to a terminal: bold marks and the table format are wanted.
    var toTerminal: Bool { path == nil && Terminal.stdoutIsTerminal }

    func write(_ text: String) throws {
        if let path {
            try StandardStream.replaceFile(path, with: text)
        } else {
            StandardStream.output.write(text)
        }
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
