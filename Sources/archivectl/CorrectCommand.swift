import ArgumentParser
import Archive
import FoundationEssentials

struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Record a fix of a document's facts: set a field of a fact, add a fact, or reject one.",
        discussion: """
            A correction is kept as data, keyed by the document's sha256 and the fact's identity, and applied
            after every extraction (ingest, reextract), so new rules and a re-ingest keep it. Facts edited in
            sqlite3 are not corrections: the next reextract puts the rules' facts back.
            A fact is selected by key=value terms: indicator= (code or name as written) or goal=, narrowed by
            kind=, measure=, value=, unit=, period=, stance=, at= (its sentence's offset).

            Examples:
              archivectl correct 3 --fact "indicator=GDP kind=target" --set value=5200 --by 王 --why "the report's table says 5200"
              archivectl correct 3 --fact "goal=双过半" --reject --by 王 --why "a headline of another report"
              archivectl correct 3 --add "indicator=GDP kind=target measure=growth value=8 unit=%" --evidence "增长8%" --by 王 --why "missed"
            """
    )

    @OptionGroup var database: DatabaseOption

    @Argument(help: ArgumentHelp("The document: its id or four or more hex digits of its sha256.", valueName: "document"))
    var document: String

    @Option(help: ArgumentHelp("The fact to correct, as key=value terms.", valueName: "terms"))
    var fact: String?

    @Option(help: ArgumentHelp("Set a field of the fact: value, unit, comparator, period, kind, measure (indicator values); stance, surface (goals).",
                               valueName: "field=value"))
    var set: String?

    @Flag(help: "Reject the fact: it is no longer listed.")
    var reject = false

    @Option(help: ArgumentHelp("Add a fact the rules missed, as key=value terms (indicator=… value=… or goal=…).", valueName: "terms"))
    var add: String?

    @Option(help: ArgumentHelp("With --add: a passage of the report's text the fact rests on.", valueName: "text"))
    var evidence: String?

    @Option(help: ArgumentHelp("Who makes the correction (default: $USER).", valueName: "name"))
    var by: String?

    @Option(help: ArgumentHelp("Why: the source or reasoning, kept with the correction.", valueName: "text"))
    var why: String

    func validate() throws {
        let actions = [set != nil, reject, add != nil].filter { $0 }.count
        guard actions == 1 else { throw ValidationError("give one of --set, --reject or --add") }
        if add != nil {
            guard evidence != nil else { throw ValidationError("--add needs --evidence, a passage of the report's text") }
            guard fact == nil else { throw ValidationError("--add takes no --fact") }
        } else if fact == nil {
            throw ValidationError("--set and --reject need --fact, the fact's key=value terms")
        }
        guard why.contains(where: { !$0.isWhitespace }) else { throw ValidationError("--why must say why") }
    }

    func run() throws {
        try reportingQueryFailures {
            let archive = try database.open(.readWrite)
            let connection = archive.connection
            let id = try DocumentRemoval.resolve(document, connection: connection)
            let author = by ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown"
            do {
                let request = try CorrectionRequest(connection: connection, documentID: id)
                let sha = request.report.document.sha256
                let store = CorrectionStore(connection: connection)
                let correctionID: Int64
                if let add, let evidence {
                    let (kind, added) = try request.added(add, evidence: evidence)
                    correctionID = try store.insert(sha256: sha, action: .add, kind: kind, target: nil, field: nil, value: nil,
                                                    fact: added, author: author, reason: why)
                } else {
                    let (kind, target) = try request.select(fact ?? "")
                    if let set {
                        let (field, value) = try request.checkSet(set, kind: kind, target: target)
                        correctionID = try store.insert(sha256: sha, action: .set, kind: kind, target: target, field: field,
                                                        value: value, fact: nil, author: author, reason: why)
                    } else {
                        correctionID = try store.insert(sha256: sha, action: .reject, kind: kind, target: target, field: nil,
                                                        value: nil, fact: nil, author: author, reason: why)
                    }
                }
                // Applied by extracting the document again, as every later extraction will.
                let summary = try Reextractor(database: archive).run([id])
                if summary.vanished.contains(where: { $0.correctionID == correctionID }) {
                    throw CorrectionError("correction \(correctionID) was recorded but its fact is not among the document's facts")
                }
                print("correction \(correctionID) applied to document \(id)")
            } catch let error as CorrectionError {
                throw Failure(message: error.message, exitCode: 2)
            }
        }
    }
}

struct CorrectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corrections",
        abstract: "List the corrections made with `archivectl correct`, or revert one.",
        discussion: """
            status: applied, vanished (the last extraction no longer has the fact), or reverted.

            Examples:
              archivectl corrections
              archivectl corrections --revert 4
            """
    )

    @OptionGroup var database: DatabaseOption
    @OptionGroup var output: OutputOption

    @Option(help: ArgumentHelp("Revert this correction: the document's facts are extracted again without it.", valueName: "id"))
    var revert: Int64?

    func run() throws {
        try reportingQueryFailures {
            if let revert {
                let archive = try database.open(.readWrite)
                let store = CorrectionStore(connection: archive.connection)
                guard let correction = try store.correction(id: revert) else {
                    throw Failure(message: "no correction \(revert) (`archivectl corrections` lists them)")
                }
                guard try store.revert(id: revert) else { throw Failure(message: "correction \(revert) is already reverted") }
                let ids = try archive.connection.rows("SELECT id FROM documents WHERE sha256 = ?", [correction.documentSHA256])
                    .compactMap { $0["id"].int64Value }
                if !ids.isEmpty { _ = try Reextractor(database: archive).run(ids) }
                print("correction \(revert) reverted")
                return
            }
            let archive = try database.open(.readOnly)
            var table = ResultTable(columns: ["id", "document", "action", "fact", "change", "by", "at", "why", "status"])
            for c in try CorrectionStore(connection: archive.connection).all() {
                let fact: String
                if let target = c.target {
                    fact = "\(c.factKind.rawValue) \(target.key) \(target.kind)" + (target.value.map { " \(JSONValue.number($0).rendered)" } ?? "")
                        + " @\(target.start)"
                } else if let added = c.fact {
                    fact = "\(c.factKind.rawValue) \(added.indicator ?? added.phrase ?? added.name ?? "") @\(added.start)"
                } else { fact = c.factKind.rawValue }
                let change = c.field.map { "\($0)=\(c.value ?? "")" }
                    ?? c.fact.map { f in f.value.map { "value=\(JSONValue.number($0).rendered)" + (f.unit.map { " \($0)" } ?? "") } ?? (f.stance ?? "") } ?? ""
                table.rows.append([.integer(c.id), .text(String(c.documentSHA256.prefix(12))), .text(c.action.rawValue), .text(fact),
                                   .text(change), .text(c.author), .text(c.createdAt), .text(c.reason),
                                   .text(c.revertedAt == nil ? (c.status ?? "") : "reverted")])
            }
            try output.write(output.resolved.render(table, terminal: output.toTerminal), beside: archive)
        }
    }
}
