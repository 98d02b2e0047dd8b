import Archive
import Foundation
import Testing

/// Never worse: the repairs leave clean text alone. Clean text is what the pipeline itself makes of
/// real reports (their normalized sentences); documents generated from it in many arrangements —
/// other orders, other numbers, paragraphs and headlines, ASCII words — must come out unchanged,
/// with no repair named and an identity offset map.
@Suite struct NeverWorseTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Normalized sentences of the seed reports: clean by the pipeline's own definition.
    static let cleanSentences: [String] = {
        let pipeline = TextPipeline()
        var sentences: [String] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.seeds.path).sorted()) ?? []
        for name in names where name.hasSuffix(".txt") {
            guard let data = FileManager.default.contents(atPath: Paths.seeds.appending(path: name).path),
                  let decoded = try? pipeline.process([UInt8](data)) else { continue }
            sentences += Sentences.split(decoded.normalized.text).map(\.text).filter { $0.count >= 4 }
        }
        return sentences
    }()

    static let asciiWords = ["GDP", "CPI", "PPI", "5G", "App", "AI", "2023", "2024", "Q1", "R&D"]

    /// One generated clean document.
    static func document(_ random: inout Generator) -> String {
        var paragraphs: [String] = []
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            var paragraph = ""
            for _ in 0..<Int.random(in: 1...5, using: &random) {
                var sentence = cleanSentences.randomElement(using: &random)!
                // Other numbers in the same places: digits stay digits.
                sentence = String(sentence.map { $0.isASCII && $0.isNumber ? Character(String(Int.random(in: 0...9, using: &random))) : $0 })
                if Int.random(in: 0..<6, using: &random) == 0 {
                    sentence = (asciiWords.randomElement(using: &random)! + sentence)
                }
                paragraph += sentence
            }
            paragraphs.append(paragraph)
        }
        return paragraphs.joined(separator: Bool.random(using: &random) ? "\n" : "\n\n") + "\n"
    }

    @Test func theSeedsProvideCleanText() {
        #expect(Self.cleanSentences.count >= 100)
    }

    @Test func normalizedTextIsAFixedPoint() throws {
        let pipeline = TextPipeline()
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.seeds.path).sorted() where name.hasSuffix(".txt") {
            let once = try pipeline.process([UInt8](try Data(contentsOf: Paths.seeds.appending(path: name))))
            let twice = try pipeline.process(Array(once.normalized.text.utf8))
            #expect(twice.normalized.text == once.normalized.text, "\(name): normalizing twice changed the text")
            #expect(twice.repairs.isEmpty, "\(name): repairs applied to already repaired text: \(twice.repairs)")
        }
    }

    @Test(arguments: 0..<8)
    func generatedCleanTextIsLeftUntouched(batch: Int) throws {
        try #require(!Self.cleanSentences.isEmpty)
        let pipeline = TextPipeline()
        for index in 0..<40 {
            let seed = UInt64(batch * 1000 + index)
            var random = Generator(state: seed)
            let text = Self.document(&random)
            let decoded = try pipeline.process(Array(text.utf8))
            #expect(decoded.repairs.isEmpty, "seed \(seed): repairs \(decoded.repairs) on clean text")
            #expect(decoded.script == "hans", "seed \(seed)")
            guard decoded.normalized.text == text else {
                let a = Array(text), b = Array(decoded.normalized.text)
                let at = zip(a, b).prefix { $0 == $1 }.count
                Issue.record("seed \(seed): clean text changed at character \(at): \(String(a[at..<min(a.count, at + 20)])) → \(String(b[at..<min(b.count, at + 20)]))")
                continue
            }
            #expect(decoded.normalized.originalOffsets == Array(0...text.unicodeScalars.count), "seed \(seed): offset map is not the identity")
        }
    }
}
