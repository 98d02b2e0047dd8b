/// The indicator vocabulary: surface names (aliases) that mean an indicator code.
public struct IndicatorVocabulary: Sendable {
    /// alias → code
    public let aliases: [String: String]

    public init(aliases: [String: String]) { self.aliases = aliases }

    public init(tsv: String) {
        var aliases: [String: String] = [:]
        for row in TSV.records(tsv) {
            guard let code = row["code"], !code.isEmpty else { continue }
            aliases[code] = code
            for alias in (row["aliases"] ?? "").split(separator: "|") { aliases[String(alias)] = code }
        }
        self.aliases = aliases
    }

    public static let builtIn = IndicatorVocabulary(tsv: EmbeddedResources.data("indicators.tsv"))
}

/// The goal vocabulary: slogan phrases and the variants that mean them.
public struct GoalVocabulary: Sendable {
    /// variant → phrase
    public let variants: [String: String]

    public init(tsv: String) {
        var variants: [String: String] = [:]
        for row in TSV.records(tsv) {
            guard let phrase = row["phrase"], !phrase.isEmpty else { continue }
            variants[phrase] = phrase
            for variant in (row["variants"] ?? "").split(separator: "|") { variants[String(variant)] = phrase }
        }
        self.variants = variants
    }

    public static let builtIn = GoalVocabulary(tsv: EmbeddedResources.data("goals.tsv"))
}
