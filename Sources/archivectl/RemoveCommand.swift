import ArgumentParser
import Archive

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove documents and everything they brought (meetings, people's participations, values, goals).",
        discussion: """
            Corrections made with `archivectl correct` are kept: ingesting the same file again applies them again.
            Deleting in the sqlite3 program (DELETE FROM documents WHERE id = …) removes the same rows.

            Examples:
              archivectl remove 3
              archivectl remove 3 9f2c41ab
            """
    )

    @OptionGroup var database: DatabaseOption

    @Argument(help: ArgumentHelp("Document ids or four or more hex digits of their sha256.", valueName: "document"))
    var documents: [String]

    func validate() throws {
        guard !documents.isEmpty else { throw ValidationError("name at least one document (an id or a sha256 prefix)") }
    }

    func run() throws {
        try reportingQueryFailures {
            let archive = try database.open(.readWrite)
            let ids = try documents.map { try DocumentRemoval.resolve($0, connection: archive.connection) }
            try DocumentRemoval.remove(ids, connection: archive.connection)
            archive.checkpoint()
            print("\(Set(ids).count) removed")
        }
    }
}
