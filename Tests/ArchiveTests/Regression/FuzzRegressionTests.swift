import Archive
import Foundation
import Testing

/// Every input the fuzzers ever stopped on (Fuzz/regressions/), replayed in the normal build:
/// no crash, no trap, and no input over 1 s (after the one-time loading of the vocabularies).
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) throws -> [URL] {
        let folder = Paths.repoRoot.appending(path: "Fuzz/regressions/\(target)")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix(".") }.sorted().map { folder.appending(path: $0) }
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test func textInputsGoThroughThePipelineWithinASecond() throws {
        let inputs = try Self.inputs("text")
        #expect(!inputs.isEmpty)
        let pipeline = TextPipeline()
        let extractor = Extractor()
        // Warm up: the gazetteer, vocabularies and converters load once per process.
        let seed = [UInt8](try Data(contentsOf: Paths.seed("000")))
        _ = extractor.extract(try pipeline.process(seed))
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            let time = Self.seconds {
                if let decoded = try? pipeline.process(bytes) { _ = extractor.extract(decoded) }
            }
            #expect(time < 1, "\(input.lastPathComponent): \(time) s")
        }
    }

    @Test func filterInputsAreParsedWithinASecond() throws {
        let inputs = try Self.inputs("filter")
        #expect(!inputs.isEmpty)
        for input in inputs {
            let text = String(decoding: try Data(contentsOf: input), as: UTF8.self)
            let time = Self.seconds { _ = try? FilterParser.parse(text) }
            #expect(time < 1, "\(input.lastPathComponent): \(time) s")
        }
    }

    // MARK: The whole grown corpus (opt-in: FUZZ_CORPUS_REPLAY=1 after Fuzz/run)

    static let replayCorpus = ProcessInfo.processInfo.environment["FUZZ_CORPUS_REPLAY"] != nil

    static func corpus(_ target: String) throws -> [URL] {
        let folder = Paths.repoRoot.appending(path: "Fuzz/.build/corpus/\(target)")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appending(path: $0) }
    }

    @Test(.enabled(if: replayCorpus, "set FUZZ_CORPUS_REPLAY=1 to replay Fuzz/.build/corpus"))
    func everyTextCorpusInputWithinASecond() throws {
        let pipeline = TextPipeline()
        let extractor = Extractor()
        _ = extractor.extract(try pipeline.process([UInt8](try Data(contentsOf: Paths.seed("000")))))
        var slowest = (0.0, "")
        let inputs = try Self.corpus("text")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            let time = Self.seconds { if let decoded = try? pipeline.process(bytes) { _ = extractor.extract(decoded) } }
            if time > slowest.0 { slowest = (time, input.lastPathComponent) }
            #expect(time < 1, "\(input.lastPathComponent) (\(bytes.count) bytes): \(time) s")
        }
        print("text corpus: \(inputs.count) inputs, slowest \(slowest.1) in \(slowest.0) s")
    }

    @Test(.enabled(if: replayCorpus, "set FUZZ_CORPUS_REPLAY=1 to replay Fuzz/.build/corpus"))
    func everyFilterCorpusInputWithinASecond() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "replay-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try ArchiveDatabase(path: folder.appending(path: "a.db").path)
        _ = try Ingestor(database: archive).run(InputFiles.expand([Paths.seeds.path]).sources)
        _ = try? ArchiveQuery(connection: archive.connection, filter: "region=湖南").rows()
        var slowest = (0.0, "")
        let inputs = try Self.corpus("filter")
        for input in inputs {
            let text = String(decoding: try Data(contentsOf: input), as: UTF8.self)
            var failure: Error?
            let time = Self.seconds {
                do { _ = try ArchiveQuery(connection: archive.connection, filter: text, options: QueryOptions(limit: 50)).rows() }
                catch is FilterError {} catch is QueryOptionError {} catch { failure = error }
            }
            if time > slowest.0 { slowest = (time, input.lastPathComponent) }
            #expect(failure == nil, "\(text.debugDescription) reached SQLite: \(failure.map { "\($0)" } ?? "")")
            #expect(time < 1, "\(text.debugDescription): \(time) s")
        }
        print("filter corpus: \(inputs.count) inputs, slowest \(slowest.1) in \(slowest.0) s")
    }
}
