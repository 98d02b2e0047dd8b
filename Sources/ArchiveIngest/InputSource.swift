import FoundationEssentials
import Glibc

/// One input to ingest: a file, or standard input.
public enum InputSource: Sendable, Equatable {
    case file(String)
    case standardInput

    /// The name stored as `documents.source` and used in messages.
    public var name: String {
        switch self {
        case .file(let path): return path
        case .standardInput: return "-"
        }
    }
}

/// A path that cannot be read as input, with the reason.
public struct InputProblem: Sendable, Equatable {
    public let path: String
    public let reason: String
}

/// Expands the paths a user gave into the files to ingest. Folders are walked recursively for
/// report files; problems (a missing path, a loop, an unreadable folder) are collected, not thrown,
/// so the other inputs still go in.
public enum InputFiles {
    public static let reportExtensions: Set<String> = ["txt", "htm", "html"]

    public static func expand(_ paths: [String]) -> (sources: InputList, problems: [InputProblem]) {
        var sources = InputList()
        var problems: [InputProblem] = []
        let fileManager = FileManager.default
        for path in paths {
            if path == "-" { sources.append(.standardInput); continue }
            var isDirectory = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let reason = (try? fileManager.destinationOfSymbolicLink(atPath: path)) != nil
                    ? "a link to nothing (or a link loop)" : "no such file or folder"
                problems.append(InputProblem(path: path, reason: reason))
                continue
            }
            if isDirectory {
                walk(path, visited: [], into: &sources, problems: &problems)
            } else {
                sources.append(.file(path))
            }
        }
        return (sources, problems)
    }

    /// The folder's absolute path with every link resolved, so a link back up the tree is seen
    /// as a folder already visited. (NSString.resolvingSymlinksInPath leaves relative paths such as
    /// `in/sub/up` unresolved, which let `up -> ..` recurse until the path was too long.)
    private static func canonicalPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What follows the last dot of a file name, as NSString.pathExtension reads it: nothing for a
    /// name without a dot, ending in one, or whose only dot starts it.
    private static func pathExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    private static func walk(_ folder: String, visited: Set<String>, into sources: inout InputList,
                             problems: inout [InputProblem]) {
        let fileManager = FileManager.default
        let real = canonicalPath(folder)
        guard !visited.contains(real) else {
            problems.append(InputProblem(path: folder, reason: "folder link loop; not followed again"))
            return
        }
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            problems.append(InputProblem(path: folder, reason: "cannot read the folder (permission denied?)"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDirectory = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if (try? fileManager.destinationOfSymbolicLink(atPath: path)) != nil {
                    problems.append(InputProblem(path: path, reason: "a link to nothing (or a link loop)"))
                }
                continue
            }
            if isDirectory {
                walk(path, visited: visited.union([real]), into: &sources, problems: &problems)
            } else if reportExtensions.contains(pathExtension(name).lowercased()) {
                sources.append(.file(path))
            }
        }
    }
}
