import ArchiveMatching
import ArchiveResources
import FoundationEssentials

/// The indicator vocabulary: surface names (aliases) that mean an indicator code.
public struct IndicatorVocabulary: Sendable {
    /// alias → code
    public let aliases: [String: String]
    /// The aliases as a longest-match table, built once.
    package let table: PhraseTable<String>

    public init(aliases: [String: String]) {
        self.aliases = aliases
        table = PhraseTable(aliases.map { ($0.key, $0.value) })
    }

    public init(tsv: String) {
        var aliases: [String: String] = [:]
        for row in TSV.records(tsv) {
            guard let code = row["code"], !code.isEmpty else { continue }
            aliases[code] = code
            for alias in (row["aliases"] ?? "").split(separator: "|") { aliases[String(alias)] = code }
        }
        self.init(aliases: aliases)
    }

    public static let builtIn = IndicatorVocabulary(tsv: EmbeddedResources.data("indicators.tsv"))
}

/// The goal vocabulary: slogan phrases and the variants that mean them.
public struct GoalVocabulary: Sendable {
    /// variant → phrase
    public let variants: [String: String]
    /// The variants without their quotation marks (首季“开门红” is matched as 首季开门红 in text whose
    /// quotes are set aside), longest first.
    let table: PhraseTable<String>

    public init(variants: [String: String]) {
        self.variants = variants
        // A variant written with 、 is also written with a comma or a space (时间过半，任务过半).
        var entries: [(String, String)] = []
        for (variant, phrase) in variants {
            let bare = GoalVocabulary.unquoted(variant)
            entries.append((bare, phrase))
            if bare.unicodeScalars.contains(Punctuation.enumerationMark) {
                for mark in Self.enumerationVariants {
                    entries.append((bare.replacing(Self.enumerationComma, with: mark), phrase))
                }
            }
        }
        table = PhraseTable(entries)
    }

    public init(tsv: String) {
        var variants: [String: String] = [:]
        for row in TSV.records(tsv) {
            guard let phrase = row["phrase"], !phrase.isEmpty else { continue }
            variants[phrase] = phrase
            for variant in (row["variants"] ?? "").split(separator: "|") { variants[String(variant)] = phrase }
        }
        self.init(variants: variants)
    }

    public static let builtIn = GoalVocabulary(tsv: EmbeddedResources.data("goals.tsv"))

    private static let enumerationComma = String(Punctuation.enumerationMark)
    private static let enumerationVariants = Punctuation.table.words(.enumerationVariant) + [" "]

    static let quotes = Punctuation.quote.set

    static func unquoted(_ text: String) -> String {
        String(scalars: text.unicodeScalars.filter { !quotes.contains($0) })
    }
}
