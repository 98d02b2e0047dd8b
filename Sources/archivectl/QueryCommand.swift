import ArgumentParser
import Archive
import FoundationEssentials

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "List indicator values, goals, participants or meetings that match a filter.",
        discussion: """
            The filter is space-separated terms that must all hold: key=value,
            key=v1,v2 (any of), key!=value, and for value, year, date and meeting
            also >, >=, <, <=. Quote values with spaces: title="市委 书记". Keys:
              indicator  code or alias: GDP, 固投, 社零
              value      the number: value>=8.5
              kind       actual | target
              measure    growth | level | rate | pp
              unit, comparator, period (2023, 2023Q1)
              goal       双过半, 开门红 … ; stance: goal | achieved
              person, title, role (\(RoleNames.all.joined(separator: " ")))
              region     name, short name or code, with everything below it
              level      province | prefecture | county
              date       2023-04-21, 2023-04 or 2023; ranges: date>=2023-01-01
              year       the meeting's year, or a value's period year
              meeting    a meeting id; text: words in the report
            person, title, unit and period take * and ? wildcards: title="*书记".

            What is listed follows the keys: indicator facts with an indicator,
            value, kind, measure, unit, comparator or period term; goal facts with
            goal or stance; participants with person, title or role; meetings
            otherwise. Other terms must hold for the same meeting. A name the
            archive does not know is an error (exit 2) with a suggestion.

            Output is a table on a terminal and tab-separated values when piped.

            Examples:
              archivectl query "goal=双过半" --facet region
              archivectl query "indicator=GDP kind=target" --sort -value --evidence
              archivectl query "person=曹普华" --format json
            """
    )

    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    @Argument(help: ArgumentHelp("The filter, e.g. \"region=湖南 indicator=GDP year=2023\". Empty lists meetings.", valueName: "filter"))
    var filter: [String] = []

    @Flag(help: "Add the sentence each fact came from.")
    var evidence = false

    @Flag(help: "Add where each row comes from: its file, and for a value or goal the correction that set or added it (empty: the rules).")
    var source = false

    @Option(help: ArgumentHelp("At most this many rows.", valueName: "n"))
    var limit: Int?

    @Option(help: ArgumentHelp("Sort by these columns, - for descending: --sort region,-value.", valueName: "columns"))
    var sort: String?

    @Option(help: ArgumentHelp("Count the matching rows by this column instead of listing them (repeatable).", valueName: "column"))
    var facet: [String] = []

    @Flag(help: "Print the SQL, its bound values and SQLite's query plan instead of running it.")
    var explain = false

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be zero or more") }
    }

    func run() throws {
        try reportingQueryFailures {
            let archive = try database.open(.readOnly)
            let options = QueryOptions(evidence: evidence, source: source, limit: limit,
                                       sort: (sort ?? "").split(separator: ",").map { $0.trimmingSpacesAndTabs() })
            let query = try ArchiveQuery(connection: archive.connection, filter: FilterParser.source(fromArguments: filter), options: options)
            let format = output.resolved
            if explain {
                let values = query.planned.allParameters.map { $0.stringValue.map { "'\($0)'" } ?? "NULL" }
                try output.write(query.planned.sql + "\n-- values: " + values.joined(separator: ", ") + "\n"
                                 + (try query.queryPlan()).map { "-- " + $0 }.joined(separator: "\n") + "\n", beside: archive)
            } else if facet.isEmpty {
                try output.write(format.render(try query.rows(), terminal: output.toTerminal), beside: archive)
            } else {
                let sections = try facet.map { (title: $0, table: try query.facet($0)) }
                try output.write(sections.count == 1
                    ? format.render(sections[0].table, terminal: output.toTerminal)
                    : format.render(sections: sections, terminal: output.toTerminal), beside: archive)
            }
        }
    }
}
