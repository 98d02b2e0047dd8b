import Glibc

/// Standard output or error, written with write(2): FileHandle is no part of FoundationEssentials.
struct StandardStream: Sendable {
    static let output = StandardStream(descriptor: STDOUT_FILENO, name: "output")
    static let error = StandardStream(descriptor: STDERR_FILENO, name: "error")

    let descriptor: Int32
    let name: String

    func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    /// All of the bytes. A write that fails stops the program, as FileHandle's write did.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        var done = 0
        while done < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if written < 0 {
                if errno == EINTR { continue }
                fatalError("cannot write to standard \(name): \(String(cString: strerror(errno)))")
            }
            done += written
        }
    }
}
