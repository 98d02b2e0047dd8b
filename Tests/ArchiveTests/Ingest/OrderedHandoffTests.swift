import Archive
@testable import ArchiveIngest
import Foundation
import Synchronization
import Testing

/// Workers run at most a window ahead of the writer; during the index builds between the last
/// batches the window widens (Ingestor.indexBuildWindow).
@Suite struct OrderedHandoffTests {
    @Test func aWiderWindowLetsAWaitingWorkerClaimTheNextItem() throws {
        let handoff = OrderedHandoff<Int>(count: 5, window: 2)
        #expect(handoff.claim() == 0 && handoff.claim() == 1)
        let claimed = Mutex<Int?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let index = handoff.claim()
            claimed.withLock { $0 = index }
            done.signal()
        }
        // Two items ahead of a writer that has taken none: the third claim waits.
        #expect(done.wait(timeout: .now() + 0.2) == .timedOut)
        #expect(claimed.withLock { $0 } == nil)
        handoff.widen(to: 3)
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(claimed.withLock { $0 } == 2)
        // Never narrower than it was.
        handoff.widen(to: 1)
        for index in 0..<3 { handoff.deliver(index * 10, at: index) }
        #expect(handoff.take() == 0 && handoff.take() == 10 && handoff.take() == 20)
    }
}
