import Archive
@testable import ArchiveExtract
@testable import ArchiveModel
@testable import ArchiveText
import Foundation
import Testing

/// The dev set's gold (../shared/eval/dev) scored the way ../shared/eval/score.py scores an export:
/// the seeds must be perfect, the whole set at least 0.95 on every field. The text comes from the
/// dev folder, or the repo's seeds/ for the seed documents.
@Suite struct DevSetAccuracyTests {
    struct Gold {
        var file: String
        var json: [String: Any]
        var meeting: [String: Any] { json["meeting"] as? [String: Any] ?? [:] }
        var people: [[String: Any]] { json["people"] as? [[String: Any]] ?? [] }
        var authors: [String] { json["authors"] as? [String] ?? [] }
        var indicators: [[String: Any]] { json["indicators"] as? [[String: Any]] ?? [] }
        var goals: [[String: Any]] { json["goals"] as? [[String: Any]] ?? [] }
    }

    static func golds() throws -> [Gold] {
        let folder = Paths.devSet
        guard FileManager.default.fileExists(atPath: folder.path) else {
            Issue.record("\(folder.path) is missing: the dev set lives in ../shared/eval/dev beside the clone (CI has it)")
            return []
        }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".gold.json") }.sorted()
            .map { name in
                let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appending(path: name))) as? [String: Any] ?? [:]
                return Gold(file: json["file"] as? String ?? "", json: json)
            }
    }

    static func text(of gold: Gold) throws -> URL {
        let dev = Paths.devSet.appending(path: gold.file)
        if FileManager.default.fileExists(atPath: dev.path) { return dev }
        return Paths.seeds.appending(path: gold.file)
    }

    static func extract(_ gold: Gold) throws -> Extraction {
        let bytes = [UInt8](try Data(contentsOf: try text(of: gold)))
        return Extractor().extract(try TextPipeline().process(bytes))
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

    /// Correct/total counts and true/false positive/negative counts per field, as score.py keeps them.
    struct Score {
        var accuracy: [String: (ok: Int, n: Int)] = [:]
        var counts: [String: (tp: Int, fp: Int, fn: Int)] = [:]
        var misses: [String] = []

        mutating func check(_ field: String, _ ok: Bool, _ note: @autoclosure () -> String) {
            let a = accuracy[field] ?? (0, 0)
            accuracy[field] = (a.ok + (ok ? 1 : 0), a.n + 1)
            if !ok { misses.append("\(field): \(note())") }
        }

        mutating func compare<T: Hashable>(_ field: String, gold: Set<T>, predicted: Set<T>, _ file: String) {
            let c = counts[field] ?? (0, 0, 0)
            counts[field] = (c.tp + gold.intersection(predicted).count, c.fp + predicted.subtracting(gold).count,
                             c.fn + gold.subtracting(predicted).count)
            if gold != predicted {
                misses.append("\(file) \(field): missed \(gold.subtracting(predicted)) extra \(predicted.subtracting(gold))")
            }
        }

        /// Accuracy for the accuracy fields, F1 for the counted ones.
        func value(_ field: String) -> Double {
            if let a = accuracy[field] { return a.n == 0 ? 1 : Double(a.ok) / Double(a.n) }
            guard let c = counts[field] else { return 1 }
            let p = c.tp + c.fp > 0 ? Double(c.tp) / Double(c.tp + c.fp) : (c.fn == 0 ? 1 : 0)
            let r = c.tp + c.fn > 0 ? Double(c.tp) / Double(c.tp + c.fn) : 1
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }
    }

    static let fields = ["meeting.region", "meeting.date", "meeting.title", "people.titles", "people", "roles", "authors",
                         "indicators", "goals"]

    static func score(_ golds: [Gold]) throws -> Score {
        var score = Score()
        for gold in golds {
            let x = try extract(gold)
            let f = gold.file
            // meeting.region: null gold wants no region; else the name or the code matches.
            let region = x.meeting.region
            if let g = gold.meeting["region"] as? [String: Any] {
                let ok = region != nil && (norm(region?.name) == g["name"] as? String
                                           || (region?.code ?? "") == (g["code"] as? String ?? "\u{0}"))
                score.check("meeting.region", ok, "\(f) \(region?.name ?? "nil") (gold \(g["name"] ?? ""))")
            } else {
                score.check("meeting.region", region == nil || (region?.name.isEmpty == true && region?.code == nil),
                            "\(f) \(region?.name ?? "") (gold null)")
            }
            // meeting.date: equal, or --MM-DD when the gold's year is not stated in the text.
            let pdate = x.meeting.date ?? "", gdate = gold.meeting["date"] as? String ?? ""
            let stated = gold.meeting["year_stated"] as? Bool ?? false
            score.check("meeting.date", pdate == gdate || (!gdate.isEmpty && !stated && pdate == "--" + gdate.suffix(5)),
                        "\(f) \(pdate) (gold \(gdate))")
            let contains = norm(gold.meeting["title_contains"] as? String)
            score.check("meeting.title", norm(x.meeting.title).contains(contains), "\(f) \(x.meeting.title ?? "nil") (gold \(contains))")
            // people, titles, roles
            var gpeople: [String: [String: Any]] = [:]
            for p in gold.people { gpeople[norm(p["name"] as? String)] = p }
            var ppeople: [String: Person] = [:]
            for p in x.people { ppeople[norm(p.name)] = p }
            score.compare("people", gold: Set(gpeople.keys), predicted: Set(ppeople.keys), f)
            for (name, gp) in gpeople {
                let gtitles = gp["titles"] as? [String] ?? []
                guard !gtitles.isEmpty, let pp = ppeople[name] else { continue }
                let ptitles = Set(pp.titles.map { norm($0) })
                score.check("people.titles", gtitles.allSatisfy { ptitles.contains(norm($0)) }, "\(f) \(name): \(ptitles) (gold \(gtitles))")
            }
            let groles = Set(gpeople.flatMap { name, p in (p["roles"] as? [String] ?? []).map { name + "/" + $0 } })
            let proles = Set(ppeople.flatMap { name, p in p.roles.map { name + "/" + norm($0) } })
            score.compare("roles", gold: groles, predicted: proles, f)
            score.compare("authors", gold: Set(gold.authors.map { norm($0) }), predicted: Set(x.authors.map { norm($0) }), f)
            // indicators: (indicator, kind, value, unit); values outside the vocabulary are kept but not scored.
            let gvalues = Set(gold.indicators.map { e in
                "\(e["indicator"] ?? "")|\(e["kind"] ?? "")|\(rounded(e["value"]))|\(norm(e["unit"] as? String))"
            })
            let pvalues = Set(x.indicators.compactMap { v in v.indicator.map { "\($0)|\(v.kind)|\(rounded(v.value))|\(norm(v.unit))" } })
            score.compare("indicators", gold: gvalues, predicted: pvalues, f)
            score.compare("goals", gold: Set(gold.goals.map { "\($0["phrase"] ?? "")|\($0["stance"] ?? "")" }),
                          predicted: Set(x.goals.map { "\(norm($0.phrase))|\($0.stance)" }), f)
        }
        return score
    }

    @Test func seedsScorePerfectly() throws {
        let golds = try Self.golds().filter { !$0.file.hasPrefix("r") }
        try #require(golds.count == 5, "the five seeds' gold in ../shared/eval/dev")
        let score = try Self.score(golds)
        for field in Self.fields {
            #expect(score.value(field) == 1.0, "\(field): \(score.value(field))\n\(score.misses.joined(separator: "\n"))")
        }
    }

    @Test func wholeDevSetScoresAtLeast95() throws {
        let golds = try Self.golds()
        try #require(golds.count > 5, "the dev set's gold in ../shared/eval/dev")
        let score = try Self.score(golds)
        for field in Self.fields {
            #expect(score.value(field) >= 0.95, "\(field): \(score.value(field))\n\(score.misses.joined(separator: "\n"))")
        }
    }
}
