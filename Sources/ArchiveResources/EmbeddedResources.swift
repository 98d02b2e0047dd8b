/// The migrations and data tables built into the binary by the EmbedData plugin.
public enum EmbeddedResources {
    public struct Migration: Sendable {
        public let version: Int
        public let name: String
        public let sql: String
    }

    /// A hash of the embedded migrations and data files: two binaries with the same rules version
    /// extract and store alike whatever their version.
    public static let rulesVersion = EmbeddedFiles.rulesVersion

    /// Migrations/NNNN_name.sql in version order.
    public static let migrations: [Migration] = EmbeddedFiles.contents.compactMap { key, sql in
        guard key.hasPrefix("Migrations/"), key.hasSuffix(".sql") else { return nil }
        let file = key.dropFirst("Migrations/".count).dropLast(".sql".count)
        guard let underscore = file.firstIndex(of: "_"), let version = Int(file[..<underscore]) else { return nil }
        return Migration(version: version, name: String(file[file.index(after: underscore)...]), sql: sql)
    }.sorted { $0.version < $1.version }

    /// The text of a data file, e.g. `data("cn-divisions.tsv")`.
    public static func data(_ name: String) -> String {
        guard let text = EmbeddedFiles.contents["data/" + name] else {
            preconditionFailure("data/\(name) is not embedded; is it in data/ and named *.tsv?")
        }
        return text
    }
}
