import Archive
@testable import ArchiveResources
import Foundation
import Testing

/// The rules version is a hash of the extraction code's digest and exactly the embedded data files:
/// a change of any word list changes it, a change of a migration does not.
@Suite struct RulesVersionTests {
    static func fnv1a(code: String, _ files: [String: String]) -> String {
        var hash = UInt64(code, radix: 16)!
        for key in files.keys.sorted() where key.hasPrefix("data/") {
            for byte in Array(key.utf8) + [0] + Array(files[key]!.utf8) + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test func itIsTheHashOfTheCodeAndTheDataFilesAndChangesWithThem() {
        let code = EmbeddedFiles.extractionCodeDigest
        #expect(EmbeddedResources.rulesVersion == Self.fnv1a(code: code, EmbeddedFiles.contents))
        var changed = EmbeddedFiles.contents
        changed["data/goals.tsv", default: ""] += "\n"
        #expect(Self.fnv1a(code: code, changed) != EmbeddedResources.rulesVersion)
        var migrated = EmbeddedFiles.contents
        migrated["Migrations/9999_x.sql"] = "SELECT 1;"
        #expect(Self.fnv1a(code: code, migrated) == EmbeddedResources.rulesVersion)
        #expect(Self.fnv1a(code: "0", EmbeddedFiles.contents) != EmbeddedResources.rulesVersion)
    }

    /// An archive with the built-in aliases records the version `--version` prints.
    @Test func theBuiltInAliasesGiveTheBuiltInVersion() {
        #expect(ArchiveRules(aliases: IndicatorVocabulary.builtIn.aliases).version == EmbeddedResources.rulesVersion)
        var more = IndicatorVocabulary.builtIn.aliases
        more["某某新指标"] = "GDP"
        #expect(ArchiveRules(aliases: more).version != EmbeddedResources.rulesVersion)
    }
}
