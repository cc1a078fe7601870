import Foundation

/// What a path names, in words, for messages such as "/dev/zero is a device, not a file".
package enum FileKind: String, Sendable, Equatable {
    case file = "a file"
    case folder = "a folder"
    case device = "a device"
    case fifo = "a named pipe (FIFO)"
    case socket = "a socket"
    case symbolicLink = "a symbolic link"

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFDIR: self = .folder
        case S_IFCHR, S_IFBLK: self = .device
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: self = .file
        }
    }
}
