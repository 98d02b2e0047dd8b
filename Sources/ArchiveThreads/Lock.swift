import Glibc

/// A pthread mutex, what NSLock is on Linux, without linking all of Foundation for it.
package final class Lock: @unchecked Sendable {
    /// Allocated, not stored inline: a pthread mutex must not move in memory.
    package let handle = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    package init() { pthread_mutex_init(handle, nil) }

    deinit {
        pthread_mutex_destroy(handle)
        handle.deallocate()
    }

    package func lock() { pthread_mutex_lock(handle) }
    package func unlock() { pthread_mutex_unlock(handle) }
}
