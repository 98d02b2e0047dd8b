/// File kinds that are recognisably not text, by their first bytes.
enum BinarySignature {
    private static let signatures: [(prefix: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0x25, 0x50, 0x44, 0x46], "PDF document; convert it to text first"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or Office document"),
        ([0x1F, 0x8B], "gzip archive; unpack it first"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "old Office document"),
        ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65, 0x20, 0x66], "SQLite database"),
        ([0x42, 0x5A, 0x68], "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A], "xz archive"),
        ([0x52, 0x49, 0x46, 0x46], "RIFF media file"),
        ([0x00, 0x00, 0x00], "binary data"),
    ]

    /// The kind of binary file `bytes` start like, if any.
    static func kind(of bytes: [UInt8]) -> String? {
        signatures.first { bytes.starts(with: $0.prefix) }?.kind
    }
}
