import Glibc

/// A pthread mutex, what NSLock is on Linux, without linking all of Foundation for it.
final class Lock: @unchecked Sendable {
    /// Allocated, not stored inline: a pthread mutex must not move in memory.
    let handle = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init() { pthread_mutex_init(handle, nil) }

    deinit {
        pthread_mutex_destroy(handle)
        handle.deallocate()
    }

    func lock() { pthread_mutex_lock(handle) }
    func unlock() { pthread_mutex_unlock(handle) }
}
