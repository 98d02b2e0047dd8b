import ArgumentParser
import Archive
import FoundationEssentials

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every archived document's record (spec/export.md) in ingest order.",
        discussion: """
            Examples:
              archivectl export --format jsonl > export.jsonl
              archivectl export --db hunan.db --format json > hunan.json
              archivectl export --format csv > indicators.csv   # one row per indicator value
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, csv }

    @OptionGroup var database: DatabaseOption

    @Option(help: "jsonl: one record per line; json: one array; csv: the indicator values, one per row (docs/export.md).")
    var format: Format = .jsonl

    func run() throws {
        try reportingFailures {
            let archive = try database.open(.readOnly)
            let output = BufferedOutput()
            if format == .csv {
                output.write(OutputFormat.csv.render(try IndicatorFactsTable.read(archive.connection)))
                output.flush()
                return
            }
            var first = true
            if format == .json { output.write("[") }
            try ReportReader(connection: archive.connection).forEachReport { report in
                let line = ExportRecord.json(report).rendered
                if format == .json { output.write((first ? "\n" : ",\n") + line) } else { output.write(line + "\n") }
                first = false
            }
            if format == .json { output.write(first ? "]\n" : "\n]\n") }
            output.flush()
        }
    }
}

/// Collects output and writes it to stdout in large blocks.
final class BufferedOutput {
    private var buffer: [UInt8] = []

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    func flush() {
        buffer.withUnsafeBufferPointer { StandardStream.output.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
