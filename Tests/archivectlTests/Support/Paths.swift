import Foundation
import Testing

/// Where the tests find the project's files and ../shared (CI has it beside its clone).
enum Paths {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repoRoot.appending(path: "seeds")
    static let shared = repoRoot.deletingLastPathComponent().appending(path: "shared")
    static let devSet = shared.appending(path: "eval/dev")

    static func seed(_ prefix: String) throws -> URL {
        let name = try FileManager.default.contentsOfDirectory(atPath: seeds.path).first { $0.hasPrefix(prefix) }
        return seeds.appending(path: try #require(name))
    }

    /// A fresh temporary folder, removed by the caller when done.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "archivectl-test-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
