import ArgumentParser
import Archive

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of the archived reports: documents containing every word, latest meetings first.",
        discussion: """
            Any word length works: three or more characters use the full-text
            index; one or two characters are looked for in the texts, latest
            meeting first, until --limit are found (a rare one reads them all).
            Each hit is one line with a snippet, the match bold on a terminal and
            in […] when piped.

            Examples:
              archivectl search 满堂彩
              archivectl search 项目 拉练 --limit 5
              archivectl search "稳增长" --format json
            """
    )

    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    @Argument(help: ArgumentHelp("Words that must all occur.", valueName: "word"))
    var words: [String] = []

    @Option(help: ArgumentHelp("At most this many hits (0 for all).", valueName: "n"))
    var limit: Int = 20

    /// Most words one search takes: SQLite refuses a query past a depth of 1,000, which some
    /// 600-word searches reach; 300 words of any kind stay well inside it.
    static let maxWords = 300

    func validate() throws {
        if words.count > Self.maxWords {
            throw ValidationError("give at most \(Self.maxWords) words to search for (\(words.count) given)")
        }
    }

    func run() throws {
        try reportingQueryFailures {
            let archive = try database.open(.readOnly)
            archive.readForScan()
            let search = try FullTextSearch(connection: archive.connection, words: words, limit: limit > 0 ? limit : nil)
            try output.write(output.resolved.render(try search.run(), terminal: output.toTerminal), beside: archive)
        }
    }
}
