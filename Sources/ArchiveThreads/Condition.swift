import FoundationEssentials
import Glibc

/// A lock with a condition variable, as NSCondition is on Linux: wait releases the lock while it
/// sleeps and holds it again when it returns.
package final class Condition: @unchecked Sendable {
    private let mutex = Lock()
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    package init() { pthread_cond_init(condition, nil) }

    deinit {
        pthread_cond_destroy(condition)
        condition.deallocate()
    }

    package func lock() { mutex.lock() }
    package func unlock() { mutex.unlock() }

    package func wait() { pthread_cond_wait(condition, mutex.handle) }

    /// Waits for a broadcast until `deadline`; false when the deadline passed first (or had
    /// passed already, which returns at once, as NSCondition does).
    package func wait(until deadline: Date) -> Bool {
        guard deadline.timeIntervalSinceNow > 0 else { return false }
        let nanoseconds = Int64(deadline.timeIntervalSince1970 * 1_000_000_000)
        var time = timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        return pthread_cond_timedwait(condition, mutex.handle, &time) == 0
    }

    package func broadcast() { pthread_cond_broadcast(condition) }
}
