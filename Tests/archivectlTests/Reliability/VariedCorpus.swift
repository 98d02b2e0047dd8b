import Foundation

/// A folder of distinct reports made from the seeds with small variations (a paragraph left out,
/// a reprint line added), so an ingest has enough documents to be interrupted in the middle of.
enum VariedCorpus {
    /// Writes the seeds and `variantsPerSeed` variants of each into `folder`; returns the file count.
    @discardableResult
    static func make(in folder: URL, variantsPerSeed: Int = 20) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Paths.seeds.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var count = 0
        for seed in seeds {
            let text = try String(contentsOf: Paths.seeds.appending(path: seed), encoding: .utf8)
            let stem = (seed as NSString).deletingPathExtension
            try text.write(to: folder.appending(path: seed), atomically: false, encoding: .utf8)
            count += 1
            let paragraphs = text.components(separatedBy: "\n")
            for variant in 1...variantsPerSeed {
                var lines = paragraphs
                // Leave out one non-empty line after the headline, a different one for each variant.
                let candidates = lines.indices.filter { $0 > 2 && !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty }
                if !candidates.isEmpty { lines.remove(at: candidates[variant % candidates.count]) }
                lines.append("（本文第\(variant)次转载）")
                let name = "\(stem)-v\(String(format: "%02d", variant)).txt"
                try lines.joined(separator: "\n").write(to: folder.appending(path: name), atomically: false, encoding: .utf8)
                count += 1
            }
        }
        return count
    }
}

/// The export of an archive as a set of records: equal sets mean equal content, whatever the
/// ingest order or the ids.
struct ExportedRecords: Equatable {
    let lines: [String]
    var set: Set<String> { Set(lines) }

    static func of(_ db: String) throws -> ExportedRecords {
        let result = try CLI.run(["export", "--db", db, "--format", "jsonl"])
        guard result.status == 0 else {
            throw ExportFailure(message: "export of \(db) exited \(result.status): \(result.stderr)")
        }
        return ExportedRecords(lines: result.stdout.split(separator: "\n").map(String.init))
    }

    struct ExportFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
