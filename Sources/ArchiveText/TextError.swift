/// Why a file's bytes cannot become a document.
public enum TextError: Error, CustomStringConvertible, Sendable, Equatable {
    case empty
    case binary(kind: String)
    case undecodable(reason: String)
    /// Markup no real page has, refused before parsing: it would take the parser minutes.
    case unreadableMarkup(reason: String)

    public var description: String {
        switch self {
        case .empty: return "empty file: no text to archive"
        case .binary(let kind): return "not a text report (\(kind))"
        case .undecodable(let reason): return "cannot decode as Chinese text: \(reason)"
        case .unreadableMarkup(let reason): return "not a page archivectl reads: \(reason)"
        }
    }
}
