import ArchiveStore
import ArchiveThreads
import FoundationEssentials
import Glibc

/// Copies the write-ahead log into the archive on a thread of its own while an ingest writes.
///
/// A checkpoint writes the log's pages into the database file and waits for the disk; run by the
/// writer (SQLite's automatic checkpoint), that wait stopped the one thread every document passes
/// through, and the workers, two batches ahead, stopped with it. Here the writer only appends to
/// the log, and this thread folds it back in passive checkpoints, which never block the writer;
/// once a checkpoint has caught up, the writer's next transaction starts the log from its beginning
/// again. Nothing about durability changes: commits are as they were, in WAL mode with
/// synchronous=NORMAL.
final class BackgroundCheckpoint: @unchecked Sendable {
    private let condition = Condition()
    private var stopping = false
    private var thread: JoinableThread?

    /// Starts checkpointing the archive at `path`; nil for an in-memory or temporary archive, which
    /// no other connection can open.
    /// Should the thread's own connection fail to open, it ends, and the writer checkpoints as before.
    init?(path: String, pause: Double = 0.05) {
        guard !Connection.isPrivate(path) else { return nil }
        thread = JoinableThread(stackSize: 1 << 20) { [self] in
            checkpointUntilStopped(path: path, pause: pause)
        }
    }

    private func checkpointUntilStopped(path: String, pause: Double) {
        guard let connection = try? Connection(path: path, mode: .readWrite) else { return }
        while true {
            connection.checkpointPassively()
            condition.lock()
            if !stopping { _ = condition.wait(until: Date().addingTimeInterval(pause)) }
            let stop = stopping
            condition.unlock()
            if stop { return }
        }
    }

    /// Ends the thread after its current checkpoint, and closes its connection.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
        thread?.join()
    }
}
