import ArchiveExtract
import ArchiveResources
import ArchiveStore
/// The extraction rules an archive's documents are read with: the built-in code and vocabularies
/// and the aliases the archive's indicator_aliases table holds (users add rows there). The version
/// is derived from all of them, so any change of a rule, a vocabulary or an alias changes it.
public struct ArchiveRules: Sendable {
    public let extractor: Extractor
    /// The built-in rules version (the extraction code and every data/*.tsv, hashed at build time,
    /// as `--version` prints it) when the archive's aliases are the built-in ones; else 16 hex digits
    /// of a SHA-256 over it and the archive's aliases.
    public let version: String

    public init(aliases: [String: String]) {
        extractor = Extractor(indicators: IndicatorVocabulary(aliases: aliases))
        version = Self.version(aliases: aliases)
    }

    /// The rules of the archive on `connection` (its aliases read now).
    public init(connection: Connection) throws {
        var aliases: [String: String] = [:]
        for row in try connection.rows("SELECT alias, code FROM indicator_aliases") {
            if let alias = row.string("alias"), let code = row.string("code") { aliases[alias] = code }
        }
        self.init(aliases: aliases)
    }

    static func version(aliases: [String: String]) -> String {
        if aliases == IndicatorVocabulary.builtIn.aliases { return EmbeddedResources.rulesVersion }
        var text = "rules\u{0}" + EmbeddedResources.rulesVersion + "\u{0}"
        for alias in aliases.keys.sorted() {
            text += "alias\u{0}" + alias + "\u{0}" + aliases[alias]! + "\u{0}"
        }
        return String(SHA256.hex(Array(text.utf8)).prefix(16))
    }

    /// How many documents of the archive were made by other rules (or before rules were recorded).
    public func outdatedCount(_ connection: Connection) throws -> Int {
        Int(try connection.scalar("SELECT count(*) FROM documents WHERE rules_version IS NOT ?", [version]).int64Value ?? 0)
    }
}
