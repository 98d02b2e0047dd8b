import Archive
import Foundation
import Testing

/// The seeds as the archive must see them: simplified, without annotations, damage undone.
@Suite struct SeedNormalizationTests {
    /// A toned syllable in parentheses, as the converters write it.
    private static func hasPinyinAnnotation(_ text: String) -> Bool {
        text.contains(/[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/)
    }

    @Test(arguments: [
        ("001", ["pinyin-annotation", "traditional-to-simplified"]),
        ("002", ["gbk-shift", "pinyin-annotation", "traditional-to-simplified"]),
        ("004", ["gbk-shift", "pinyin-annotation", "traditional-to-simplified"]),
    ])
    func damagedSeedsComeOutClean(seed: String, repairs: [String]) throws {
        let document = try TextPipeline().process(try TextFixtures.seedBytes(seed))
        #expect(document.repairs == repairs)
        #expect(document.script == "hant")
        #expect(document.encoding == "UTF-8")
        #expect(!Self.hasPinyinAnnotation(document.normalized.text))
        #expect(Self.hasPinyinAnnotation(document.original))
        // Nothing traditional is left for OpenCC to change.
        #expect(!document.normalized.text.contains("發") && !document.normalized.text.contains("經"))
    }

    @Test func seed004StatesItsGoalAgain() throws {
        let document = try TextPipeline().process(try TextFixtures.seedBytes("004"))
        #expect(document.normalized.text.contains("确保“双过半”"))
        #expect(document.normalized.text.contains("上下功夫"))
    }

    @Test func seed002StatesItsGoalAgain() throws {
        let document = try TextPipeline().process(try TextFixtures.seedBytes("002"))
        #expect(document.normalized.text.contains("确保“发展六仗”"))
    }

    @Test(arguments: ["000", "003"])
    func cleanSeedsPassThroughUnchanged(seed: String) throws {
        let text = try TextFixtures.seedText(seed)
        let document = try TextPipeline().process(try TextFixtures.seedBytes(seed))
        #expect(document.original == text)
        #expect(document.normalized.text == text)
        #expect(Array(document.normalized.text.utf8) == Array(text.utf8))
        #expect(document.normalized.originalOffsets == Array(0...text.unicodeScalars.count))
        #expect(document.repairs.isEmpty)
        #expect(document.script == "hans")
    }
}
