import ArchiveModel

/// What the fact extractors need to know about the document as a whole: when and by whom the
/// meeting was held. Meeting extraction produces it; indicator and goal extraction read it.
public struct ExtractionContext: Sendable, Equatable {
    /// The year the report's "今年", "一季度" and so on refer to; nil when nothing in the document establishes it.
    public var year: Int?
    /// The host region: what 我市, 全市, 全区, 全县, 全省 in a value's sentence mean.
    public var host: RegionRef?

    public init(year: Int? = nil, host: RegionRef? = nil) {
        self.year = year
        self.host = host
    }
}
