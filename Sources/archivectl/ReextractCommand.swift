import ArgumentParser
import Archive
import FoundationEssentials

struct ReextractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Extract archived documents again with this archivectl's rules, from their archived text.",
        discussion: """
            Without a filter, every document whose facts came from other rules (older archivectl, changed
            vocabularies or indicator_aliases rows). A filter, as `query` takes it, selects documents whatever
            their rules. Documents are written a batch per transaction: killed, a run leaves every document
            whole, and running it again completes it. Corrections (`archivectl correct`) are applied again.

            Examples:
              archivectl reextract --dry-run
              archivectl reextract
              archivectl reextract region=湖南 year=2023
            """
    )

    @OptionGroup var database: DatabaseOption

    @Flag(help: "Print what would change (added, removed, changed facts per kind) and write nothing.")
    var dryRun = false

    @Flag(name: .shortAndLong, help: "Print only problems.")
    var quiet = false

    @Option(help: ArgumentHelp("Most documents written per transaction (1: each in its own); each is whole either way.",
                               valueName: "count"))
    var batchSize = 256

    @Argument(help: ArgumentHelp("Terms as `query` takes them, selecting the documents to read.", valueName: "filter"))
    var filter: [String] = []

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be a positive number of documents") }
    }

    func run() throws {
        try reportingQueryFailures {
            do throws(MissingLibrary) { try Ingestor.requireLibraries() } catch { throw Failure(message: error.message) }
            let archive = try database.open(.readWrite)
            let reextractor = try Reextractor(database: archive)
            reextractor.batchSize = batchSize
            let ids: [Int64]
            if filter.isEmpty {
                ids = try reextractor.documents(.outdated)
            } else {
                let query = try ArchiveQuery(connection: archive.connection, filter: filter.joined(separator: " "))
                ids = try archive.connection.rows("SELECT DISTINCT f.document_id AS id FROM " + query.planned.source + " f",
                                                  query.planned.parameters.map { $0 as DatabaseValueConvertible? })
                    .compactMap { $0["id"].int64Value }
            }
            let progress = ProgressLine(total: ids.count, enabled: Terminal.stderrIsTerminal && !quiet)
            var done = 0
            let summary = try reextractor.run(ids, dryRun: dryRun) { count in
                while done < count { progress.advance(); done += 1 }
            }
            progress.clear()
            for vanished in summary.vanished {
                Terminal.error("archivectl: correction \(vanished.correctionID) (document \(vanished.documentSHA256.prefix(12))): "
                               + "its fact is no longer extracted; `archivectl corrections` lists it, `--revert \(vanished.correctionID)` drops it")
            }
            if quiet { return }
            if dryRun {
                print("\(Count.text(summary.reextracted)) would be re-extracted: \(Count.text(summary.changed)) would change, "
                      + "\(Count.text(summary.correctionsKept)) facts corrected by hand kept (nothing written)")
                guard !summary.diff.isEmpty else { return }
                var table = ResultTable(columns: ["kind", "added", "removed", "changed"])
                for kind in FactDiff.kinds {
                    guard let counts = summary.diff.counts[kind] else { continue }
                    table.rows.append([.text(kind), .integer(Int64(counts.added)), .integer(Int64(counts.removed)),
                                       .integer(Int64(counts.changed))])
                }
                print(OutputFormat.table.render(table), terminator: "")
            } else if ids.isEmpty {
                print(filter.isEmpty ? "nothing to re-extract: every document is from these rules (\(reextractor.rules.version))"
                                     : "nothing to re-extract: no document matches the filter")
            } else {
                print("\(Count.text(summary.reextracted)) re-extracted: \(Count.text(summary.changed)) changed, "
                      + "\(Count.text(summary.correctionsKept)) facts corrected by hand kept")
            }
        }
    }
}

/// Counts as people read them: 1,204.
enum Count {
    static func text(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }
}
