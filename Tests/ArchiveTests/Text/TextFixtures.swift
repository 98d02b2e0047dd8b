import Archive
import Foundation
import Testing

/// Seed bytes and re-encodings of them, made the way a site would: with the system iconv.
enum TextFixtures {
    static func seedBytes(_ prefix: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: try Paths.seed(prefix)))
    }

    static func seedText(_ prefix: String) throws -> String {
        String(decoding: try seedBytes(prefix), as: UTF8.self)
    }

    /// `text` encoded by /usr/bin/iconv; characters the target lacks are dropped (-c).
    static func encoded(_ text: String, as encoding: String) throws -> [UInt8] {
        try iconv(Array(text.utf8), from: "UTF-8", to: encoding)
    }

    /// Bytes in `encoding` back to UTF-8 bytes.
    static func encodedBack(_ bytes: [UInt8], from encoding: String) throws -> [UInt8] {
        try iconv(bytes, from: encoding, to: "UTF-8")
    }

    private static func iconv(_ bytes: [UInt8], from: String, to: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-c", "-f", from, "-t", to]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    static func process(_ text: String) throws -> DecodedDocument {
        try TextPipeline().process(Array(text.utf8))
    }
}
