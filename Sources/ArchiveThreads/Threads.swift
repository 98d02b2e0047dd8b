import Glibc

/// Starts `body` on a new detached thread, as Foundation's Thread does, with the stack size asked for.
package enum DetachedThread {
    package static func start(stackSize: Int, _ body: @escaping @Sendable () -> Void) {
        _ = PosixThread.create(stackSize: stackSize, detached: true, body)
    }
}

/// A thread whose end is waited for: `join` returns once its body has.
package final class JoinableThread {
    private let thread: pthread_t
    private var joined = false

    package init(stackSize: Int, _ body: @escaping @Sendable () -> Void) {
        thread = PosixThread.create(stackSize: stackSize, detached: false, body)
    }

    /// Waits for the body to return (at once if it has); called from one thread.
    package func join() {
        guard !joined else { return }
        pthread_join(thread, nil)
        joined = true
    }
}

private enum PosixThread {
    static func create(stackSize: Int, detached: Bool, _ body: @escaping @Sendable () -> Void) -> pthread_t {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(detached ? PTHREAD_CREATE_DETACHED : PTHREAD_CREATE_JOINABLE))
        pthread_attr_setstacksize(&attributes, stackSize)
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { context in
            let body = Unmanaged<Body>.fromOpaque(context!).takeRetainedValue()
            body.run()
            return nil
        }, context)
        precondition(status == 0, "cannot start a thread (error \(status))")
        return thread
    }

    /// The closure boxed, to pass through pthread_create's one pointer.
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
