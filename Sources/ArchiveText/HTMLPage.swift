import CLibXML2
import FoundationEssentials

/// A saved article page reduced to what the archive keeps: its text with paragraph breaks, and the
/// title, publication date and source its markup states. Parsed with libxml2's forgiving HTML
/// parser, so broken real-world markup still yields its text.
struct HTMLPage {
    var text: String
    var title: String?
    var published: String?
    var publisher: String?

    /// Whether the bytes look like an HTML document rather than text that mentions a tag.
    static func looks(like bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return false }
        let head = lowercasedASCII(bytes[start..<min(bytes.count, start + 2048)])
        return ["<!doctype html", "<html", "<head", "<body", "<meta", "<title"].contains { head.contains($0) }
    }

    /// The encoding a `<meta charset>` or `http-equiv` declaration names, as a ByteDecoder name.
    static func declaredEncoding(in bytes: [UInt8]) -> String? {
        let head = lowercasedASCII(bytes[0..<min(bytes.count, 4096)])
        guard let range = head.firstRange(of: "charset") else { return nil }
        var label = ""
        for character in head[range.upperBound...].drop(while: { " =\"'".contains($0) }) {
            guard character.isLetter || character.isNumber || character == "-" || character == "_" else { break }
            label.append(character)
        }
        switch label {
        case "utf-8", "utf8": return "UTF-8"
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312": return "GB18030"
        case "big5", "big5-hkscs", "cp950", "x-x-big5", "x-big5": return "Big5"
        default: return nil
        }
    }

    /// Most attributes a tag may have: real pages have tens, and libxml2's time grows with the
    /// square of a tag's count (200,000 took minutes).
    static let attributeLimit = 1_000

    /// The count reached by the first tag with more than `attributeLimit` attributes, or nil. A
    /// tag starts at `<` and a letter and ends at `>`; attributes are counted as the words that
    /// start after a space within it, outside quoted values.
    static func excessiveAttributes(in bytes: [UInt8]) -> Int? {
        var inTag = false, afterSpace = false, afterEquals = false
        var quote: UInt8 = 0
        var count = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if !inTag {
                if byte == UInt8(ascii: "<"), index < bytes.count, (bytes[index] | 0x20) >= 0x61, (bytes[index] | 0x20) <= 0x7A {
                    inTag = true
                    afterSpace = false
                    afterEquals = false
                    count = 0
                }
                continue
            }
            if quote != 0 {
                if byte == quote { quote = 0 }
                continue
            }
            switch byte {
            case UInt8(ascii: ">"):
                inTag = false
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                afterSpace = true
            case UInt8(ascii: "\""), UInt8(ascii: "'") where afterEquals:
                quote = byte
                afterEquals = false
            case UInt8(ascii: "="):
                afterEquals = true
                afterSpace = false
            default:
                if afterSpace && !afterEquals {
                    count += 1
                    if count > attributeLimit { return count }
                }
                afterSpace = false
                afterEquals = false
            }
        }
        return nil
    }

    private static func lowercasedASCII(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : ($0 < 0x80 ? $0 : 0x20) }, as: UTF8.self)
    }

    /// The parser stopped before the end of the page (nesting past its limit): text after that
    /// point is missing.
    var cut = false

    /// Named in a document's repairs when its page was cut.
    static let cutRepair = "html-cut"

    /// Parses decoded page text (already UTF-8; the page's own charset hint is ignored).
    init(html: String) {
        var utf8 = Array(html.utf8)
        utf8.append(0)
        var stopped: Int32 = 0
        let document = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cxml_parse_html(pointer, Int32(clamping: buffer.count - 1), &stopped)
            }
        }
        cut = stopped != 0
        var reader = ArticleReader()
        if let document {
            defer { cxml_free_document(document) }
            if let root = cxml_root(document) { reader.read(root) }
        }
        text = reader.lines.joined(separator: "\n")
        title = reader.meta(ArticleReader.titleKeys) ?? reader.title
        published = (reader.meta(ArticleReader.dateKeys)).flatMap(PageFacts.isoDate)
            ?? PageFacts.statedDate(in: reader.lines)
        publisher = reader.meta(ArticleReader.sourceKeys) ?? PageFacts.statedSource(in: reader.lines)
    }
}

/// Walks the parsed tree once, without recursion (hostile pages nest deeply), collecting
/// paragraph text, the `<title>` and `<meta>` values.
private struct ArticleReader {
    static let titleKeys = ["articletitle", "og:title"]
    static let dateKeys = ["article:published_time", "pubdate", "publishdate", "publish_date", "publishtime",
                           "published_time", "datepublished", "firstpublishedtime", "og:release_date",
                           "dc.date.issued", "dc.date", "date"]
    static let sourceKeys = ["source", "contentsource", "copyfrom", "publisher", "og:site_name", "sitename"]

    /// Elements whose content is never article text.
    private static let dropped: Set<String> = ["script", "style", "nav", "noscript", "iframe", "select", "option",
                                               "button", "template", "svg", "object", "embed", "footer", "aside",
                                               "form", "textarea", "canvas", "map", "audio", "video"]
    /// Elements that start and end a paragraph.
    private static let blocks: Set<String> = ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                                              "tr", "table", "tbody", "thead", "section", "article", "header",
                                              "main", "blockquote", "pre", "dd", "dt", "dl", "center", "hr",
                                              "figure", "figcaption", "address", "body", "html", "td", "th"]

    var lines: [String] = []
    var title: String?
    var metas: [String: String] = [:]
    private var line = ""

    func meta(_ keys: [String]) -> String? {
        for key in keys { if let value = metas[key], !value.isEmpty { return value } }
        return nil
    }

    mutating func read(_ root: OpaquePointer) {
        var node: OpaquePointer? = root
        while let current = node {
            let descend = enter(current)
            if descend, let child = cxml_first_child(current) {
                node = child
                continue
            }
            var finished = current
            node = nil
            while true {
                leave(finished)
                if finished == root { break }
                if let next = cxml_next(finished) {
                    node = next
                    break
                }
                guard let parent = cxml_parent(finished), cxml_kind_of(parent) == CXML_ELEMENT else { break }
                finished = parent
            }
        }
        breakLine()
    }

    private static func name(_ node: OpaquePointer) -> String {
        guard let name = cxml_name(node) else { return "" }
        return String(cString: name).lowercased()
    }

    private static func attribute(_ node: OpaquePointer, _ name: String) -> String? {
        guard let value = cxml_attribute(node, name) else { return nil }
        defer { cxml_free_string(value) }
        return String(cString: value)
    }

    private static func content(_ node: OpaquePointer) -> String {
        guard let value = cxml_content(node) else { return "" }
        defer { cxml_free_string(value) }
        return String(cString: value)
    }

    /// Returns whether to walk into the node's children.
    private mutating func enter(_ node: OpaquePointer) -> Bool {
        switch cxml_kind_of(node) {
        case CXML_TEXT:
            if let content = cxml_text(node) { appendText(String(cString: content)) }
            return false
        case CXML_ELEMENT:
            let name = Self.name(node)
            switch name {
            case "title":
                if title == nil { title = Self.collapsed(Self.content(node)) }
                return false
            case "meta":
                let key = (Self.attribute(node, "property") ?? Self.attribute(node, "name")
                           ?? Self.attribute(node, "itemprop") ?? Self.attribute(node, "http-equiv"))?.lowercased()
                if let key, let value = Self.attribute(node, "content"), metas[key] == nil {
                    metas[key] = Self.collapsed(value)
                }
                return false
            case "head":
                return true
            default:
                if Self.dropped.contains(name) { return false }
                if Self.blocks.contains(name) { breakLine() }
                return true
            }
        default:
            return false
        }
    }

    private mutating func leave(_ node: OpaquePointer) {
        guard cxml_kind_of(node) == CXML_ELEMENT else { return }
        if Self.blocks.contains(Self.name(node)) { breakLine() }
    }

    private mutating func appendText(_ text: String) {
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}" || scalar == "\u{C}" {
                if !line.isEmpty, line.unicodeScalars.last != " " { line.unicodeScalars.append(" ") }
            } else {
                line.unicodeScalars.append(scalar)
            }
        }
    }

    private mutating func breakLine() {
        let trimmed = line.trimmingSpacesAndLineBreaks()
        if !trimmed.isEmpty { lines.append(trimmed) }
        line = ""
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
