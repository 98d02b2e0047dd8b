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
}
