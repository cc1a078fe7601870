import SanaConcurrency
/// One entry of a OneRoster zip as a stream of bytes: decompressed on a thread of its own into a
/// small bounded queue, so memory stays flat whatever the entry's size.
final class ZipEntryInput: ByteInput {
    let totalBytes: Int64
    private let chunks = BoundedQueue<[UInt8]>(capacity: 4)
    private let task: BackgroundTask<Void>
    private let isCancelled: @Sendable () -> Bool
    private var current: [UInt8] = []
    private var offset = 0

    init(zip: OneRosterZip, entry name: String, isCancelled: @escaping @Sendable () -> Bool) {
        totalBytes = zip.statedSize(of: name)
        self.isCancelled = isCancelled
        let chunks = self.chunks
        task = BackgroundTask {
            defer { chunks.close() }
            try zip.extract(name, into: chunks)
        }
    }

    deinit {
        // A reader that stops early (the import failed) ends the extraction before the zip is reused.
        chunks.close()
        _ = try? task.value()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if isCancelled() { throw RosterError.interrupted(rowsRead: 0) }
        while offset == current.count {
            guard let next = chunks.pop() else {
                do {
                    try task.value()
                } catch let error as RosterError {
                    throw error
                } catch {
                    throw RosterError.cannotRead(path: "zip", reason: "\(error)")
                }
                return 0
            }
            current = next
            offset = 0
        }
        let count = min(buffer.count, current.count - offset)
        current.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count)]))
        }
        offset += count
        return count
    }
}
