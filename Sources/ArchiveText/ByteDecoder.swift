/// Turns a file's bytes into text: byte-order marks first, then a charset the page declares,
/// then whichever candidate encoding decodes cleanly and reads most like Chinese.
struct ByteDecoder {
    struct Decoded {
        var text: String
        /// UTF-8, UTF-16LE, UTF-16BE, GB18030 or Big5.
        var encoding: String
    }

    /// Legacy candidates and the iconv names they are decoded with. GB18030 covers GBK and GB2312;
    /// Big5-HKSCS covers Big5 and the Hong Kong additions.
    private static let legacy: [(name: String, iconv: String)] = [("GB18030", "GB18030"), ("Big5", "BIG5-HKSCS")]

    /// A page with more undecodable bytes than this share is not taken as text in that encoding.
    private static let tolerableErrorShare = 0.005

    func decode(_ bytes: [UInt8], declared: String?) throws -> Decoded {
        guard !bytes.isEmpty else { throw TextError.empty }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw TextError.undecodable(reason: "starts with a UTF-8 byte-order mark but is not valid UTF-8")
            }
            return Decoded(text: text, encoding: "UTF-8")
        }
        for (bom, name) in [([UInt8]([0xFF, 0xFE]), "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE")] where bytes.starts(with: bom) {
            guard let text = Iconv(from: name, to: "UTF-8")?.decode(bytes.dropFirst(2))?.text else {
                throw TextError.undecodable(reason: "starts with a \(name) byte-order mark but is not valid \(name)")
            }
            return Decoded(text: text, encoding: name)
        }
        if let kind = BinarySignature.kind(of: bytes) { throw TextError.binary(kind: kind) }
        if bytes.contains(0) {
            if let decoded = Self.unmarkedUTF16(bytes) { return decoded }
            throw TextError.binary(kind: "binary data: contains NUL bytes")
        }

        let utf8 = String(validating: bytes, as: UTF8.self).map { Decoded(text: $0, encoding: "UTF-8") }
        if let declared, let decoded = decodeStrictly(bytes, as: declared) {
            // Scrapers often save a page as UTF-8 and keep its old `charset=gbk`; valid UTF-8 that
            // reads better than the declared decoding is what the bytes are.
            if let utf8, declared != "UTF-8", Self.chineseShare(utf8.text) > Self.chineseShare(decoded.text) { return utf8 }
            return decoded
        }
        if let utf8 { return utf8 }
        return try bestLegacy(bytes)
    }

    /// UTF-16 saved without a byte-order mark: its ASCII (digits, line breaks) has NUL halves.
    /// Taken when the bytes decode strictly in one byte order as text that reads as Chinese.
    private static func unmarkedUTF16(_ bytes: [UInt8]) -> Decoded? {
        guard bytes.count % 2 == 0 else { return nil }
        var best: (decoded: Decoded, share: Double)?
        for name in ["UTF-16LE", "UTF-16BE"] {
            guard let text = Iconv(from: name, to: "UTF-8")?.decode(bytes)?.text else { continue }
            let share = chineseShare(text)
            if share >= 0.3 && share > (best?.share ?? 0) { best = (Decoded(text: text, encoding: name), share) }
        }
        return best?.decoded
    }

    private func decodeStrictly(_ bytes: [UInt8], as encoding: String) -> Decoded? {
        if encoding == "UTF-8" {
            return String(validating: bytes, as: UTF8.self).map { Decoded(text: $0, encoding: "UTF-8") }
        }
        guard let candidate = Self.legacy.first(where: { $0.name == encoding }),
              let text = Iconv(from: candidate.iconv, to: "UTF-8")?.decode(bytes)?.text else { return nil }
        return Decoded(text: text, encoding: candidate.name)
    }

    /// Among GB18030 and Big5 (and UTF-8 with a few bad bytes), the decoding with the fewest errors
    /// and the largest share of common Chinese characters.
    private func bestLegacy(_ bytes: [UInt8]) throws -> Decoded {
        var best: (decoded: Decoded, errors: Int, score: Double)?
        var candidates: [(Decoded, Int)] = []
        for candidate in Self.legacy {
            guard let result = Iconv(from: candidate.iconv, to: "UTF-8")?.decode(bytes, lenient: true) else { continue }
            candidates.append((Decoded(text: result.text, encoding: candidate.name), result.errors))
        }
        let utf8 = String(decoding: bytes, as: UTF8.self)
        let utf8Errors = utf8.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        candidates.append((Decoded(text: utf8, encoding: "UTF-8"), utf8Errors))
        // A wrong decoding of Chinese bytes is often free of errors but reads as rare characters,
        // while the right one may have a bad byte or two (a file cut mid-character): the share of
        // common characters decides, with each bad byte costing a little.
        for (decoded, errors) in candidates {
            let score = Self.chineseShare(decoded.text) - 20 * Double(errors) / Double(bytes.count)
            if best == nil || score > best!.score { best = (decoded, errors, score) }
        }
        guard let best else { throw TextError.undecodable(reason: "no decoder could read the bytes") }
        if Double(best.errors) > Double(bytes.count) * Self.tolerableErrorShare {
            throw TextError.undecodable(reason: "invalid in UTF-8, GB18030 and Big5 (\(best.errors) bad bytes at best, as \(best.decoded.encoding))")
        }
        if Self.chineseShare(best.decoded.text) < 0.3 {
            throw TextError.undecodable(reason: "decodes only as \(best.decoded.encoding) text that does not read as Chinese")
        }
        // A few bad bytes stay visible as U+FFFD rather than failing the whole page.
        return best.decoded
    }

    /// Share of the text's non-space, non-ASCII scalars that are Han characters found in common
    /// words; a wrong decoding of Chinese bytes yields rare characters and symbols instead.
    static func chineseShare(_ text: String) -> Double {
        var considered = 0
        var common = 0
        let words = CommonWords.shared
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            if scalar.isBlank { continue }
            considered += 1
            if scalar.isHan, words.isCommon(scalar) { common += 1 }
        }
        return considered == 0 ? 0 : Double(common) / Double(considered)
    }
}
