import FoundationEssentials
import Glibc

/// One input to ingest: a file, or standard input.
public enum InputSource: Sendable, Equatable {
    case file(String)
    /// A file whose path is not UTF-8 (a name from a GBK zip, say), kept as its bytes.
    case undecodedFile([UInt8])
    case standardInput

    /// The name stored as `documents.source` and used in messages; bytes of an undecoded path
    /// that are not UTF-8 are written `\xHH`.
    public var name: String {
        switch self {
        case .file(let path): return path
        case .undecodedFile(let bytes): return PathBytes.display(bytes)
        case .standardInput: return "-"
        }
    }

    /// The path's bytes, for the system calls that open it; nil for standard input.
    var pathBytes: [UInt8]? {
        switch self {
        case .file(let path): return Array(path.utf8)
        case .undecodedFile(let bytes): return bytes
        case .standardInput: return nil
        }
    }

    /// A file input for these path bytes: `.file` when they are UTF-8.
    static func file(bytes: some Collection<UInt8>) -> InputSource {
        if let path = String(validating: bytes, as: UTF8.self) { return .file(path) }
        return .undecodedFile(Array(bytes))
    }
}

/// A path that cannot be read as input, with the reason.
public struct InputProblem: Sendable, Equatable {
    public let path: String
    public let reason: String
}

/// Paths as the bytes the system gives, whatever their encoding.
enum PathBytes {
    /// The bytes as text: each part between slashes that is UTF-8 as its characters; in a part
    /// that is not, every byte past ASCII as `\xHH` (a GBK name reads as its bytes, not as the
    /// odd characters some of them happen to make).
    static func display(_ bytes: [UInt8]) -> String {
        bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { part in
            if let text = String(validating: part, as: UTF8.self) { return text }
            return part.map { byte in
                guard byte >= 0x80 else { return String(UnicodeScalar(byte)) }
                return "\\x" + String(byte, radix: 16, uppercase: true)
            }.joined()
        }.joined(separator: "/")
    }

    /// Runs `body` with the bytes as a NUL-terminated C string.
    static func withCString<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// What a file that is neither regular nor a folder is, in words.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "no regular file"
        }
    }
}

/// Expands the paths a user gave into the files to ingest. Folders are walked recursively for
/// report files; problems (a missing path, a loop, an unreadable folder, a pipe, a path too long)
/// are collected, not thrown, so the other inputs still go in. Paths are handled as bytes, so a
/// name that is not UTF-8 is archived like any other.
public enum InputFiles {
    public static let reportExtensions: Set<String> = ["txt", "htm", "html"]

    public static func expand(_ paths: [String]) -> (sources: InputList, problems: [InputProblem]) {
        expand(bytes: paths.map { $0 == "-" ? nil : Array($0.utf8) })
    }

    /// `paths` as bytes; nil stands for standard input (`-`).
    public static func expand(bytes paths: [[UInt8]?]) -> (sources: InputList, problems: [InputProblem]) {
        var sources = InputList()
        var problems: [InputProblem] = []
        for path in paths {
            guard let path else { sources.append(.standardInput); continue }
            switch entry(path) {
            case .folder: walk(path, visited: [], into: &sources, problems: &problems)
            case .file: sources.append(.file(bytes: path))
            case .other(let kind): problems.append(problem(path, "\(kind), not a regular file; skipped"))
            case .missing(let reason): problems.append(problem(path, reason))
            }
        }
        return (sources, problems)
    }

    private static func problem(_ path: [UInt8], _ reason: String) -> InputProblem {
        InputProblem(path: PathBytes.display(path), reason: reason)
    }

    private enum Entry {
        case folder, file
        case other(String)
        case missing(String)
    }

    /// What is at `path`, links followed; for a path that cannot be reached, why.
    private static func entry(_ path: [UInt8]) -> Entry {
        var status = stat()
        if PathBytes.withCString(path, { stat($0, &status) }) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFREG: return .file
            default: return .other(PathBytes.kind(status.st_mode))
            }
        }
        let error = errno
        var link = stat()
        switch error {
        case ENAMETOOLONG:
            return .missing("the path is longer than the system allows (\(PATH_MAX) bytes); move the file to a shorter path")
        case ELOOP:
            return .missing("a link to nothing (or a link loop)")
        case ENOENT where PathBytes.withCString(path, { lstat($0, &link) }) == 0:
            return .missing("a link to nothing (or a link loop)")
        case ENOENT, ENOTDIR:
            return .missing("no such file or folder")
        default:
            return .missing("cannot read it (\(String(cString: strerror(error))))")
        }
    }

    /// The folder's absolute path with every link resolved, so a link back up the tree is seen
    /// as a folder already visited. (NSString.resolvingSymlinksInPath leaves relative paths such as
    /// `in/sub/up` unresolved, which let `up -> ..` recurse until the path was too long.)
    private static func canonicalPath(_ path: [UInt8]) -> [UInt8] {
        guard let resolved = PathBytes.withCString(path, { realpath($0, nil) }) else { return path }
        defer { free(resolved) }
        return Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)))
    }

    /// What follows the last dot of a file name, as NSString.pathExtension reads it: nothing for a
    /// name without a dot, ending in one, or whose only dot starts it.
    private static func pathExtension(_ name: [UInt8]) -> String {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return String(decoding: name[(dot + 1)...], as: UTF8.self)
    }

    /// The names in a folder but `.` and `..`, as bytes, in the order of their text (then bytes).
    private static func names(in folder: [UInt8]) -> [[UInt8]]? {
        guard let directory = PathBytes.withCString(folder, { opendir($0) }) else { return nil }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        let keyed = names.map { (text: String(decoding: $0, as: UTF8.self), bytes: $0) }
        return keyed.sorted { $0.text != $1.text ? $0.text < $1.text : $0.bytes.lexicographicallyPrecedes($1.bytes) }.map(\.bytes)
    }

    private static func walk(_ folder: [UInt8], visited: Set<[UInt8]>, into sources: inout InputList,
                             problems: inout [InputProblem]) {
        let real = canonicalPath(folder)
        guard !visited.contains(real) else {
            problems.append(problem(folder, "folder link loop; not followed again"))
            return
        }
        guard let names = names(in: folder) else {
            problems.append(problem(folder, errno == ENAMETOOLONG
                ? "the path is longer than the system allows (\(PATH_MAX) bytes); move the folder to a shorter path"
                : "cannot read the folder (permission denied?)"))
            return
        }
        for name in names where name.first != UInt8(ascii: ".") {
            let path = folder.last == UInt8(ascii: "/") ? folder + name : folder + [UInt8(ascii: "/")] + name
            let isReport = reportExtensions.contains(pathExtension(name).lowercased())
            switch entry(path) {
            case .folder: walk(path, visited: visited.union([real]), into: &sources, problems: &problems)
            case .file where isReport: sources.append(.file(bytes: path))
            case .other(let kind) where isReport: problems.append(problem(path, "\(kind), not a regular file; skipped"))
            case .missing(let reason) where reason != "no such file or folder": problems.append(problem(path, reason))
            default: break
            }
        }
    }
}
