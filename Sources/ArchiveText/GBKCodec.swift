/// Single GBK characters to and from bytes, through iconv. Used only where a damaged run is
/// suspected, so one codec is made per repair call; it remembers what it looked up, which bounds
/// the work on hostile text to the size of the code page.
final class GBKCodec {
    private let encoder: Iconv
    private let decoder: Iconv
    private var encoded: [Unicode.Scalar: [UInt8]?] = [:]
    private var decoded: [UInt16: Unicode.Scalar?] = [:]

    init?() {
        guard let encoder = Iconv(from: "UTF-8", to: "GBK"), let decoder = Iconv(from: "GBK", to: "UTF-8") else { return nil }
        self.encoder = encoder
        self.decoder = decoder
    }

    /// The GBK bytes of one character, or nil when GBK has no such character.
    func encode(_ scalar: Unicode.Scalar) -> [UInt8]? {
        if let known = encoded[scalar] { return known }
        let bytes = encoder.convert(Array(String(scalar).utf8))?.bytes
        encoded[scalar] = bytes
        return bytes
    }

    /// The character a two-byte GBK sequence stands for, or nil when it is not one.
    func decode(_ lead: UInt8, _ trail: UInt8) -> Unicode.Scalar? {
        guard (0x81...0xFE).contains(lead), (0x40...0xFE).contains(trail), trail != 0x7F else { return nil }
        let key = UInt16(lead) << 8 | UInt16(trail)
        if let known = decoded[key] { return known }
        var result: Unicode.Scalar?
        if let bytes = decoder.convert([lead, trail])?.bytes {
            let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars
            if scalars.count == 1, let scalar = scalars.first, scalar != "\u{FFFD}" { result = scalar }
        }
        decoded[key] = result
        return result
    }
}
