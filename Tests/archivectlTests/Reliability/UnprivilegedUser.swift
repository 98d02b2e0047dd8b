import Foundation

/// Runs archivectl as a user without root's override of file modes, so an unreadable file or a
/// read-only archive is what it is for an ordinary user. Tests often run as root (containers, CI);
/// there the run goes through setpriv as `nobody`. Nil when neither is possible.
enum UnprivilegedUser {
    static let launcher: [String]? = {
        if getuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
    }()

    static var available: Bool { launcher != nil }

    static func run(_ arguments: [String]) throws -> CLI.Result {
        try BackgroundCommand(arguments, launcher: launcher ?? []).wait()
    }

    /// A temporary folder the unprivileged user can enter and write in.
    static func folder() -> URL {
        let url = Paths.temporaryFolder()
        chmod(url.path, 0o777)
        return url
    }
}
