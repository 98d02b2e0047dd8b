import Archive
import Foundation
import Testing

/// Ingest may run the pipeline on several threads; the shared OpenCC pool and word tables must
/// give every thread the same answer as a single one.
@Suite struct ConcurrentUseTests {
    @Test func manyThreadsGetTheSameDocuments() async throws {
        let inputs = try ["000", "001", "002", "003", "004"].map { try TextFixtures.seedBytes($0) }
        let expected = try inputs.map { try TextPipeline().process($0).normalized }
        let results = try await withThrowingTaskGroup(of: (Int, NormalizedText).self) { group in
            for round in 0..<40 {
                let index = round % inputs.count
                let bytes = inputs[index]
                group.addTask { (index, try TextPipeline().process(bytes).normalized) }
            }
            var collected: [(Int, NormalizedText)] = []
            for try await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == 40)
        for (index, normalized) in results { #expect(normalized == expected[index]) }
    }
}
