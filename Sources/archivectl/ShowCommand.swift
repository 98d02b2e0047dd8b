import ArgumentParser
import Archive

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything archived for a meeting or a document, each fact with its evidence.",
        discussion: """
            Examples:
              archivectl show meeting 1
              archivectl show document 3 --original
              archivectl show document ecd7b906 --format json
            """
    )

    enum What: String, ExpressibleByArgument, CaseIterable { case meeting, document }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var database: DatabaseOption

    @Argument(help: ArgumentHelp("meeting or document.", valueName: "what"))
    var what: What

    @Argument(help: ArgumentHelp("A meeting id; a document id or the first four or more hex digits of its sha256.", valueName: "id"))
    var id: String

    @Flag(help: "Also show, for each fact, the span of the original (unrepaired) text it came from.")
    var original = false

    @Option(help: "text, or json (the export record with ids).")
    var format: Format = .text

    func validate() throws {
        if what == .meeting, Int64(id) == nil { throw ValidationError("a meeting id is a number, e.g. show meeting 1") }
    }

    func run() throws {
        try reportingQueryFailures {
            let archive = try database.open(.readOnly)
            let detail = what == .meeting
                ? try DocumentDetail(connection: archive.connection, meeting: Int64(id) ?? 0)
                : try DocumentDetail(connection: archive.connection, document: id)
            switch format {
            case .text: print(detail.rendered(original: original), terminator: "")
            case .json: print(detail.json().rendered)
            }
        }
    }
}
