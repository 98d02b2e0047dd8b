import ArchiveResources

/// The categories of data/region-words.tsv: the words queries read region names with. The file's
/// header says what each one means.
enum RegionWord: String, CaseIterable, Sendable {
    case divisionSuffix = "division-suffix"

    static let table = WordTable<RegionWord>.builtIn("region-words.tsv")
}
