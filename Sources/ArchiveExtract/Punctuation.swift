import ArchiveMatching
import ArchiveResources

/// The categories of data/punctuation.tsv: the marks the meeting and fact stages read clauses,
/// sentences, lists and quotations with. The file's header says what each one means; each word is
/// one scalar, read once into the sets below.
enum Punctuation: String, CaseIterable, Sendable {
    case clauseBreak = "clause-break"
    case sentenceEnd = "sentence-end"
    case fullStop = "full-stop"
    case sentenceCloser = "sentence-closer"
    case listMark = "list-mark"
    case enumerationComma = "enumeration-comma"
    case enumerationVariant = "enumeration-variant"
    case titleBoundary = "title-boundary"
    case quote
    case quotedOpen = "quoted-open"
    case quotedClose = "quoted-close"
    case headlineLabelMark = "headline-label-mark"
    case listContinuation = "list-continuation"
    case rangeDash = "range-dash"
    case thousandsSeparator = "thousands-separator"
    case decimalPoint = "decimal-point"
    case minusSign = "minus-sign"
    case percentSign = "percent-sign"

    static let table = WordTable<Punctuation>.builtIn("punctuation.tsv")

    /// The category's marks as a set.
    var set: ScalarSet { ScalarSet(Self.table.scalars(self)) }
    var scalars: [Unicode.Scalar] { Self.table.scalars(self) }

    /// 、 between listed names and titles.
    static let enumerationMark = table.scalar(.enumerationComma)
    /// 。 as a string, for a line's last character.
    static let fullStopWord = String(table.scalar(.fullStop))
}
