import Foundation

/// bytes → decode → repair → normalize. Pure: no files, no database.
public struct TextPipeline: Sendable {
    public init() {}

    public func process(_ bytes: [UInt8]) throws -> DecodedDocument {
        // Foundation: the text stage will take over decoding (GB18030, Big5, HTML) and repairs.
        guard !bytes.isEmpty else { throw TextError.empty }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw TextError.undecodable(reason: "not valid UTF-8")
        }
        return DecodedDocument(original: text, normalized: NormalizedText(identity: text), encoding: "UTF-8")
    }
}
