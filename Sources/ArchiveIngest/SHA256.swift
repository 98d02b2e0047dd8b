import CCrypto

/// SHA-256 through the system's libcrypto (OpenSSL), already on every machine with SQLite's
/// build tools; swift-crypto would compile a second copy of BoringSSL into every build. Ingest
/// checks that libcrypto loads before it hashes (IngestLibraries).
public enum SHA256 {
    public static func hex(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        let hashed = bytes.withUnsafeBufferPointer { buffer in ccrypto_sha256(buffer.baseAddress, buffer.count, &digest) }
        precondition(hashed, ccrypto_load_error().map { String(cString: $0) } ?? "SHA-256 failed")
        let digits: [Character] = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return out
    }
}
