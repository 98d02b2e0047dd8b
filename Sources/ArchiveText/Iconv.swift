import Glibc

/// Conversions through glibc's iconv, so no code page is written out by hand here.
/// A converter holds one iconv descriptor and is used by one caller at a time.
final class Iconv {
    private let descriptor: iconv_t
    let from: String
    let to: String

    /// nil when the system does not know one of the encodings.
    init?(from: String, to: String) {
        guard let descriptor = iconv_open(to, from), descriptor != iconv_t(bitPattern: -1) else { return nil }
        self.descriptor = descriptor
        self.from = from
        self.to = to
    }

    deinit { iconv_close(descriptor) }

    /// The converted bytes and how many input bytes could not be converted. With `lenient`, each
    /// bad byte becomes `replacement` and conversion goes on; otherwise the first bad byte stops it
    /// and nil is returned.
    func convert<Bytes: Collection<UInt8>>(_ input: Bytes, lenient: Bool = false,
                                           replacement: [UInt8] = [0xEF, 0xBF, 0xBD]) -> (bytes: [UInt8], errors: Int)? {
        var source = Array(input)
        if source.isEmpty { return ([], 0) }
        _ = iconv(descriptor, nil, nil, nil, nil)  // reset shift state between calls
        var output = [UInt8](repeating: 0, count: source.count * 4 + 16)
        var written = 0
        var errors = 0
        let ok: Bool = source.withUnsafeMutableBytes { inRaw in
            var inPointer = inRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
            var inLeft = inRaw.count
            while inLeft > 0 {
                let result: Int = output.withUnsafeMutableBytes { outRaw in
                    var outPointer: UnsafeMutablePointer<CChar>? = outRaw.baseAddress!
                        .advanced(by: written).assumingMemoryBound(to: CChar.self)
                    var outLeft = outRaw.count - written
                    var inOptional: UnsafeMutablePointer<CChar>? = inPointer
                    let r = iconv(descriptor, &inOptional, &inLeft, &outPointer, &outLeft)
                    inPointer = inOptional!
                    written = outRaw.count - outLeft
                    return r
                }
                if result != -1 { break }
                switch errno {
                case E2BIG:
                    output.append(contentsOf: repeatElement(0, count: output.count))
                case EILSEQ, EINVAL:
                    guard lenient else { return false }
                    errors += 1
                    if output.count - written < replacement.count {
                        output.append(contentsOf: repeatElement(0, count: output.count))
                    }
                    for byte in replacement {
                        output[written] = byte
                        written += 1
                    }
                    inPointer += 1
                    inLeft -= 1
                    _ = iconv(descriptor, nil, nil, nil, nil)
                default:
                    return false
                }
            }
            // Flush any state a stateful encoding keeps at the end.
            output.withUnsafeMutableBytes { outRaw in
                var outPointer: UnsafeMutablePointer<CChar>? = outRaw.baseAddress!
                    .advanced(by: written).assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count - written
                _ = iconv(descriptor, nil, nil, &outPointer, &outLeft)
                written = outRaw.count - outLeft
            }
            return true
        }
        guard ok else { return nil }
        output.removeSubrange(written...)
        return (output, errors)
    }

    /// Decodes to a String (the converter must target UTF-8).
    func decode<Bytes: Collection<UInt8>>(_ input: Bytes, lenient: Bool = false) -> (text: String, errors: Int)? {
        guard let result = convert(input, lenient: lenient) else { return nil }
        return (String(decoding: result.bytes, as: UTF8.self), result.errors)
    }
}
