import ArgumentParser
import Foundation
import SanaStore

/// A path typed on the command line: never empty (an empty argument is a usage error, exit 64,
/// never "not given"), made absolute from the working directory (`~/` is the home folder).
/// The store's own location, which has defaults, is `StoreLocation`.
struct UserPath: ExpressibleByArgument, CustomStringConvertible, Equatable, Sendable {
    /// As typed, for messages.
    let typed: String
    let absolute: String

    init?(argument: String) {
        guard !argument.allSatisfy(\.isWhitespace) else { return nil }
        typed = argument
        absolute = StoreLocation.absolute(argument)
    }

    var description: String { typed }

    static var defaultCompletionKind: CompletionKind { .file() }

    /// Whether two paths name the same file: the same path once symbolic links in their folders
    /// are resolved, or the same inode when both exist.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        if canonical(a) == canonical(b) { return true }
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// The path with its folder's symbolic links resolved (the folder must exist to be resolved).
    static func canonical(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        guard let resolved = realpath(folder, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved) + "/" + (path as NSString).lastPathComponent
    }
}
