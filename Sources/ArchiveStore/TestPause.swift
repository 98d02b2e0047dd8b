import CSQLite
import FoundationEssentials
import Glibc

/// A test's hold on a run at one moment, so a test kills or races it exactly there instead of
/// guessing with sleeps. Set `ARCHIVECTL_TEST_PAUSE=MOMENT:N:FIFO` (docs/TESTING.md): the N-th time
/// the process reaches MOMENT it opens the named pipe FIFO for reading, which returns once the test
/// opens it for writing, and then reads until the test closes it. Without the variable every call
/// is one comparison.
public final class TestPause: @unchecked Sendable {
    public enum Moment: String, Sendable {
        /// Inside a migration's transaction, its work done, before COMMIT.
        case migrating
        /// Inside a transaction that stores documents, its rows written, before COMMIT.
        case writing
        /// After a transaction that stored documents committed.
        case stored
        /// The first time a writing connection finds the archive locked by another (its busy
        /// handler), before it waits.
        case busy
    }

    public static let variable = "ARCHIVECTL_TEST_PAUSE"

    static let configured: TestPause? = {
        guard let value = ProcessInfo.processInfo.environment[variable] else { return nil }
        let parts = value.split(separator: ":", maxSplits: 2).map(String.init)
        guard parts.count == 3, let moment = Moment(rawValue: parts[0]), let count = Int(parts[1]), count > 0 else { return nil }
        return TestPause(moment: moment, count: count, fifo: parts[2])
    }()

    let moment: Moment
    let count: Int
    let fifo: String
    /// How often the moment was reached; changed under `lock` (workers and the writer may both reach one).
    private var reached = 0
    private var lock = pthread_mutex_t()

    private init(moment: Moment, count: Int, fifo: String) {
        self.moment = moment
        self.count = count
        self.fifo = fifo
        pthread_mutex_init(&lock, nil)
    }

    /// Holds the calling thread when this is the moment the test asked for.
    package static func reach(_ moment: Moment) {
        guard let pause = configured, pause.moment == moment else { return }
        pthread_mutex_lock(&pause.lock)
        pause.reached += 1
        let now = pause.reached == pause.count
        pthread_mutex_unlock(&pause.lock)
        if now { pause.hold() }
    }

    private func hold() {
        let descriptor = open(fifo, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        var byte: UInt8 = 0
        while read(descriptor, &byte, 1) > 0 {}
        close(descriptor)
    }

    /// Installs, on a writing connection when a test asked for the `busy` moment, a busy handler
    /// that reaches it on its first call and then waits as `sqlite3_busy_timeout` would.
    static func installBusyHandler(_ handle: OpaquePointer, timeoutMilliseconds: Int32) -> Bool {
        guard configured?.moment == .busy else { return false }
        sqlite3_busy_handler(handle, { context, calls in
            if calls == 0 { TestPause.reach(.busy) }
            let limit = Int(bitPattern: context)
            guard Int(calls) < limit else { return 0 }
            usleep(1_000)
            return 1
        }, UnsafeMutableRawPointer(bitPattern: Int(timeoutMilliseconds)))
        return true
    }
}
