import Foundation

/// Where the tests find the project's files and ../shared (CI has it beside its clone).
public enum Paths {
    public static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let seeds = repoRoot.appending(path: "seeds")
    public static let shared = repoRoot.deletingLastPathComponent().appending(path: "shared")
    public static let devSet = shared.appending(path: "eval/dev")

    /// Whether ../shared/eval/dev is beside the clone (CI has it; a fresh clone alone does not).
    public static let sharedAvailable = FileManager.default.fileExists(atPath: devSet.path)
    /// The one line a test that needs ../shared prints when it skips.
    public static let sharedMissingNotice =
        "needs ../shared/eval/dev beside the clone (\(shared.path)); CI has it"

    public struct MissingSeed: Error, CustomStringConvertible {
        public let prefix: String
        public var description: String { "no seed named \(prefix)… in \(Paths.seeds.path)" }
    }

    public static func seed(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else { throw MissingSeed(prefix: prefix) }
        return seeds.appending(path: name)
    }

    /// A fresh temporary folder. All of a test run's are in one folder, removed when the run exits:
    /// the suites are structs, with no end of life to remove their own.
    public static func temporaryFolder() -> URL {
        let url = testRunFolder.appending(path: UUID().uuidString)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let testRunFolder: URL = {
        atexit { try? FileManager.default.removeItem(at: Paths.folderOfThisRun()) }
        return folderOfThisRun()
    }()

    private static func folderOfThisRun() -> URL {
        FileManager.default.temporaryDirectory.appending(path: "archivectl-tests-\(getpid())")
    }
}
