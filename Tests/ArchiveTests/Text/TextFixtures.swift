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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-c", "-f", "UTF-8", "-t", encoding]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(text.utf8))
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
