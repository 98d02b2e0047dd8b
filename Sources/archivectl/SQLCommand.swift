import ArgumentParser
import Archive

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one SQL statement on a read-only connection to the archive.",
        discussion: """
            The archive is opened read-only and a statement that would write, or
            reach beyond the archive (ATTACH, a PRAGMA that sets a value,
            load_extension, fts3_tokenizer), is refused before it runs. The views indicator_facts, goal_facts,
            participants and meeting_overview have the columns `query` prints.

            Examples:
              archivectl sql "SELECT region, value, unit FROM indicator_facts"
              archivectl sql "SELECT DISTINCT region FROM goal_facts" --format json
              archivectl sql "SELECT level, count(*) FROM regions GROUP BY 1"
            """
    )

    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    @Argument(help: ArgumentHelp("One SQL statement.", valueName: "sql"))
    var statement: String

    @Option(name: .long, help: ArgumentHelp("Stop the statement after this many seconds.", valueName: "seconds"))
    var timeout: Double?

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
    }

    func run() throws {
        try reportingQueryFailures {
            let archive = try database.open(.readOnly)
            let table = try ReadOnlySQL.run(statement, on: archive.connection, timeoutSeconds: timeout)
            try output.write(output.resolved.render(table, terminal: output.toTerminal), beside: archive)
        }
    }
}
