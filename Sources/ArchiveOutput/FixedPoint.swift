import Glibc

/// A number with a fixed count of decimals, as printf's %.Nf writes it (what String(format:) gave):
/// rounded the same way, "inf" and "nan" the same.
public enum FixedPoint {
    public static func text(_ value: Double, decimals: Int) -> String {
        var size = 64
        while true {
            var buffer = [CChar](repeating: 0, count: size)
            let length = Int(withVaList([Int32(decimals), value]) { vsnprintf(&buffer, size, "%.*f", $0) })
            // A longer number (1e300 has 301 digits) is written again into a buffer that holds it.
            guard length < size else { size = length + 1; continue }
            return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
}
