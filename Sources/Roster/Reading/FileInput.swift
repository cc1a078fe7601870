import Foundation

/// A roster file, or a pipe, FIFO or device named by a path. A regular file is read as it is; anything
/// else (which may keep the import waiting for input, as a FIFO with no writer does) is opened without
/// blocking and polled, so Ctrl-C, SIGTERM and SIGHUP stop the wait. `isCancelled` is asked before
/// every read and every 100 ms of waiting.
final class FileInput: ByteInput {
    static let pollMilliseconds: Int32 = 100

    let path: String
    let totalBytes: Int64
    private let descriptor: Int32
    private let waits: Bool
    private let isCancelled: @Sendable () -> Bool

    init(path: String, isCancelled: @escaping @Sendable () -> Bool) throws(RosterError) {
        self.path = path
        self.isCancelled = isCancelled
        var info = stat()
        guard stat(path, &info) == 0 else { throw .cannotRead(path: path, reason: String(cString: strerror(errno))) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw .cannotRead(path: path, reason: "it is a folder") }
        waits = type != S_IFREG
        // A FIFO opened without O_NONBLOCK would block in open() until a writer comes.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (waits ? O_NONBLOCK : 0))
        guard descriptor >= 0 else { throw .cannotRead(path: path, reason: String(cString: strerror(errno))) }
        self.descriptor = descriptor
        totalBytes = waits ? 0 : Int64(info.st_size)
    }

    deinit {
        close(descriptor)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            if isCancelled() { throw RosterError.interrupted(rowsRead: 0) }
            if waits {
                // Linux reports a FIFO readable once a writer has written or has come and gone; until
                // then (no writer yet) it waits, where a plain read would see the end of the file.
                var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let count = poll(&ready, 1, FileInput.pollMilliseconds)
                if count == 0 { continue }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw RosterError.cannotRead(path: path, reason: String(cString: strerror(errno)))
                }
            }
            let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR || errno == EAGAIN { continue }
            throw RosterError.cannotRead(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
