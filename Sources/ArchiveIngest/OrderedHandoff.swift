import ArchiveThreads
import FoundationEssentials

/// Hands items made by several worker threads to one consumer in input order. Workers claim the
/// next index, make its item and deliver it; the consumer takes items in index order. Workers may
/// run at most `window` items ahead of the consumer, so memory stays flat however long the input.
final class OrderedHandoff<Item: Sendable>: @unchecked Sendable {
    private let condition = Condition()
    private let count: Int
    // All below are guarded by `condition`.
    private var window: Int
    private var ready: [Int: Item] = [:]
    private var nextClaim = 0
    private var nextTake = 0
    private var runningWorkers = 0
    private var stopped = false

    init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// The next index to work on, waiting while the consumer is a whole window behind; nil when all are claimed.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && nextClaim < count && nextClaim - nextTake >= window { condition.wait() }
        guard !stopped && nextClaim < count else { return nil }
        nextClaim += 1
        return nextClaim - 1
    }

    /// Workers claim nothing more: the consumer takes no more items.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Lets workers run `window` items ahead from now on (more, never fewer).
    func widen(to window: Int) {
        condition.lock()
        self.window = max(self.window, window)
        condition.broadcast()
        condition.unlock()
    }

    func deliver(_ item: Item, at index: Int) {
        condition.lock()
        ready[index] = item
        if index == nextTake { condition.broadcast() }
        condition.unlock()
    }

    /// The next item in order, waiting for it until `deadline`; nil when it is not ready by then or
    /// every item has been taken.
    func take(before deadline: Date? = nil) -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while nextTake < count && ready[nextTake] == nil {
            // (wait(until: .distantFuture) overflows the timespec and traps.)
            if let deadline {
                if !condition.wait(until: deadline) && ready[nextTake] == nil { return nil }
            } else {
                condition.wait()
            }
        }
        guard nextTake < count, let item = ready.removeValue(forKey: nextTake) else { return nil }
        nextTake += 1
        condition.broadcast()
        return item
    }

    var isExhausted: Bool {
        condition.lock()
        defer { condition.unlock() }
        return nextTake >= count
    }

    func workerStarted() {
        condition.lock()
        runningWorkers += 1
        condition.unlock()
    }

    func workerFinished() {
        condition.lock()
        runningWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every worker has returned (and so released what it held, such as its connection).
    func waitForWorkers() {
        condition.lock()
        while runningWorkers > 0 { condition.wait() }
        condition.unlock()
    }
}
