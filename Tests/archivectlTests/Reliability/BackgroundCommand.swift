import Foundation

/// `archivectl` started without waiting for it, to be killed or waited for later.
final class BackgroundCommand {
    let process = Process()
    private let folder: URL
    private let outURL: URL
    private let errURL: URL

    /// `launcher` runs before the binary (e.g. a command that drops privileges).
    init(_ arguments: [String], launcher: [String] = [], environment extra: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "bg-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        outURL = folder.appending(path: "out")
        errURL = folder.appending(path: "err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [CLI.binary.path] + arguments
        } else {
            process.executableURL = CLI.binary
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "ARCHIVE_DB")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// SIGKILL now; true when the process was still running (the kill interrupted it).
    @discardableResult
    func kill() -> Bool {
        let running = process.isRunning
        if running { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return running && process.terminationReason == .uncaughtSignal
    }

    func wait() throws -> CLI.Result {
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus,
                          stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                          stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
