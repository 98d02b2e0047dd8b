/// The closed list of roles (spec/export.md) in output order: the `role-name` rows of
/// data/meeting-lexicon.tsv, the one home extraction and the filter language both read.
public enum RoleNames {
    static let file = "data/meeting-lexicon.tsv"
    static let category = "role-name"

    public static let all: [String] = {
        let names = TSV.records(EmbeddedResources.data("meeting-lexicon.tsv"))
            .filter { $0["category"] == category }
            .compactMap { $0["word"] }
        precondition(!names.isEmpty && !names.contains(""), "\(file): no words in category '\(category)'")
        return names
    }()
}
