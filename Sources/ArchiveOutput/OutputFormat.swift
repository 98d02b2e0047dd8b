import ArchiveStore

/// The formats every listing command writes. `table` is for people at a terminal; the others are
/// for programs and documents.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, jsonl, csv, tsv, md

    /// The format a file's extension names (`out.csv` is csv), nil for any other.
    public static func named(byExtensionOf path: String) -> OutputFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let name = path[path.index(after: dot)...].lowercased()
        return name == "table" ? nil : OutputFormat(rawValue: name == "markdown" ? "md" : name)
    }

    /// A table rendered in this format. `terminal` marks matches in bold (table) instead of […].
    public func render(_ table: ResultTable, terminal: Bool = false) -> String {
        switch self {
        case .table: return TableText.render(table, bold: terminal)
        case .json: return JSONRows.array(table) + "\n"
        case .jsonl: return JSONRows.lines(table)
        case .csv: return DelimitedText.csv(table)
        case .tsv: return DelimitedText.tsv(table)
        case .md: return MarkdownTable.render(table)
        }
    }

    /// Several titled tables (stats, facets): one after another under their titles in text formats,
    /// one JSON object keyed by title in json, one line per row with a `section` field in jsonl.
    public func render(sections: [(title: String, table: ResultTable)], terminal: Bool = false) -> String {
        switch self {
        case .json:
            let object = JSONValue.object(sections.map { ($0.title, JSONRows.value($0.table)) })
            return object.rendered + "\n"
        case .jsonl:
            var out = ""
            for section in sections {
                for object in JSONRows.objects(section.table) {
                    guard case .object(let fields) = object else { continue }
                    out += JSONValue.object([("section", .string(section.title))] + fields).rendered + "\n"
                }
            }
            return out
        case .md:
            return sections.map { "## \($0.title)\n\n" + MarkdownTable.render($0.table) }.joined(separator: "\n")
        case .table:
            return sections.map { "\($0.title)\n" + TableText.render($0.table, bold: terminal) }.joined(separator: "\n")
        case .csv, .tsv:
            return sections.map { "# \($0.title)\n" + render($0.table) }.joined(separator: "\n")
        }
    }
}
