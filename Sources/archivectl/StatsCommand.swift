import ArgumentParser
import Archive

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count what the archive holds: rows by table, meetings by level and year, values by indicator, repairs.",
        discussion: """
            Examples:
              archivectl stats
              archivectl stats --db hunan.db --format json
            """
    )

    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    func run() throws {
        try reportingQueryFailures {
            let archive = try database.open(.readOnly)
            let sections = try ArchiveStats.sections(archive.connection)
            try output.write(output.resolved.render(sections: sections, terminal: output.toTerminal), beside: archive)
        }
    }
}
