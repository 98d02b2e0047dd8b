import ArgumentParser
import Archive
import FoundationEssentials

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Pivot indicator values: one row per region (or year, level, meeting), one column per indicator (or period).",
        discussion: """
            Takes the same filter as `query`. Cells hold the values as reported,
            with unit and comparator (">=5100亿元", "8.5%"). A cell holds values of
            one indicator, measure, unit, kind and period only: columns are split
            by what differs ("GDP %", "GDP 亿元"); different values of the same
            are joined by " / ". --across kind puts targets beside actuals, with
            their gap (actual − target). --with-parent adds, for each cell, the
            superior regions' values for the same indicator, kind, measure, unit
            and period (city, then province) and the difference from the nearest.

            Examples:
              archivectl compare "kind=target level=county"
              archivectl compare "indicator=GDP kind=target region=湖南" --with-parent
              archivectl compare "kind=target year=2023" --format svg --output targets.svg
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, csv, tsv, md, svg }

    @OptionGroup var database: DatabaseOption

    @Argument(help: ArgumentHelp("The filter, as for `query`.", valueName: "filter"))
    var filter: [String] = []

    @Option(help: ArgumentHelp("Rows: region, year, level or meeting.", valueName: "key"))
    var by: Comparison.RowKey = .region

    @Option(help: ArgumentHelp("Columns: indicator, period, or kind (targets beside actuals, with their gap).", valueName: "key"))
    var across: Comparison.ColumnKey = .indicator

    @Flag(help: "Add each cell's parent-region value and the difference.")
    var withParent = false

    @Flag(help: "Also columns for values outside the indicator vocabulary, named as the report writes them.")
    var allNames = false

    @Option(help: ArgumentHelp("table, json, jsonl, csv, tsv, md or svg (default: the --output file's extension, else table on a terminal, tsv when piped).", valueName: "format"))
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Let --output replace a file that is an SQLite database (never the archive being read).")
    var force = false

    func run() throws {
        try reportingQueryFailures {
            let archive = try database.open(.readOnly)
            let text = FilterParser.source(fromArguments: filter)
            let comparison = try Comparison(connection: archive.connection, filter: text, by: by, across: across,
                                            withParent: withParent, vocabularyOnly: !allNames)
            let sink = OutputSink(path: output, force: force)
            let named = output.flatMap { path in
                path.lowercased().hasSuffix(".svg") ? .svg : OutputFormat.named(byExtensionOf: path).flatMap { Format(rawValue: $0.rawValue) }
            }
            let chosen = format ?? named ?? (sink.toTerminal ? .table : .tsv)
            if chosen == .svg {
                try sink.write(comparison.chart(title: text.isEmpty ? "archivectl compare" : text).render(), beside: archive)
            } else {
                let table = try comparison.table()
                try sink.write(OutputFormat(rawValue: chosen.rawValue)!.render(table, terminal: sink.toTerminal), beside: archive)
            }
        }
    }
}

extension Comparison.RowKey: ExpressibleByArgument {}
extension Comparison.ColumnKey: ExpressibleByArgument {}
