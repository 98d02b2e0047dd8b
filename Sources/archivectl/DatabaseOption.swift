import ArgumentParser
import Archive
import FoundationEssentials
import Glibc

/// `--db PATH`, defaulting to $ARCHIVE_DB or ./archive.db.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive file (default: $ARCHIVE_DB or ./archive.db).", valueName: "path"))
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["ARCHIVE_DB"] ?? "archive.db" }

    /// The archive is a file named by its path: an empty name, SQLite's `:memory:` and `file:`
    /// URIs would each keep nothing or obey options in the name, and are usage errors.
    func validate() throws {
        let source = db != nil ? "--db" : "ARCHIVE_DB"
        if path.isEmpty {
            throw ValidationError("\(source) is empty; give the archive's file path")
        }
        if path == ":memory:" || path.hasPrefix("file:") {
            throw ValidationError("\(source) takes a file path, not \"\(path)\" (an in-memory database or an SQLite URI); "
                                  + "to name a file that starts so, write ./\(path)")
        }
    }

    /// Opens the archive, turning a refusal into one clear line and exit code 1.
    func open(_ mode: Connection.Mode) throws -> ArchiveDatabase {
        do {
            return try ArchiveDatabase(path: path, mode: mode)
        } catch let error as ArchiveError {
            throw Failure(message: error.description)
        } catch let error as DatabaseError where error.isCorrupt {
            throw Failure(message: ArchiveError.damaged(path: path, problem: error.message).description)
        } catch let error as DatabaseError {
            throw Failure(message: "\(path): \(error.message)")
        }
    }
}

/// An error already phrased for the user: printed as one line, exit code 1.
struct Failure: Error, CustomStringConvertible {
    let message: String
    var exitCode: Int32 = 1
    var description: String { message }
}

enum Terminal {
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    static func error(_ line: String) {
        StandardStream.error.write(visible(line) + "\n")
    }

    /// A name within a one-line message: line breaks and tabs in it shown as symbols (␊ ␍ ␉),
    /// so a file name cannot split the line.
    static func oneLine(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Control characters that came from the user (a filter, a file name) are shown as symbols,
    /// never obeyed: an ESC in a filter must not clear or recolour the user's terminal.
    static func visible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A: out.append(scalar)
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)  // ␀ … ␟
            case 0x7F: out.append("\u{2421}")                                     // ␡
            case 0x80..<0xA0: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

extension ParsableCommand {
    /// Runs `body`, printing a `Failure` as `archivectl: message` and exiting with its code.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            Terminal.error("archivectl: \(failure.message)")
            throw ExitCode(failure.exitCode)
        }
    }
}
