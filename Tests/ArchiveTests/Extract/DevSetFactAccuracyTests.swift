import Archive
import Foundation
import Testing

/// The indicator values and goals the whole pipeline extracts from the seeds and ../shared/eval/dev,
/// scored as ../shared/eval/score.py scores them: sets of (indicator, kind, value, unit) for
/// vocabulary indicators and of (phrase, stance), per document, pooled into F1.
@Suite struct DevSetFactAccuracyTests {
    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var f1: Double {
            let p = truePositives + falsePositives == 0 ? (falseNegatives == 0 ? 1 : 0)
                : Double(truePositives) / Double(truePositives + falsePositives)
            let r = truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        mutating func add<T: Hashable>(gold: Set<T>, predicted: Set<T>) {
            truePositives += gold.intersection(predicted).count
            falsePositives += predicted.subtracting(gold).count
            falseNegatives += gold.subtracting(predicted).count
        }
    }

    struct Scores {
        var documents = 0
        var indicators = Score()
        var goals = Score()
        var misses: [String] = []
    }

    /// Scores every gold document: seeds' text from the project, the reports' from ../shared.
    static func score(onlySeeds: Bool) throws -> Scores {
        guard FileManager.default.fileExists(atPath: Paths.devSet.path) else {
            Issue.record("\(Paths.devSet.path) is missing: the dev set lives in ../shared/eval/dev beside the clone")
            return Scores()
        }
        let goldFiles = try FileManager.default.contentsOfDirectory(atPath: Paths.devSet.path)
            .filter { $0.hasSuffix(".gold.json") }.sorted()
        var scores = Scores()
        for goldFile in goldFiles {
            let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: Paths.devSet.appending(path: goldFile)))
                as? [String: Any] ?? [:]
            guard let name = gold["file"] as? String else { continue }
            let isSeed = !name.hasPrefix("r")
            if onlySeeds, !isSeed { continue }
            let url = isSeed ? Paths.seeds.appending(path: name) : Paths.devSet.appending(path: name)
            let document = try TextPipeline().process([UInt8](try Data(contentsOf: url)))
            let extraction = Extractor().extract(document)
            scores.documents += 1

            let goldValues = Set((gold["indicators"] as? [[String: Any]] ?? []).map { entry in
                "\(entry["indicator"] ?? "")|\(entry["kind"] ?? "")|\(rounded(entry["value"]))|\(norm(entry["unit"] as? String))"
            })
            // Values of indicators outside the vocabulary are kept but not scored.
            let values = Set(extraction.indicators.compactMap { v in
                v.indicator.map { "\($0)|\(v.kind)|\(rounded(v.value))|\(norm(v.unit))" }
            })
            scores.indicators.add(gold: goldValues, predicted: values)
            let goldGoals = Set((gold["goals"] as? [[String: Any]] ?? []).map { "\($0["phrase"] ?? "")|\($0["stance"] ?? "")" })
            let goals = Set(extraction.goals.map { "\(norm($0.phrase))|\($0.stance)" })
            scores.goals.add(gold: goldGoals, predicted: goals)
            if goldValues != values || goldGoals != goals {
                scores.misses.append("\(name): missed \(goldValues.subtracting(values).sorted() + goldGoals.subtracting(goals).sorted()) "
                                     + "extra \(values.subtracting(goldValues).sorted() + goals.subtracting(goldGoals).sorted())")
            }
        }
        return scores
    }

    /// score.py's norm(): NFKC, trimmed.
    static func norm(_ s: String?) -> String {
        (s ?? "").precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// score.py's value_key(): rounded to four places.
    static func rounded(_ value: Any?) -> String {
        let number = (value as? NSNumber)?.doubleValue ?? (value as? Double) ?? .nan
        return String(format: "%.4f", number)
    }

    @Test func seedsScorePerfectly() throws {
        let scores = try Self.score(onlySeeds: true)
        #expect(scores.documents == 5, "the five seeds' gold in ../shared/eval/dev")
        #expect(scores.indicators.f1 == 1.0, "\(scores.misses)")
        #expect(scores.goals.f1 == 1.0, "\(scores.misses)")
    }

    @Test func wholeDevSetScoresAtLeastNinetyFivePercent() throws {
        let scores = try Self.score(onlySeeds: false)
        #expect(scores.documents > 5, "the dev set's gold in ../shared/eval/dev")
        #expect(scores.indicators.f1 >= 0.95, "\(scores.misses)")
        #expect(scores.goals.f1 >= 0.95, "\(scores.misses)")
    }
}
