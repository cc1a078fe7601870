import ArgumentParser
import Certificates
import Foundation
import SanaStore

/// Checks, before anything is read, that an output path a user typed cannot destroy an input: it
/// must not be one of the command's inputs, the store or its `-wal`/`-shm`/`-journal` files, or a
/// signing key (anything in the store's `keys/` folder, or `--key`). A clash is a usage error
/// (exit 64). Whether the target may be written (it exists, or is not a regular file) is the
/// command's to check with `AtomicFile.checkTarget` when it runs, before reading anything.
enum OutputTarget {
    static func check(
        _ output: UserPath, option: String, inputs: [(UserPath, String)] = [],
        storePath: String? = nil, keyPath: String? = nil
    ) throws {
        for (input, what) in inputs where UserPath.sameFile(output.absolute, input.absolute) {
            throw ValidationError("\(option) \(output) is \(what): choose another file")
        }
        if let storePath {
            for suffix in ["", "-wal", "-shm", "-journal", "-writers.lock"] where UserPath.sameFile(output.absolute, storePath + suffix) {
                throw ValidationError("\(option) \(output) is the store\(suffix.isEmpty ? "" : "'s \(suffix) file") (\(storePath)): choose another file")
            }
            let keys = (KeyFile.defaultPath(storePath: storePath) as NSString).deletingLastPathComponent
            let folder = (UserPath.canonical(output.absolute) as NSString).deletingLastPathComponent
            if folder == (UserPath.canonical(keys + "/key") as NSString).deletingLastPathComponent {
                throw ValidationError("\(option) \(output) is in the signing keys' folder \(keys): choose another file")
            }
        }
        if let keyPath, UserPath.sameFile(output.absolute, keyPath) {
            throw ValidationError("\(option) \(output) is the signing key: choose another file")
        }
    }
}
