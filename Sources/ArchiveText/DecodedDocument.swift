/// What the text stage makes of a file's bytes: the decoded original, the normalized text that
/// extraction reads, and what the page itself states about the document.
public struct DecodedDocument: Sendable {
    /// Text as decoded from the bytes (HTML reduced to its article text), before any repair.
    public var original: String
    public var normalized: NormalizedText
    /// Name of the encoding the bytes were read as: UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5.
    public var encoding: String
    /// Script of the original text: hans, hant or mixed.
    public var script: String
    /// Names of the repairs applied, in order.
    public var repairs: [String]
    /// Title, publication date (ISO) and publisher when markup states them (HTML <title>, meta tags).
    public var title: String?
    public var published: String?
    public var publisher: String?
    /// Scalar ranges of `normalized.text` that are page clutter (navigation, share bars, copyright).
    public var clutter: [Range<Int>]
    /// The scalars of `normalized.text`, which the pipeline has at hand, for extraction to read
    /// instead of decoding the text again; nil where not kept (a document handed to the writer).
    package var normalizedScalars: [Unicode.Scalar]?

    public init(original: String, normalized: NormalizedText, encoding: String, script: String = "hans",
                repairs: [String] = [], title: String? = nil, published: String? = nil,
                publisher: String? = nil, clutter: [Range<Int>] = []) {
        self.original = original
        self.normalized = normalized
        self.encoding = encoding
        self.script = script
        self.repairs = repairs
        self.title = title
        self.published = published
        self.publisher = publisher
        self.clutter = clutter
    }
}
