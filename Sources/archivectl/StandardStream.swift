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

    /// Replaces the file at `path` with the text, whole or not at all: written to a temporary
    /// file beside it (beside the file a link points to) and renamed over it, so a failed write
    /// leaves the old file as it was. A path that is no regular file (/dev/null, a pipe) is written
    /// to directly. Throws a Failure naming the file and what the system said.
    static func replaceFile(_ path: String, with text: String) throws {
        func failure(_ error: Int32) -> Failure { Failure(message: "\(path): cannot write: \(String(cString: strerror(error)))") }
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists && (status.st_mode & S_IFMT) != S_IFREG {
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure(errno) }
            var text = text
            if let error = text.withUTF8({ writeAll($0, to: descriptor) }) {
                close(descriptor)
                throw failure(error)
            }
            if close(descriptor) != 0 { throw failure(errno) }
            return
        }
        let target = exists ? (realPath(path) ?? path) : path
        var template = Array((target + ".archivectl-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // The mode a new file gets (0666 less the umask), or the replaced file's own.
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, exists ? status.st_mode & 0o7777 : 0o666 & ~mask)
        var text = text
        if let error = text.withUTF8({ writeAll($0, to: descriptor) }) {
            close(descriptor)
            unlink(temporary)
            throw failure(error)
        }
        // A full disk may only show when the file is closed.
        if close(descriptor) != 0 {
            let error = errno
            unlink(temporary)
            throw failure(error)
        }
        if rename(temporary, target) != 0 {
            let error = errno
            unlink(temporary)
            throw failure(error)
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
