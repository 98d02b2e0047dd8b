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
        if let error = Self.writeAll(bytes, to: descriptor) {
            fatalError("cannot write to standard \(name): \(String(cString: strerror(error)))")
        }
    }

    /// Writes all of the bytes, again after a short or interrupted write; the errno of a failure.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        var done = 0
        while done < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += written
        }
        return nil
    }

    /// Replaces the file at `path` with the text; throws a Failure naming the file and what the
    /// system said (no such folder, permission denied, disk full …).
    static func replaceFile(_ path: String, with text: String) throws {
        func failure(_ error: Int32) -> Failure { Failure(message: "\(path): cannot write: \(String(cString: strerror(error)))") }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(errno) }
        var text = text
        if let error = text.withUTF8({ writeAll($0, to: descriptor) }) {
            close(descriptor)
            throw failure(error)
        }
        // A full disk may only show when the file is closed.
        if close(descriptor) != 0 { throw failure(errno) }
    }
}
