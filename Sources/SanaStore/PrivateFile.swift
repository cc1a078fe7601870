import Foundation

/// Creates folders (0700) and files (0600) that only their owner can read.
package enum PrivateFile {
    /// Creates `path` and any missing parents with mode 0700; an existing folder is left as it is.
    package static func createFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw StoreError.cannotCreateFolder(path: path, reason: "a file of that name exists")
        }
        let parent = (path as NSString).deletingLastPathComponent
        if parent != path, !parent.isEmpty {
            try createFolder(parent)
        }
        if mkdir(path, 0o700) != 0, errno != EEXIST {
            throw StoreError.cannotCreateFolder(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Creates an empty file with mode 0600 unless one exists.
    package static func createEmpty(_ path: String) throws {
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 {
            close(fd)
            return
        }
        if errno == EEXIST { return }
        throw StoreError.cannotCreateFile(path: path, reason: String(cString: strerror(errno)))
    }

    /// Creates a new file with mode 0600, refusing to replace an existing one.
    package static func createNew(_ path: String) throws {
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 {
            close(fd)
            return
        }
        if errno == EEXIST {
            throw StoreError.fileExists(path: path)
        }
        throw StoreError.cannotCreateFile(path: path, reason: String(cString: strerror(errno)))
    }
}
