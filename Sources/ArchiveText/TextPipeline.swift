/// bytes → decode → (HTML → article text) → repair → normalize. Pure: no files, no database, no
/// shared mutable state (OpenCC handles are pooled behind a lock), so it may run on many threads.
public struct TextPipeline: Sendable {
    public init() {}

    /// Builds the common words and opens `converters` OpenCC handles, so the first document does
    /// not wait for them.
    package static func buildTables(converters: Int) {
        _ = CommonWords.shared
        ChineseConverter.toSimplified.open(handles: converters)
    }

    /// Builds the script-character sets (OpenCC's two dictionaries over every CJK character), the
    /// longest of the tables to build.
    package static func buildScriptCharacters() {
        _ = ScriptCharacters.shared
    }

    public func process(_ bytes: [UInt8]) throws -> DecodedDocument {
        guard !bytes.isEmpty else { throw TextError.empty }
        let isHTML = HTMLPage.looks(like: bytes)
        if isHTML, let count = HTMLPage.excessiveAttributes(in: bytes) {
            throw TextError.unreadableMarkup(reason: "a tag with over \(count) attributes (the limit is "
                                             + "\(HTMLPage.attributeLimit)), which would stall the HTML parser")
        }
        let declared = isHTML ? HTMLPage.declaredEncoding(in: bytes) : nil
        let decoded = try ByteDecoder().decode(bytes, declared: declared)

        var original = decoded.text
        var page: HTMLPage?
        if isHTML {
            let parsed = HTMLPage(html: decoded.text)
            original = parsed.text
            page = parsed
        }
        // Named first, so the document's repairs say its text is not the whole page.
        var repairs: [String] = page?.cut == true ? [HTMLPage.cutRepair] : []
        let scalars = [Unicode.Scalar](scalarsOf: original)
        try Self.requireText(scalars)

        var text = TracedText(identity: scalars)
        if let repaired = GBKShiftRepair().repair(text) {
            text = repaired
            repairs.append(GBKShiftRepair.name)
        }
        if let repaired = PinyinAnnotationRepair.repair(text) {
            text = repaired
            repairs.append(PinyinAnnotationRepair.name)
        }
        let conversion = ScriptConversion.apply(text)
        if conversion.converted {
            text = conversion.text
            repairs.append(ScriptConversion.name)
        }
        if let repaired = WidthFolding.repair(text) {
            text = repaired
            repairs.append(WidthFolding.name)
        }

        // Every repair that changes the text is named in `repairs`: with none, the text is the
        // original's scalars, whose string is at hand and need not be encoded again.
        let normalized = repairs.allSatisfy({ $0 == HTMLPage.cutRepair })
            ? NormalizedText(identity: original, scalarCount: scalars.count)
            : text.normalized(originalLength: scalars.count)

        var document = DecodedDocument(
            original: original,
            normalized: normalized,
            encoding: decoded.encoding,
            script: conversion.script,
            repairs: repairs,
            title: page?.title.map(Self.simplified),
            published: page?.published,
            publisher: page?.publisher.map(Self.simplified),
            clutter: PageClutter.ranges(in: text.scalars)
        )
        document.normalizedScalars = text.scalars
        return document
    }

    /// Refuses text that is empty or mostly control characters (a binary file that happened to decode).
    private static func requireText(_ scalars: [Unicode.Scalar]) throws {
        var visible = 0
        var controls = 0
        for scalar in scalars {
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" && scalar != "\u{C}" {
                controls += 1
            } else if scalar != " " && scalar != "\n" && scalar != "\r" && scalar != "\t" && scalar != "\u{3000}" && scalar != "\u{A0}" {
                visible += 1
            }
        }
        if visible == 0 { throw TextError.empty }
        if controls * 20 > visible { throw TextError.binary(kind: "binary data: \(controls) control characters") }
    }

    /// Page facts are stored in simplified characters, like the text.
    private static func simplified(_ value: String) -> String {
        let converted = ScriptConversion.apply(TracedText(identity: Array(value.unicodeScalars)))
        return converted.converted ? converted.text.string : value
    }
}
