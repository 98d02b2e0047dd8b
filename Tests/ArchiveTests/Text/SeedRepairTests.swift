import Archive
import Foundation
import Testing

@Suite struct SeedRepairTests {
    @Test func dump() throws {
        for seed in ["000", "001", "002", "003", "004"] {
            let document = try TextPipeline().process(try TextFixtures.seedBytes(seed))
            print("=== \(seed) \(document.encoding) \(document.script) \(document.repairs)")
            try? FileManager.default.createDirectory(atPath: "/tmp/textout", withIntermediateDirectories: true)
            try document.normalized.text.write(toFile: "/tmp/textout/\(seed).txt", atomically: true, encoding: .utf8)
            for range in document.clutter {
                let scalars = Array(document.normalized.text.unicodeScalars)[range]
                var view = String.UnicodeScalarView(); view.append(contentsOf: scalars)
                print("CLUTTER: \(String(view))")
            }
        }
    }
}
