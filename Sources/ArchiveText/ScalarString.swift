extension String {
    /// A string of these scalars, encoded straight to UTF-8: appending scalars to a
    /// UnicodeScalarView one by one costs several times more, and the pipeline builds a string
    /// for every sentence, line and word it cuts out.
    package init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        // Arrays and their slices, nearly every caller, are encoded from a plain buffer.
        if let string = scalars.withContiguousStorageIfAvailable({ String(scalarBuffer: $0) }) {
            self = string
            return
        }
        var capacity = 0
        for s in scalars { capacity += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var i = 0
            for s in scalars { String.encode(s, into: buffer, at: &i) }
            return i
        }
    }

    private init(scalarBuffer scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        // The width of each scalar without a branch, so the count is a cheap straight pass.
        var capacity = 0
        for s in scalars {
            let v = s.value
            capacity += 1 + (v >= 0x80 ? 1 : 0) + (v >= 0x800 ? 1 : 0) + (v >= 0x10000 ? 1 : 0)
        }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var i = 0
            for s in scalars { String.encode(s, into: buffer, at: &i) }
            return i
        }
    }

    /// A string of these UTF-16 code units (a lone surrogate becomes U+FFFD, as in
    /// `String(decoding:as:)`), encoded straight to UTF-8, for the string of every capture group
    /// ICU reports. `String(decoding:as: UTF16.self)` on a buffer slice takes the generic (slow)
    /// transcoding path.
    package init(utf16Units units: UnsafeBufferPointer<UInt16>) {
        self.init(unsafeUninitializedCapacity: units.count * 3) { buffer in
            var i = 0, k = 0
            while k < units.count {
                let unit = units[k]
                k += 1
                let value: UInt32
                if unit & 0xFC00 == 0xD800, k < units.count, units[k] & 0xFC00 == 0xDC00 {
                    value = 0x10000 + (UInt32(unit & 0x3FF) << 10 | UInt32(units[k] & 0x3FF))
                    k += 1
                } else {
                    value = unit & 0xF800 == 0xD800 ? 0xFFFD : UInt32(unit)
                }
                String.encode(Unicode.Scalar(value)!, into: buffer, at: &i)
            }
            return i
        }
    }

    @inline(__always)
    private static func encode(_ s: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at i: inout Int) {
        let v = s.value
        switch v {
        case 0..<0x80:
            buffer[i] = UInt8(v); i += 1
        case 0x80..<0x800:
            buffer[i] = UInt8(0xC0 | v >> 6); buffer[i + 1] = UInt8(0x80 | v & 0x3F); i += 2
        case 0x800..<0x10000:
            buffer[i] = UInt8(0xE0 | v >> 12); buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
            buffer[i + 2] = UInt8(0x80 | v & 0x3F); i += 3
        default:
            buffer[i] = UInt8(0xF0 | v >> 18); buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
            buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[i + 3] = UInt8(0x80 | v & 0x3F); i += 4
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded in one pass over its UTF-8: `Array(text.unicodeScalars)`
    /// walks the string twice, once only to count.
    package init(scalarsOf text: String) {
        var text = text
        self = text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var n = 0
                UTF8Scalars.decode(utf8) { value in
                    buffer.initializeElement(at: n, to: Unicode.Scalar(value)!)
                    n += 1
                }
                count = n
            }
        }
    }
}

extension Array where Element == UInt16 {
    /// The UTF-16 code units of these scalars.
    package init(utf16Of scalars: [Unicode.Scalar]) {
        // Written in place: appending each scalar's UTF16View went through a generic append per scalar.
        let supplementary = scalars.reduce(0) { $0 + ($1.value > 0xFFFF ? 1 : 0) }
        self.init(unsafeUninitializedCapacity: scalars.count + supplementary) { buffer, count in
            var n = 0
            for scalar in scalars { Self.write(scalar.value, to: buffer, at: &n) }
            count = n
        }
    }

    /// The UTF-16 code units of `text` in one pass over its UTF-8 (`Array(text.utf16)` counts
    /// them first, and steps through the string's index machinery for each).
    package init(utf16Of text: String) {
        var text = text
        self = text.withUTF8 { utf8 in
            // Never more UTF-16 units than UTF-8 bytes.
            [UInt16](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var n = 0
                let units = buffer
                UTF8Scalars.decode(utf8) { Self.write($0, to: units, at: &n) }
                count = n
            }
        }
    }
}

extension Array where Element == UInt16 {
    /// Writes the scalar `value` at `n` as one unit, or as a surrogate pair outside the BMP, and
    /// moves `n` past it.
    @inline(__always)
    fileprivate static func write(_ value: UInt32, to buffer: UnsafeMutableBufferPointer<UInt16>, at n: inout Int) {
        if value < 0x10000 {
            buffer.initializeElement(at: n, to: UInt16(value))
            n += 1
        } else {
            buffer.initializeElement(at: n, to: UInt16(0xD800 + ((value - 0x10000) >> 10)))
            buffer.initializeElement(at: n + 1, to: UInt16(0xDC00 + (value & 0x3FF)))
            n += 2
        }
    }
}

/// The scalar values of valid UTF-8 (a String's), each passed to `body`: the lead byte tells each
/// scalar's length, so no validation or index bookkeeping is needed.
enum UTF8Scalars {
    @inline(__always)
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Void) {
        var i = 0
        while i < utf8.count {
            let lead = UInt32(utf8[i])
            if lead < 0x80 {
                body(lead)
                i += 1
            } else if lead < 0xE0 {
                body((lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F))
                i += 2
            } else if lead < 0xF0 {
                body((lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F))
                i += 3
            } else {
                body((lead & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12
                    | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F))
                i += 4
            }
        }
    }
}
