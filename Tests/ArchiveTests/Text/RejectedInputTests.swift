import Archive
import Foundation
import Testing

/// Bytes that are not a report fail with a reason, and hostile bytes never crash or hang.
@Suite struct RejectedInputTests {
    @Test func emptyAndBlankInputsAreEmpty() {
        #expect(throws: TextError.empty) { try TextPipeline().process([]) }
        #expect(throws: TextError.empty) { try TextPipeline().process(Array(" \n\t\n".utf8)) }
    }

    @Test(arguments: [
        [UInt8]([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]),
        [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0],
        [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34],
    ])
    func knownBinaryFilesAreRefused(bytes: [UInt8]) {
        #expect {
            try TextPipeline().process(bytes)
        } throws: { error in
            guard case .binary = error as? TextError else { return false }
            return true
        }
    }

    @Test func nulLadenBytesAreBinary() {
        let bytes = Array("会议召开".utf8) + [0, 0, 1, 0] + Array("确保".utf8)
        #expect(throws: TextError.self) { try TextPipeline().process(bytes) }
    }

    @Test func bytesInvalidInEveryEncodingAreUndecodable() {
        // 0x80 and 0xFF are not lead bytes in UTF-8, GB18030 or Big5.
        let bytes = [UInt8](repeating: 0x80, count: 40) + [UInt8](repeating: 0xFF, count: 40)
        #expect {
            try TextPipeline().process(bytes)
        } throws: { error in
            guard case .undecodable(let reason) = error as? TextError else { return false }
            return !reason.isEmpty
        }
    }

    @Test func randomAndMutatedBytesNeverCrash() throws {
        var generator = SystemRandomNumberGenerator()
        let seed = try TextFixtures.seedBytes("004")
        for round in 0..<300 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int.random(in: 0...400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            } else {
                bytes = seed
                for _ in 0..<20 { bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            }
            if let document = try? TextPipeline().process(bytes) {
                #expect(document.normalized.originalOffsets.count == document.normalized.text.unicodeScalars.count + 1)
            }
        }
    }

    @Test func deeplyNestedMarkupEndsInTextOrAReason() throws {
        // libxml2 stops nesting at its depth limit; what matters is an answer, not a crash.
        let html = "<html><body>" + String(repeating: "<div>", count: 50_000) + "会议强调要确保完成任务。" + "</body></html>"
        do {
            let document = try TextPipeline().process(Array(html.utf8))
            #expect(document.normalized.originalOffsets.count == document.normalized.text.unicodeScalars.count + 1)
        } catch let error as TextError {
            #expect(!error.description.isEmpty)
        }
    }

    @Test func longRunsOfQuestionMarksAndRareCharactersStayFast() throws {
        let hostile = String(repeating: "確?!半p", count: 20_000) + String(repeating: "鄙舷鹿印", count: 20_000)
        let start = Date()
        _ = try TextFixtures.process(hostile)
        #expect(Date().timeIntervalSince(start) < 20)
    }
}
