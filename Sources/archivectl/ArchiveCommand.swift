import ArgumentParser
import Archive
import FoundationEssentials
import Glibc

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
        version: "archivectl \(ArchiveVersion.version) (rules \(EmbeddedResources.rulesVersion))",
        subcommands: [IngestCommand.self, ExportCommand.self, QueryCommand.self, CompareCommand.self, SearchCommand.self,
                      ShowCommand.self, SQLCommand.self, StatsCommand.self, RemoveCommand.self, ReextractCommand.self,
                      CorrectCommand.self, CorrectionsCommand.self]
    )

    /// Usage errors exit with 2 (ArgumentParser's default is 64), as users of the
    /// common Unix tools expect; everything else is as ArgumentParser decides.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardStream.error.write(fullMessage(for: error) + "\n")
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}
