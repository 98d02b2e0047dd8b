import ArchiveThreads
import COpenCC
import FoundationEssentials

/// OpenCC's phrase-level conversion between traditional and simplified Chinese. OpenCC is
/// preferred over ICU's character-level `Hant-Hans` transform because its phrase dictionaries keep
/// words like 乾隆 whole, where a character map would write 干隆.
///
/// Loading a dictionary is costly and an OpenCC handle is not documented as safe to share, so
/// handles are kept in a small lock-guarded pool: each conversion borrows one, so callers on
/// several threads never share a handle and never load twice more than they must.
package final class ChineseConverter: @unchecked Sendable {
    package enum Direction: String { case toSimplified = "t2s.json", toTraditional = "s2t.json" }

    package static let toSimplified = ChineseConverter(.toSimplified)
    static let toTraditional = ChineseConverter(.toTraditional)

    private let direction: Direction
    private let lock = Lock()
    private var idle: [OpaquePointer] = []
    private var unavailable = false

    private init(_ direction: Direction) { self.direction = direction }

    /// The converted text, or nil when OpenCC or its dictionary is missing on this system.
    func convert(_ text: String) -> String? {
        if text.isEmpty { return text }
        guard let handle = borrow() else { return nil }
        defer { giveBack(handle) }
        var utf8 = Array(text.utf8)
        let count = utf8.count
        utf8.append(0)
        return utf8.withUnsafeBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let converted = copencc_convert(handle, raw, count) else { return nil }
            defer { copencc_free(converted) }
            return String(cString: converted)
        }
    }

    /// Whether OpenCC and this direction's dictionary can be opened here.
    package var isAvailable: Bool {
        guard let handle = borrow() else { return false }
        giveBack(handle)
        return true
    }

    /// Opens handles until `count` are idle, so the threads that convert next find them loaded.
    func open(handles count: Int) {
        var opened: [OpaquePointer] = []
        while opened.count < count, let handle = borrow() { opened.append(handle) }
        opened.forEach(giveBack)
    }

    private func borrow() -> OpaquePointer? {
        lock.lock()
        if let handle = idle.popLast() {
            lock.unlock()
            return handle
        }
        let failed = unavailable
        lock.unlock()
        if failed { return nil }
        guard let handle = copencc_open(direction.rawValue) else {
            lock.lock()
            unavailable = true
            lock.unlock()
            return nil
        }
        return handle
    }

    private func giveBack(_ handle: OpaquePointer) {
        lock.lock()
        idle.append(handle)
        lock.unlock()
    }
}
