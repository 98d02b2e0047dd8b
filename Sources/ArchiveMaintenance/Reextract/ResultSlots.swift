import ArchiveExtract
import ArchiveIngest
import ArchiveModel
import ArchiveQuery
import ArchiveResources
import ArchiveStore
import ArchiveText
import ArchiveThreads
/// Work items handed out by index to several threads, and their results kept in input order.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = Lock()
    private var next = 0
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next index no thread has taken, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Every result, once every claimed index is set (the threads joined).
    var values: [Value] { slots.map { $0! } }
}
