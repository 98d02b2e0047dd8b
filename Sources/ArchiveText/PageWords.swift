import ArchiveResources

/// The categories of data/page-words.tsv: the words Text reads page furniture, the stated date and
/// the stated source with. The file's header says what each one means.
enum PageWord: String, CaseIterable, Sendable {
    case clutterMarker = "clutter-marker"
    case shortLineMarker = "short-line-marker"
    case homePage = "home-page"
    case breadcrumbMark = "breadcrumb-mark"
    case sentenceMark = "sentence-mark"
    case dateLabel = "date-label"
    case dateSeparator = "date-separator"
    case sourceLabel = "source-label"
    case labelMark = "label-mark"
    case sourceEnd = "source-end"
    case menuSeparator = "menu-separator"
    case annotationOpen = "annotation-open"
    case annotationClose = "annotation-close"

    static let table = WordTable<PageWord>.builtIn("page-words.tsv")
}
