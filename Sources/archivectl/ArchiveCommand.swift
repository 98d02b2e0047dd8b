import ArgumentParser

@main
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archivectl",
        abstract: "Turn scraped reports of Chinese local economic work meetings into a queryable SQLite archive.",
        discussion: """
            Examples:
              archivectl ingest seeds/
              archivectl export --format jsonl > export.jsonl
            """,
        subcommands: [IngestCommand.self, ExportCommand.self, QueryCommand.self, CompareCommand.self, SearchCommand.self,
                      ShowCommand.self, SQLCommand.self, StatsCommand.self]
    )
}
