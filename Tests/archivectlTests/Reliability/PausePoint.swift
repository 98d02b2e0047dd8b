import Foundation

/// The test's end of `ARCHIVECTL_TEST_PAUSE` (docs/TESTING.md): a named pipe that a run opens when
/// it reaches the moment asked for, and then holds there until the test closes its end. The test
/// learns the run is there by its own open returning, not by a sleep or a poll.
final class PausePoint {
    let fifo: String
    private var descriptor: Int32 = -1

    init(in folder: URL, name: String = "pause") {
        fifo = folder.appending(path: name).path
        unlink(fifo)
        mkfifo(fifo, 0o600)
    }

    /// The environment that makes a run pause the `count`-th time it reaches `moment`.
    func environment(_ moment: String, _ count: Int) -> [String: String] {
        ["ARCHIVECTL_TEST_PAUSE": "\(moment):\(count):\(fifo)"]
    }

    /// Waits until `command` holds at the moment (true), or has ended without reaching it (false).
    func waitUntilReached(by command: BackgroundCommand) -> Bool {
        let either = DispatchSemaphore(value: 0), opened = DispatchSemaphore(value: 0)
        let result = OpenResult()
        let path = fifo
        Thread.detachNewThread {
            result.descriptor = open(path, O_WRONLY)
            opened.signal()
            either.signal()
        }
        nonisolated(unsafe) let process = command.process
        Thread.detachNewThread {
            process.waitUntilExit()
            either.signal()
        }
        either.wait()
        if opened.wait(timeout: .now()) == .success {
            descriptor = result.descriptor
            return true
        }
        // The run ended without reaching the moment: a reader of our own lets the blocked open return.
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        opened.wait()
        close(result.descriptor)
        close(reader)
        return false
    }

    /// Lets a held run go on.
    func release() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    deinit {
        release()
        unlink(fifo)
    }

    private final class OpenResult: @unchecked Sendable { var descriptor: Int32 = -1 }
}
