import FoundationEssentials

extension JSON {
    /// The strings of a JSON array, other elements skipped; none when the text is no JSON array.
    public static func strings(_ text: String?) -> [String] {
        guard let text else { return [] }
        if let strings = plainStrings(text) { return strings }
        guard let array = try? JSONDecoder().decode([StringElement].self, from: Data(text.utf8)) else { return [] }
        return array.compactMap(\.string)
    }

    /// An array element: its string, or nil when it is a number, object, array, true, false or null.
    private struct StringElement: Decodable {
        let string: String?
        init(from decoder: Decoder) throws { string = try? decoder.singleValueContainer().decode(String.self) }
    }

    /// An array of strings without escapes, nearly every list the archive stores, read directly:
    /// JSONDecoder costs a microsecond a list, as much as the rest of a listed row. nil for
    /// anything else, which JSONDecoder reads.
    private static func plainStrings(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var i = 0
            func skipSpace() { while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 } }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return nil }
            i += 1
            skipSpace()
            var strings: [String] = []
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
            } else {
                while true {
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
                    let start = i + 1
                    i = start
                    while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                        // Escapes, and control characters (which JSON does not allow raw), are JSONDecoder's.
                        if bytes[i] == UInt8(ascii: "\\") || bytes[i] < 0x20 { return nil }
                        i += 1
                    }
                    guard i < bytes.count else { return nil }
                    strings.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    i += 1
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") {
                        i += 1
                        skipSpace()
                        continue
                    }
                    guard bytes[i] == UInt8(ascii: "]") else { return nil }
                    i += 1
                    break
                }
            }
            skipSpace()
            return i == bytes.count ? strings : nil
        }
    }
}
