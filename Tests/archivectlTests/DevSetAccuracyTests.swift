import Foundation
import Testing

/// The dev set scored by ../shared/eval/score.py itself, on an export of the built binary's archive
/// of seeds/ and ../shared/eval/dev: every field at or above its recorded floor
/// (Tests/accuracy-floor.tsv), and the five seeds perfect.
@Suite(.serialized, .enabled(if: Paths.sharedAvailable, Comment(rawValue: Paths.sharedMissingNotice)))
struct DevSetAccuracyTests {
    struct Floor {
        var floor: Double
        var target: Double
    }

    /// Field → floor and target, from Tests/accuracy-floor.tsv.
    static func floors() throws -> [String: Floor] {
        let text = try String(contentsOf: Paths.repoRoot.appending(path: "Tests/accuracy-floor.tsv"), encoding: .utf8)
        var floors: [String: Floor] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("field\t") {
            let cells = line.split(separator: "\t").map(String.init)
            guard cells.count == 3, let floor = Double(cells[1]), let target = Double(cells[2]) else {
                throw ScoreError.message("Tests/accuracy-floor.tsv: a line is not field<TAB>floor<TAB>target: \(line)")
            }
            floors[cells[0]] = Floor(floor: floor, target: target)
        }
        return floors
    }

    enum ScoreError: Error, CustomStringConvertible {
        case message(String)
        var description: String { if case .message(let m) = self { return m }; return "" }
    }

    /// score.py's `--json` result: per-field scores and the overall mean.
    struct Scores {
        var fields: [String: Double]
        var overall: Double
        var missing: [String]
        var table: String
    }

    /// Ingests the seeds and the dev reports into a fresh archive, exports it and scores the export
    /// against the gold files in `goldFolder`.
    static func score(goldFolder: URL) throws -> Scores {
        let work = Paths.temporaryFolder()
        let db = work.appending(path: "dev.db").path
        let ingest = try CLI.run(["ingest", "--db", db, "--quiet", Paths.seeds.path, Paths.devSet.path])
        #expect(ingest.status == 0, "ingest of seeds and the dev set: \(ingest.stderr)")
        let export = try CLI.run(["export", "--db", db])
        try #require(export.status == 0, "export: \(export.stderr)")
        let jsonl = work.appending(path: "export.jsonl")
        try Data(export.stdout.utf8).write(to: jsonl)
        let json = try python(["score.py", goldFolder.path, jsonl.path, "--json"])
        let table = try python(["score.py", goldFolder.path, jsonl.path])
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let fields = object["fields"] as? [String: Double], let overall = object["overall"] as? Double else {
            throw ScoreError.message("score.py --json printed no scores: \(json)")
        }
        return Scores(fields: fields, overall: overall, missing: object["missing"] as? [String] ?? [], table: table)
    }

    static func python(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = Paths.shared.appending(path: "eval")
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ScoreError.message("python3 \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func everyFieldHoldsItsRecordedFloor() throws {
        let floors = try Self.floors()
        let scores = try Self.score(goldFolder: Paths.devSet)
        #expect(scores.missing.isEmpty, "documents with gold but no export record: \(scores.missing)")
        var all = scores.fields
        all["overall"] = scores.overall
        #expect(Set(floors.keys) == Set(all.keys), "Tests/accuracy-floor.tsv names every field score.py scores")
        for (field, floor) in floors.sorted(by: { $0.key < $1.key }) {
            let score = all[field] ?? 0
            // score.py prints three places; the floor is recorded as printed.
            #expect((score * 1000).rounded() / 1000 >= floor.floor, "\(field) \(score) fell below its floor \(floor.floor)\n\(scores.table)")
        }
        let improved = floors.filter { (all[$0.key] ?? 0) >= $0.value.floor + 0.005 }.keys.sorted()
        if !improved.isEmpty {
            print("DevSetAccuracyTests: above the recorded floor by 0.005 or more, raise it in Tests/accuracy-floor.tsv: \(improved.joined(separator: ", "))")
        }
    }

    @Test func theSeedsScorePerfectly() throws {
        let golds = Paths.temporaryFolder().appending(path: "seed-gold")
        try FileManager.default.createDirectory(at: golds, withIntermediateDirectories: true)
        let seeds = Set(try FileManager.default.contentsOfDirectory(atPath: Paths.seeds.path))
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.devSet.path) where name.hasSuffix(".gold.json") {
            let url = Paths.devSet.appending(path: name)
            let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
            if let file = gold?["file"] as? String, seeds.contains(file) {
                try FileManager.default.copyItem(at: url, to: golds.appending(path: name))
            }
        }
        try #require(try FileManager.default.contentsOfDirectory(atPath: golds.path).count == seeds.filter { $0.hasSuffix(".txt") }.count,
                     "every seed has its gold in ../shared/eval/dev")
        let scores = try Self.score(goldFolder: golds)
        for (field, score) in scores.fields.sorted(by: { $0.key < $1.key }) {
            #expect(score == 1.0, "\(field) \(score) on the seeds\n\(scores.table)")
        }
    }
}
