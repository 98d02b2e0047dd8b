import Archive
@testable import ArchiveResources
import Foundation
import Testing

/// The rules version is a hash of exactly the embedded migrations and data files.
@Suite struct RulesVersionTests {
    static func fnv1a(_ files: [String: String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for key in files.keys.sorted() {
            for byte in Array(key.utf8) + [0] + Array(files[key]!.utf8) + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test func itIsTheHashOfTheEmbeddedFilesAndChangesWithThem() {
        #expect(EmbeddedResources.rulesVersion == Self.fnv1a(EmbeddedFiles.contents))
        var changed = EmbeddedFiles.contents
        changed["data/goals.tsv", default: ""] += "\n"
        #expect(Self.fnv1a(changed) != EmbeddedResources.rulesVersion)
        #expect(EmbeddedFiles.contents.keys.contains { $0.hasPrefix("Migrations/") })
        #expect(EmbeddedFiles.contents.keys.contains { $0.hasPrefix("data/") })
    }
}
